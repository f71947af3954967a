export * from './check';
export * from './edits';
export * from './engine';
export * from './errors';
export * from './schema';
export * from './transfer';
export * from './wording';
