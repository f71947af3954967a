// What other packages use; the rest of the engine (decisionOf, resolveUrl, rollUp, …) stays inside.
export * from './as-of';
export * from './basis';
export * from './brief';
export * from './compliance';
export { COUNTING, decide } from './decide';
export * from './diff';
export * from './family';
export * from './fold';
export * from './history';
export { OPENNESS_WEIGHTS, openness, scoreOf } from './openness';
export * from './require';
export { rollupMembers } from './roll-up';
export type { IndexedRule, Timeline } from './timeline';
export * from './walls';
