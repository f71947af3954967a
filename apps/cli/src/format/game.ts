import type { RouterOutputs } from '@hutong/client';
import type { Style } from './style';
import { table } from './table';

type Game = RouterOutputs['game']['report'];
type Fit = Game['fit'];
type Sim = RouterOutputs['game']['simulate'];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const move = (x: number | null) => (x === null ? '—' : x.toFixed(3));

function mixture(fit: Fit): string {
  if (fit.sample.moves === 0) return '  no move in this period has both sides scored: nothing to fit';
  const rows = fit.weights.map((w) => [w.strategy, pct(w.value), `${pct(w.low)} … ${pct(w.high)}`]);
  rows.push(['tremble', pct(fit.tremble.value), `${pct(fit.tremble.low)} … ${pct(fit.tremble.high)}`]);
  return [
    table([['strategy', 'weight', '95% interval'], ...rows]),
    `  ${fit.sample.sequences} sequences, ${fit.sample.moves} moves; ${fit.sample.resamples} bootstrap resamples (seed ${fit.sample.seed}); log-likelihood ${fit.logLikelihood.toFixed(2)}`,
  ].join('\n');
}

/** The game page as text: moves where they change, the mixture, the regimes and the backtest. */
export function formatGame(g: Game, s: Style): string {
  const lines = [s.bold(`The game (${g.method}; moves read from ${g.openness})`), ''];
  for (const p of g.pairs) {
    lines.push(s.bold(`${p.a} ↔ ${p.b}: each side's openness to the other (1 cooperate … 0 defect)`));
    const shown = p.months.filter(
      (m, i, all) =>
        i === 0 ||
        m.a.value !== all[i - 1]!.a.value ||
        m.b.value !== all[i - 1]!.b.value ||
        m.a.events.length + m.b.events.length > 0,
    );
    lines.push(
      table([
        ['month', p.a, p.b, 'events'],
        ...shown.map((m) => [
          m.date.slice(0, 7),
          move(m.a.value),
          move(m.b.value),
          [...new Set([...m.a.events, ...m.b.events])].join(', '),
        ]),
      ]),
      '',
    );
  }
  lines.push(s.bold('Fitted mixture (all months)'), mixture(g.fit), '');
  if (g.regimes) {
    lines.push(
      s.bold(`Before ${g.regimes.regulation} began (${g.regimes.from})`),
      mixture(g.regimes.before),
      '',
    );
    lines.push(s.bold(`After its deadline (${g.regimes.deadline})`), mixture(g.regimes.after), '');
  }
  const b = g.backtest;
  lines.push(
    s.bold(`Backtest: fit on moves before ${b.cutoff}, predict each later month (${b.rows.length} moves)`),
  );
  if (b.untestable)
    return [...lines, '  No move before the cutoff has both sides scored: the backtest cannot be run.'].join(
      '\n',
    );
  lines.push(
    table([
      ['model', 'mean log-loss'],
      ['fitted mixture', b.logLoss.model.toFixed(4)],
      ['persistence', b.logLoss.persistence.toFixed(4)],
      ['always defect', b.logLoss.alwaysDefect.toFixed(4)],
    ]),
  );
  lines.push(
    b.beatsPersistence
      ? '  The fitted mixture predicts better than persistence.'
      : s.bold(
          '  The fitted mixture does not beat persistence (next month = this month): that is a finding too.',
        ),
  );
  return lines.join('\n');
}

/** Cooperation with and without the regulation, yearly. */
export function formatSimulation(sim: Sim, s: Style): string {
  const { R, S, T, P } = sim.input.payoffs;
  const lines = [
    s.bold(
      `Simulation (${sim.method}): R=${R} S=${S} T=${T} P=${P}, noise ${sim.input.noise}, fine ${sim.input.fine} from ${sim.with.fineFrom ?? 'never'}, seed ${sim.input.seed}`,
    ),
    s.dim(`  without: the ledger less ${sim.without.droppedEvents.join(', ') || 'nothing'} (what-if)`),
  ];
  const rows = sim.with.steps
    .map((w, i) => [w, sim.without.steps[i]] as const)
    .filter(([w]) => w.date.endsWith('-01-01'))
    .map(([w, wo]) => [w.date.slice(0, 4), w.cooperation.toFixed(3), wo ? wo.cooperation.toFixed(3) : '—']);
  lines.push(table([['year', 'cooperation with regulation', 'without'], ...rows]));
  return lines.join('\n');
}
