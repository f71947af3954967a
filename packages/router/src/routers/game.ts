import {
  GameQuestion,
  GameReport,
  gameReport,
  Simulation,
  SimulationQuestion,
  simulation,
  todayIso,
} from '@hutong/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { CALL, rest } from '../rest';
import { publicProcedure } from '../trpc';

export const gameRouter = {
  /**
   * The game the articles describe (hutong-game/1): each camp pair's moves month by month, the
   * strategy mixture fitted to them with bootstrap intervals, the regime comparison around the
   * regulation, and the backtest against persistence and always-defect.
   */
  report: publicProcedure
    .meta(
      rest('POST', '/game', 'Moves, fitted strategy mixture, regime comparison and backtest', {
        // Openness month by month for each side of each pair, then a bootstrap of the fit.
        cost: { base: CALL + 5_000 },
      }),
    )
    .input(GameQuestion)
    .output(GameReport)
    .query(({ ctx, input }) => {
      const today = todayIso();
      return ctx.memo(`game.report ${today} ${JSON.stringify(input)}`, () =>
        gameReport(ctx.ledger.index, input, today),
      );
    }),

  /** The fitted strategies played forward, with the regulation's fine and without the regulation. */
  simulate: publicProcedure
    .meta(
      rest('POST', '/game/simulate', 'The fitted strategies played forward, with and without regulation', {
        // The report's work, and the ledger refolded without the regulation.
        cost: { base: CALL + 5_000 },
      }),
    )
    .input(SimulationQuestion)
    .output(Simulation)
    .query(({ ctx, input }) => {
      const today = todayIso();
      return ctx.memo(`game.simulate ${today} ${JSON.stringify(input)}`, () =>
        simulation(ctx.ledger.index, input, today),
      );
    }),
} satisfies TRPCRouterRecord;
