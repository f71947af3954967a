export * from './closest';
export * from './domain-error';
