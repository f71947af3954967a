// What other packages use; the rest of the engine (decisionOf, basisOf, timelines, …) stays inside.
export { applyRevisions } from './apply-revisions';
export * from './as-of';
export * from './brief';
export * from './compliance';
export { COUNTING, decide, PART } from './decide';
export * from './diff';
export * from './family';
export { foldLedger, type LedgerIndex } from './fold';
export * from './history';
export { OPENNESS_WEIGHTS, openness, scoreOf } from './openness';
export { overlayLedger } from './overlay';
export { askedSurface, recordedCrossings, viewSurfaceOf } from './recorded';
export * from './require';
export { resolveUrl } from './resolve-url';
export { rollupMembers } from './roll-up';
export * from './walls';
export * from './what-if';
export * from './why-not';
