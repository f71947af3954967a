/** The game page's words (hutong-game/1); kept apart from the rest of the UI. */
export const gameEn = {
  nav: 'Game',
  title: 'The game the articles describe',
  intro:
    'The articles read the Alibaba–Tencent walls (and Tencent–ByteDance) as a repeated prisoner’s dilemma. Here each camp’s monthly move is its openness to the other, and the strategies that best explain the moves are fitted and tested on what came after.',
  explainTitle: 'How to read this',
  explain1:
    'A move is one side’s openness index toward the other on the first of the month, divided by 100: 1 is cooperate (fully open), 0 is defect (walled off), anything between is a fraction. The events that changed a side’s cells that month are marked on the chart.',
  explain2:
    'Seven textbook strategies are candidates — always cooperate (ALLC), always defect (ALLD), tit-for-tat (TFT), suspicious tit-for-tat (STFT, starts by defecting), grim trigger (GRIM), win-stay lose-shift (WSLS) and generous tit-for-tat (GTFT, forgives a third of defections) — each played with a small chance of a mistake (the tremble). The weights say what share of the moves each strategy explains best, by maximum likelihood; the intervals come from resampling the move sequences.',
  explain3:
    'The backtest fits only the moves before MIIT’s guidance meeting (9 September 2021) and predicts each later month one month ahead. Lower log-loss is better. Persistence predicts that next month repeats this month; always-defect predicts walls. If the fitted strategies do not beat persistence, the page says so: that is a finding too.',
  caveat:
    'Few moves, read from answers a curator recorded from five articles: a strategy that fits is a description of those moves, not evidence of intent.',
  moves: 'Moves: {{a}} ↔ {{b}}',
  movesLabel:
    'Each side’s openness to the other, month by month (0 defect … 1 cooperate), with events marked',
  noMoves:
    'Too little is recorded for one of the sides to score any month: this pair adds no moves to the fit.',
  events: 'Events that moved a side',
  mixture: 'Fitted mixture',
  mixtureAll: 'All months',
  before: 'Before the campaign ({{date}})',
  after: 'After its deadline ({{date}})',
  strategy: 'Strategy',
  weight: 'Weight',
  interval: '95% interval',
  tremble: 'Tremble',
  sample:
    '{{sequences}} sequences, {{moves}} moves; {{resamples}} bootstrap resamples (seed {{seed}}); log-likelihood {{ll}}',
  backtest: 'Backtest: fit before {{cutoff}}, predict each later month ({{n}} moves)',
  model: 'Model',
  logLoss: 'Mean log-loss',
  fitted: 'Fitted mixture',
  persistence: 'Persistence',
  alwaysDefect: 'Always defect',
  beats: 'The fitted mixture predicts better than persistence.',
  doesNotBeat:
    'The fitted mixture does not beat persistence (next month = this month). That is a finding too.',
  untestable:
    'No move before the cutoff has both sides scored, so nothing can be fitted and nothing predicted: the backtest cannot be run on this ledger.',
  noFit: 'No month in this period has both sides scored: nothing to fit.',
  method: 'Method {{game}}; moves read from {{openness}}.',
  simulation: 'Simulation: the fitted strategies played forward',
  simulationIntro:
    'A population of camps starts from the fitted mixture; each month every strategy grows with its payoff against the rest (a small share switches at random). With the regulation, each defection costs the fine from the deadline (17 September 2021); without it, the ledger is read again without the MIIT campaign’s events (what-if). Edit the payoffs and press Simulate; the same seed gives the same run.',
  simulationLabel: 'Expected share of cooperative moves, month by month, with and without the regulation',
  simulate: 'Simulate',
  withRegulation: 'With the regulation',
  withoutRegulation: 'Without it (what-if)',
  knob: {
    R: 'R (both open)',
    S: 'S (open, walled)',
    T: 'T (walled, open)',
    P: 'P (both walled)',
    noise: 'Noise',
    fine: 'Fine per defection',
    seed: 'Seed',
  },
};
