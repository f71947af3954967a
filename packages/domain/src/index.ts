export * from './engine';
export * from './errors';
export * from './schema';
