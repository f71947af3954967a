import { type CommandSpec, flag } from './flag-spec';

const number = (value: string, help: string) => ({ type: 'string', value, help }) as const;

export const gameSpec = {
  name: 'game',
  summary: 'the game the articles describe: moves, fitted strategies, backtest, simulation (hutong-game/1)',
  usage: [
    '[report] [--pairs A:B[,A:B…]] [--from DATE] [--to DATE] [--cutoff DATE] [--resamples N] [--seed N] [--json]',
    'simulate [--pairs A:B[,A:B…]] [--payoffs R,S,T,P] [--noise X] [--fine F] [--months N] [--mutation X] [--seed N] [--json]',
  ],
  words: ['report', 'simulate'],
  flags: {
    pairs: {
      type: 'string',
      value: 'A:B,…',
      help: 'camp pairs (default alibaba:tencent,tencent:bytedance)',
    },
    from: { ...flag.from, help: 'moves from this month (default 2013-01-01)' },
    to: { ...flag.to, help: 'moves up to this day (default today)' },
    cutoff: {
      type: 'string',
      value: 'DATE',
      help: 'the backtest fits on moves before this day (default 2021-09-09)',
    },
    resamples: number('N', 'bootstrap resamples for the intervals (default 200)'),
    seed: number('N', 'the seed of the bootstrap and the simulation (default 1)'),
    payoffs: number(
      'R,S,T,P',
      'simulation payoffs: reward, sucker, temptation, punishment (default 3,0,5,1)',
    ),
    noise: number('X', 'simulation: chance a move comes out as its opposite (default 0.05)'),
    fine: number(
      'F',
      'simulation: payoff taken from each defection from the regulation’s deadline (default 2)',
    ),
    months: number('N', 'simulation: months to play (default 240)'),
    mutation: number(
      'X',
      'simulation: share of the population switching at random each month (default 0.01)',
    ),
    json: flag.json,
  },
  notes: 'The method, its likelihood for fractional moves and its caveats: docs/method-game.md.',
} as const satisfies CommandSpec;

const question = {
  host: flag.host,
  surface: flag.surface,
  capability: flag.capability,
  target: flag.target,
  url: flag.url,
};

export const blameSpec = {
  name: 'blame',
  summary: 'the revisions that changed an answer as recorded, or every answer changed between two instants',
  usage: [
    '--host ID [--surface S] --capability C (--target ID | --url URL) [--at DATE] [--since INSTANT] [--until INSTANT] [--json]',
    'changes --since INSTANT [--until INSTANT] [--json]',
  ],
  words: ['changes'],
  flags: {
    ...question,
    at: flag.at,
    since: {
      type: 'string',
      value: 'INSTANT',
      help: 'recorded after this instant (e.g. 2024-01-01T00:00:00Z; default the log’s start)',
    },
    until: { type: 'string', value: 'INSTANT', help: 'recorded up to this instant (default now)' },
    json: flag.json,
  },
} as const satisfies CommandSpec;
