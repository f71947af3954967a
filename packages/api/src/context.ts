import type { LedgerView } from './ledger-view';

export interface ContextDeps {
  ledger: LedgerView;
}

/**
 * Builds the context from plain inputs, so tests do `createCaller(createContextInner({ ledger }))`
 * and exercise the whole router without HTTP.
 * @see https://trpc.io/docs/server/context#inner-and-outer-context
 */
export function createContextInner(deps: ContextDeps) {
  return { ledger: deps.ledger };
}

export type Context = ReturnType<typeof createContextInner>;
