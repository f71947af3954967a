import {
  type ComplianceFinding,
  type CrossingChange,
  type CrossingKey,
  DECIDE_METHOD,
  type Decision,
  type OpennessDelta,
  type QuestionChange,
  type SideAnswer,
  type WhatIf,
  type WhatIfInput,
  type WhatIfSpan,
} from '../../schema';
import { crossingId } from '../../schema/crossing-id';
import { briefOf } from '../answer/brief';
import { COUNTING, decide, PART } from '../answer/decide';
import { history } from '../answer/history';
import { requireActor, requireKnownActors } from '../answer/require';
import type { LedgerIndex } from '../fold/fold';
import { compliance } from '../views/compliance';
import { recordedCrossings, viewSurfaceOf } from '../views/recorded';
import { overlayIndex } from './overlay-index';
import { baselineOpenness, counterfactualOpenness } from './what-if-openness';

const FIRST_MONTH = '2013-01-01';

/**
 * Decisions, diff, compliance, walls and openness recomputed on an overlay of the ledger (nothing
 * is stored): the baseline, the counterfactual and what differs. Both sides are folded and read by
 * the same engine, so the counterfactual follows hutong-decide/4 exactly as the ledger does.
 */
export function whatIf(base: LedgerIndex, input: WhatIfInput): WhatIf {
  const { index: cf, overlaid } = overlayIndex(base, input);
  if (input.openness) {
    requireActor(base, input.openness.host, 'openness.host');
    requireActor(base, input.openness.target, 'openness.target');
  }
  for (const [i, q] of (input.questions ?? []).entries()) requireKnownActors(base, q, `questions.${i}.`);
  const out: WhatIf = {
    method: DECIDE_METHOD,
    without: [...new Set(input.without)],
    with: input.with.map((e) => e.id),
    regulationsDropped: overlaid.regulationsDropped,
    answering: overlaid.answering,
    crossings: [],
    compliance: null,
    openness: null,
  };
  let complianceAt: string | undefined;
  let series: { from: string; to: string } | undefined;
  if (input.questions) out.decisions = input.questions.map((q) => questionChange(base, cf, q));
  else if (input.at) {
    out.at = input.at;
    out.crossings = crossingChanges(base, cf, input.at, input.at);
    complianceAt = input.at;
    series = { from: FIRST_MONTH, to: input.at };
  } else if (input.from && input.to) {
    out.from = input.from;
    out.to = input.to;
    out.crossings = crossingChanges(base, cf, input.from, input.to);
    complianceAt = input.to;
    series = { from: input.from, to: input.to };
  }
  if (complianceAt) out.compliance = complianceChange(base, cf, complianceAt);
  if (input.openness && series) {
    const { host, target } = input.openness;
    const before = baselineOpenness(base, host, target, series.from, series.to);
    const after = counterfactualOpenness(base, cf, before);
    const deltas: OpennessDelta[] = before.points.map((p, i) => {
      const c = after.points[i]?.value ?? null;
      const delta = p.value === null || c === null ? null : Math.round((c - p.value) * 10) / 10;
      return { date: p.date, baseline: p.value, counterfactual: c, delta };
    });
    out.openness = { baseline: before, counterfactual: after, deltas };
  }
  return out;
}

function questionChange(base: LedgerIndex, cf: LedgerIndex, q: QuestionChange['question']): QuestionChange {
  const baseline = briefOf(decide(base, q, COUNTING));
  const counterfactual = briefOf(decide(cf, q, COUNTING));
  const differs =
    baseline.status !== counterfactual.status ||
    baseline.rule !== counterfactual.rule ||
    baseline.basis !== counterfactual.basis;
  return { question: q, baseline, counterfactual, differs };
}

const side = (d: Decision): SideAnswer => ({
  status: d.status,
  basis: d.basis,
  rule: d.rule,
  events: d.evidence.map((e) => e.event.id),
});

const keyOf = crossingId;

/**
 * Each recorded crossing of either ledger whose status differs on some day from `from` to `to`, with
 * the stretches it differs on. Answers change only where a history segment of either side starts,
 * so those days (and `from`) are the only ones asked.
 */
function crossingChanges(base: LedgerIndex, cf: LedgerIndex, from: string, to: string): CrossingChange[] {
  const crossings = new Map<string, CrossingKey>();
  for (const c of [...recordedCrossings(base).all, ...recordedCrossings(cf).all]) crossings.set(keyOf(c), c);
  const out: CrossingChange[] = [];
  for (const c of crossings.values()) {
    const days = new Set([from]);
    if (to > from)
      for (const index of [base, cf])
        for (const s of history(index, c, { ownSurface: true }).segments)
          if (s.from && s.from > from && s.from <= to) days.add(s.from);
    const sorted = [...days].sort();
    const spans: WhatIfSpan[] = [];
    sorted.forEach((day, i) => {
      const b = decide(base, { ...c, at: day }, PART);
      const f = decide(cf, { ...c, at: day }, PART);
      const last = sorted[i + 1] ? previousDay(sorted[i + 1]!) : to;
      if (b.status === f.status) return;
      const prev = spans.at(-1);
      if (
        prev &&
        prev.to === previousDay(day) &&
        prev.baseline.status === b.status &&
        prev.counterfactual.status === f.status
      )
        prev.to = last;
      else spans.push({ from: day, to: last, baseline: side(b), counterfactual: side(f) });
    });
    if (spans.length) out.push({ ...c, surface: viewSurfaceOf(base, c), spans });
  }
  return out;
}

const previousDay = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

const findingKey = (f: ComplianceFinding) =>
  `${f.regulation}|${keyOf(f)}|${f.status}|${f.daysInBreach === null ? 'unconfirmed' : 'breach'}`;

function complianceChange(base: LedgerIndex, cf: LedgerIndex, at: string) {
  const baseline = compliance(base, at);
  const counterfactual = compliance(cf, at);
  const had = new Set(baseline.map(findingKey));
  const has = new Set(counterfactual.map(findingKey));
  return {
    at,
    baseline,
    counterfactual,
    gained: counterfactual.filter((f) => !had.has(findingKey(f))),
    lost: baseline.filter((f) => !has.has(findingKey(f))),
  };
}
