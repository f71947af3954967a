import { actorsRouter } from './routers/actors';
import { decisionsRouter } from './routers/decisions';
import { eventsRouter } from './routers/events';
import { ledgerRouter } from './routers/ledger';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  actors: actorsRouter,
  events: eventsRouter,
  decisions: decisionsRouter,
  ledger: ledgerRouter,
});

export type AppRouter = typeof appRouter;
