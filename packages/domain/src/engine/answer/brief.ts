import type { Decision, DecisionBrief } from '../../schema';

/** The compact answer a gateway needs: the verdict and the ids of its evidence, not the evidence itself. */
export function briefOf(d: Decision): DecisionBrief {
  return {
    status: d.status,
    basis: d.basis,
    ...(d.uncertain
      ? { uncertain: { from: d.uncertain.from, to: d.uncertain.to, after: d.uncertain.after } }
      : {}),
    ...(d.rest ? { rest: d.rest.status } : {}),
    friction: d.friction,
    coverage: d.coverage,
    target: d.question.target,
    rule: d.rule?.id ?? null,
    events: d.evidence.map((e) => e.event.id),
    since: d.since?.date ?? null,
    until: d.until?.date ?? null,
    rumors: d.rumors.map((r) => r.event.id),
  };
}
