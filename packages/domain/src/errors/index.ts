export * from './closest';
export * from './domain-error';
export * from './revision-conflict';
