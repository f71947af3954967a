export * from './closest';
export * from './describe';
export * from './domain-error';
export * from './revision-conflict';
