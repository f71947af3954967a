import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root';

export type { Auth } from './auth';
export { type Context, type ContextDeps, createContextInner } from './context';
export {
  COST_UNITS,
  type Cost,
  type CostScope,
  type CostUnit,
  MAX_MONTH_CELLS,
  MAX_PARTS,
  priceOf,
  RECORDED_AT,
} from './cost';
export { directProcedure } from './direct-call';
export { engineOutputChecks } from './engine-output';
export { parsedInputOf } from './parsed-input';
export { type ProcedureFacts, procedureFacts } from './procedure-facts';
export { type FoldedLedger, fixedLedger, type Live, type RecordedAt } from './read-model';
export { CALL, type Meta } from './rest';
export { type AppRouter, appRouter } from './root';
export { MAX_REPLAY } from './routers/revisions';
export { createCallerFactory, type ErrorData, errorShapeOf } from './trpc';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type { Offload } from './context';
export { busy, toTrpcError } from './errors';
export { HEAVY, type HeavyInput, type HeavyOutput, type HeavyTask } from './heavy';
