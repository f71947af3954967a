import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root';

export type { Auth } from './auth';
export { type Context, type ContextDeps, createContextInner } from './context';
export { type Follower, followStore } from './follow-store';
export { LedgerView } from './ledger-view';
export { estimatedBytes, RecordedLedgers, type RecordedLedgersOptions } from './recorded-ledgers';
export { type AppRouter, appRouter } from './root';
export { createCallerFactory, type ErrorData } from './trpc';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
