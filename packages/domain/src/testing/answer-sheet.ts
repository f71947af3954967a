import { COUNTING, decide } from '../engine/answer/decide';
import type { LedgerIndex } from '../engine/fold/fold';
import type { Capability, Surface } from '../schema';

const DATES = ['2014-01-01', '2022-01-01'];
for (const y of [2019, 2020, 2021]) for (const m of ['02', '05', '08', '11']) DATES.push(`${y}-${m}-15`);
const ids = (list: readonly { event: { id: string } }[]) => list.map((e) => e.event.id);

/**
 * Every answer on the spec ledger's crossings (its hosts and targets, the given surfaces and
 * capabilities) on dates around 2019–2021, plus the index's own event lists: two indexes with the same
 * sheet answer alike. Evidence shows as event ids and source titles, to keep the comparison light.
 */
export function answerSheet(
  index: LedgerIndex,
  over: { surfaces: readonly Surface[]; capabilities: readonly Capability[] },
): unknown[] {
  const out: unknown[] = [index.eventsByDate.map((e) => e.id), [...index.events.keys()].sort()];
  for (const host of ['wechat', 'tencent', 'taobao'])
    for (const target of ['taobao', 'tmall', 'alibaba', '*', 'wechat-pay'])
      for (const surface of over.surfaces)
        for (const capability of over.capabilities)
          for (const at of DATES) {
            const q = { host, target, surface, capability, at };
            const { evidence, rumors, beaten, rule, rest, ...d } = decide(index, q, COUNTING);
            out.push({
              ...d,
              evidence: ids(evidence),
              sources: evidence.map((e) => e.sources.map((s) => s.record?.title)),
              rumors: ids(rumors),
              beaten: beaten.map((b) => [b.rule.id, b.reason]),
              rule: rule?.id,
              rest: rest && { ...rest, rule: rest.rule?.id },
            });
          }
  return out;
}
