export * from './as-of';
export * from './decide';
export * from './fold';
export * from './resolve-url';
export type { IndexedRule, Timeline } from './timeline';
export * from './require';
export * from './brief';
