import { actorsRouter } from './routers/actors';
import { analysisRouter } from './routers/analysis';
import { blameRouter } from './routers/blame';
import { decisionsRouter } from './routers/decisions';
import { editsRouter } from './routers/edits';
import { eventsRouter } from './routers/events';
import { gameRouter } from './routers/game';
import { ledgerRouter } from './routers/ledger';
import { figuresRouter, regulationsRouter, sourcesRouter } from './routers/references';
import { revisionsRouter } from './routers/revisions';
import { tokensRouter } from './routers/tokens';
import { transferRouter } from './routers/transfer';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  actors: actorsRouter,
  events: eventsRouter,
  decisions: decisionsRouter,
  ledger: ledgerRouter,
  analysis: analysisRouter,
  figures: figuresRouter,
  regulations: regulationsRouter,
  sources: sourcesRouter,
  edits: editsRouter,
  revisions: revisionsRouter,
  tokens: tokensRouter,
  transfer: transferRouter,
  game: gameRouter,
  blame: blameRouter,
});

export type AppRouter = typeof appRouter;
