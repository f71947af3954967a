import { z } from 'zod';
import { IsoDate } from './day';
import { Id } from './id';

/** The game's method version; every game answer carries it beside the openness method it read. */
export const GAME_METHOD = 'hutong-game/1';

/** The candidate strategies of strategy frequency estimation, each played with a tremble. */
export const Strategy = z.enum(['allc', 'alld', 'tft', 'stft', 'grim', 'wsls', 'gtft']);
export type Strategy = z.infer<typeof Strategy>;

/** A move: 1 cooperate, 0 defect, or a fraction (the openness index over 100). */
export const MoveValue = z.number().min(0).max(1);

/** One side's move in a month: its openness to the other, and the events that changed it that month. */
export const SideMove = z.object({
  /** Null when openness has too little on record to say. */
  value: MoveValue.nullable(),
  events: z.array(Id),
});
export type SideMove = z.infer<typeof SideMove>;

export const MonthMoves = z.object({ date: IsoDate, a: SideMove, b: SideMove });
export type MonthMoves = z.infer<typeof MonthMoves>;

/** A pair of camps' moves month by month: `a`'s openness to `b` and `b`'s to `a`. */
export const PairMoves = z.object({
  a: Id,
  b: Id,
  method: z.literal(GAME_METHOD),
  /** The openness method the moves were read from. */
  openness: z.string(),
  months: z.array(MonthMoves),
});
export type PairMoves = z.infer<typeof PairMoves>;

/** One side's unbroken run of moves against the other: what the likelihood reads. */
export const MoveSequence = z.object({
  /** `host→target@first month`. */
  id: z.string(),
  /** The side whose moves are `own`, and the side it plays. */
  host: Id,
  target: Id,
  dates: z.array(IsoDate),
  own: z.array(MoveValue),
  other: z.array(MoveValue),
});
export type MoveSequence = z.infer<typeof MoveSequence>;

export const Interval = z.object({ value: z.number(), low: z.number(), high: z.number() });
export type Interval = z.infer<typeof Interval>;

/** A fitted mixture of strategies with a common tremble, with bootstrap intervals. */
export const MixtureFit = z.object({
  weights: z.array(z.object({ strategy: Strategy }).extend(Interval.shape)),
  tremble: Interval,
  logLikelihood: z.number(),
  sample: z.object({
    sequences: z.number().int().min(0),
    moves: z.number().int().min(0),
    /** Bootstrap resamples of the sequences (0: none drawn), and their seed. */
    resamples: z.number().int().min(0),
    seed: z.number().int(),
  }),
});
export type MixtureFit = z.infer<typeof MixtureFit>;

export const BacktestRow = z.object({
  date: IsoDate,
  host: Id,
  target: Id,
  actual: MoveValue,
  /** Predicted probability of cooperation by the fitted mixture, persistence and always-defect. */
  model: z.number(),
  persistence: z.number(),
  alwaysDefect: z.number(),
});
export type BacktestRow = z.infer<typeof BacktestRow>;

export const LogLoss = z.object({ model: z.number(), persistence: z.number(), alwaysDefect: z.number() });

/** Fit before `cutoff`, predict each later month one step ahead; mean log-loss per move. */
export const Backtest = z.object({
  cutoff: IsoDate,
  fit: MixtureFit,
  rows: z.array(BacktestRow),
  logLoss: LogLoss,
  beatsPersistence: z.boolean(),
  beatsAlwaysDefect: z.boolean(),
  /** Set when no move before the cutoff has both sides scored: nothing to fit, so nothing is predicted. */
  untestable: z.literal('no-moves-before-cutoff').optional(),
});
export type Backtest = z.infer<typeof Backtest>;

/** Fits on the moves before a regulation's campaign began and after its deadline. */
export const RegimeComparison = z.object({
  regulation: Id,
  from: IsoDate,
  deadline: IsoDate,
  before: MixtureFit,
  after: MixtureFit,
});
export type RegimeComparison = z.infer<typeof RegimeComparison>;

export const Payoffs = z
  .object({
    R: z.number().default(3),
    S: z.number().default(0),
    T: z.number().default(5),
    P: z.number().default(1),
  })
  .default({ R: 3, S: 0, T: 5, P: 1 });

export const SimulationInput = z.object({
  payoffs: Payoffs,
  /** Chance that a move comes out as its opposite. */
  noise: z.number().min(0).max(0.5).default(0.05),
  /** Payoff taken from each defection once the regulation's deadline has passed. */
  fine: z.number().min(0).default(2),
  /**
   * Share of each month's population that switches to a strategy drawn uniformly: without it a
   * strategy the fit gave no weight could never appear (replicator–mutator dynamics).
   */
  mutation: z.number().min(0).max(0.5).default(0.01),
  /** Months played from the first month of the moves. */
  months: z.number().int().min(1).max(600).default(240),
  seed: z.number().int().default(1),
});
export type SimulationInput = z.infer<typeof SimulationInput>;

export const SimulationStep = z.object({
  date: IsoDate,
  /** Expected share of cooperative moves between two camps drawn from the population. */
  cooperation: z.number(),
  shares: z.record(Strategy, z.number()),
  fined: z.boolean(),
});
export type SimulationStep = z.infer<typeof SimulationStep>;

export const SimulationRun = z.object({
  /** The regulation whose deadline starts the fine, or null when the ledger has none (what-if without it). */
  regulation: Id.nullable(),
  fineFrom: IsoDate.nullable(),
  start: MixtureFit,
  steps: z.array(SimulationStep),
});

export const Simulation = z.object({
  method: z.literal(GAME_METHOD),
  input: SimulationInput,
  with: SimulationRun,
  without: SimulationRun.extend({ droppedEvents: z.array(Id) }),
});
export type Simulation = z.infer<typeof Simulation>;

/** Everything the game page shows for some camp pairs. */
export const GameReport = z.object({
  method: z.literal(GAME_METHOD),
  openness: z.string(),
  pairs: z.array(PairMoves),
  fit: MixtureFit,
  regimes: RegimeComparison.nullable(),
  backtest: Backtest,
});
export type GameReport = z.infer<typeof GameReport>;

/** The camp pairs the articles describe as games: Alibaba–Tencent (002) and Tencent–ByteDance (003). */
export const DEFAULT_PAIRS: [string, string][] = [
  ['alibaba', 'tencent'],
  ['tencent', 'bytedance'],
];

export const GameQuestion = z.object({
  /** Camp pairs, each `[a, b]` (the faces offer `DEFAULT_PAIRS`). */
  pairs: z
    .array(z.tuple([Id, Id]))
    .min(1)
    .max(6),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** The backtest fits on moves before this day (MIIT's guidance meeting) and predicts the rest. */
  cutoff: IsoDate.default('2021-09-09'),
  /** The regulation of the regime comparison and of the simulation's fine. */
  regulation: Id.default('miit-2021-link-blocking'),
  resamples: z.number().int().min(0).max(1000).default(200),
  seed: z.number().int().default(1),
});
export type GameQuestion = z.infer<typeof GameQuestion>;
export type GameQuestionInput = z.input<typeof GameQuestion>;

export const SimulationQuestion = GameQuestion.extend({
  simulation: SimulationInput.default(SimulationInput.parse({})),
});
export type SimulationQuestion = z.infer<typeof SimulationQuestion>;
