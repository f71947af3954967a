import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root';

export { type Context, type ContextDeps, createContextInner } from './context';
export { LedgerView } from './ledger-view';
export { type AppRouter, appRouter } from './root';
export { createCallerFactory } from './trpc';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
