import {
  type EntityJson,
  preparsePolicySet,
  type StatefulAuthorizationCall,
  statefulIsAuthorized,
} from '@cedar-policy/cedar-wasm/nodejs';
import { dayNumber, type LedgerIndex, type Question } from '@hutong/domain';

/**
 * The seed ledger as Cedar policies, one per recorded rule: `forbid` for a block, `permit` otherwise,
 * in force from the rule's first day until the next rule on the same key (the day is the request's
 * context, with the surface). Cedar has no "latest rule wins": overlapping owner and `*` rules combine
 * by forbid-overrides, so answers can differ at the edges; the questions and the data are the same.
 */
export function cedarPolicies(index: LedgerIndex): string[] {
  const out: string[] = [];
  for (const t of index.timelines.values())
    t.rules.forEach((r, i) => {
      const next = t.rules[i + 1]?.day;
      const { host, target, surface, capability } = r.rule;
      const when = [`context.day >= ${Math.max(r.day, -1e9)}`];
      if (next !== undefined) when.push(`context.day < ${next}`);
      if (surface !== '*') when.push(`context.surface == ${JSON.stringify(surface)}`);
      const effect = r.status === 'blocked' ? 'forbid' : 'permit';
      const res = target === '*' ? 'resource' : `resource in Actor::${JSON.stringify(target)}`;
      out.push(
        `${effect}(principal in Actor::${JSON.stringify(host)}, action == Action::${JSON.stringify(capability)}, ${res}) when { ${when.join(' && ')} };`,
      );
    });
  return out;
}

/** Decisions per second Cedar answers over `questions`, policies parsed once, entities sent per request. */
export function benchCedar(index: LedgerIndex, questions: readonly Question[], ms = 2000) {
  const policies = cedarPolicies(index);
  const parsed = preparsePolicySet('hutong', { staticPolicies: policies.join('\n') });
  if (parsed.type !== 'success') throw new Error(`cedar: ${JSON.stringify(parsed.errors[0])}`);
  const entity = (id: string) => {
    const chain: EntityJson[] = [];
    const seen = new Set<string>();
    let cur: string | undefined = id;
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      const owner: string | undefined = index.actors.get(cur)?.owner;
      chain.push({
        uid: { type: 'Actor', id: cur },
        attrs: {},
        parents: owner ? [{ type: 'Actor', id: owner }] : [],
      });
      cur = owner;
    }
    return chain;
  };
  const calls = questions.map(
    (q): StatefulAuthorizationCall => ({
      principal: { type: 'Actor', id: q.host },
      action: { type: 'Action', id: q.capability },
      resource: { type: 'Actor', id: q.target ?? '*' },
      context: { day: dayNumber(q.at) ?? 0, surface: q.surface },
      preparsedPolicySetId: 'hutong',
      entities: [...entity(q.host), ...entity(q.target ?? '*')],
    }),
  );
  let allowed = 0;
  let n = 0;
  const end = performance.now() + ms;
  const start = performance.now();
  while (performance.now() < end)
    for (let i = 0; i < 200; i++, n++) {
      const a = statefulIsAuthorized(calls[n % calls.length]!);
      if (a.type !== 'success') throw new Error(`cedar: ${JSON.stringify(a.errors[0])}`);
      if (a.response.decision === 'allow') allowed++;
    }
  return {
    policies: policies.length,
    decisionsPerSecond: Math.round(n / ((performance.now() - start) / 1000)),
    allowShare: Number((allowed / n).toFixed(3)),
  };
}
