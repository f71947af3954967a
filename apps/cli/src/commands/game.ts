import { DEFAULT_PAIRS } from '@hutong/domain';
import { dateFlag, parseWords } from '../args';
import type { CommandContext } from '../command-context';
import { formatGame, formatSimulation } from '../format/game';
import { gameSpec } from '../spec/game-specs';
import { UsageError } from '../usage-error';

/** `hutong game [report]` and `hutong game simulate`: what the web's game page shows, as text or JSON. */
export async function gameCommand(args: string[], { read, out }: CommandContext) {
  const { values: f, positionals } = parseWords(args, gameSpec.flags);
  const word = positionals[0] ?? 'report';
  if (positionals.length > 1 || !['report', 'simulate'].includes(word))
    throw new UsageError(`hutong game: expected report or simulate, got "${positionals.join(' ')}"`);
  const question = {
    pairs: f.pairs ? pairsFlag(f.pairs) : DEFAULT_PAIRS,
    ...(f.from ? { from: dateFlag(f.from, 'from') } : {}),
    ...(f.to ? { to: dateFlag(f.to, 'to') } : {}),
    ...(f.cutoff ? { cutoff: dateFlag(f.cutoff, 'cutoff') } : {}),
    ...(f.resamples ? { resamples: numberFlag(f.resamples, 'resamples') } : {}),
    ...(f.seed ? { seed: numberFlag(f.seed, 'seed') } : {}),
  };
  return read(async (client) => {
    if (word === 'report') {
      const report = await client.game.report.query(question);
      return void out.line(f.json ? JSON.stringify(report, null, 2) : formatGame(report, out.style));
    }
    const simulation = {
      ...(f.payoffs ? { payoffs: payoffsFlag(f.payoffs) } : {}),
      ...(f.noise ? { noise: numberFlag(f.noise, 'noise') } : {}),
      ...(f.fine ? { fine: numberFlag(f.fine, 'fine') } : {}),
      ...(f.months ? { months: numberFlag(f.months, 'months') } : {}),
      ...(f.mutation ? { mutation: numberFlag(f.mutation, 'mutation') } : {}),
    };
    const sim = await client.game.simulate.query({ ...question, simulation });
    out.line(f.json ? JSON.stringify(sim, null, 2) : formatSimulation(sim, out.style));
  });
}

function pairsFlag(value: string): [string, string][] {
  return value.split(',').map((p) => {
    const [a, b, ...rest] = p.split(':');
    if (!a || !b || rest.length) throw new UsageError(`--pairs: "${p}" is not A:B (e.g. alibaba:tencent)`);
    return [a, b];
  });
}

function numberFlag(value: string, flag: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    throw new UsageError(`--${flag}: "${value}" is not a number`);
  return n;
}

function payoffsFlag(value: string) {
  const xs = value.split(',').map((x) => numberFlag(x, 'payoffs'));
  if (xs.length !== 4) throw new UsageError('--payoffs: give four numbers R,S,T,P (e.g. 3,0,5,1)');
  const [R, S, T, P] = xs as [number, number, number, number];
  return { R, S, T, P };
}
