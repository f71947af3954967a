import type { Basis, CrossingKey, Decision, Evidence, PlatformAnswer } from '../schema';
import { crossingSegments } from './crossing';
import type { LedgerIndex } from './fold';
import { segmentAt } from './segment';

/**
 * The platforms a company answers for: everything it owns, at any depth, that is not itself a
 * company. A platform (or a company that owns nothing) stands for itself.
 */
export function rollupMembers(index: LedgerIndex, id: string): readonly string[] {
  const actor = index.actors.get(id);
  if (actor?.kind !== 'company') return [id];
  let cache = members.get(index);
  if (!cache) {
    cache = new Map();
    members.set(index, cache);
  }
  let out = cache.get(id);
  if (!out) {
    out = walkMembers(index, id);
    cache.set(id, out);
  }
  return out;
}

const members = new WeakMap<LedgerIndex, Map<string, string[]>>();

function walkMembers(index: LedgerIndex, id: string): string[] {
  const out: string[] = [];
  const walk = (parent: string, seen: Set<string>) => {
    for (const child of index.owned.get(parent) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      const kind = index.actors.get(child)?.kind;
      if (kind !== 'company' && kind !== 'regulator') out.push(child);
      walk(child, seen);
    }
  };
  walk(id, new Set([id]));
  return out.length ? out : [id];
}

/**
 * Answers each (host platform, target platform) pair and sets the company's status to the one
 * the platforms with a record share, `mixed` when they differ. The company-level rule and evidence
 * stay; when the company level records nothing, the platforms' evidence stands in.
 */
export function rollUp(
  index: LedgerIndex,
  d: Decision,
  hosts: readonly string[],
  targets: readonly string[],
  day: number,
): void {
  const { surface, capability } = d.question;
  const byPlatform: PlatformAnswer[] = [];
  const evidence: Evidence[] = [];
  const bases = new Set<Basis>();
  for (const host of hosts)
    for (const target of targets) {
      const key: CrossingKey = { host, surface, capability, target };
      const seg = segmentAt(crossingSegments(index, key), day);
      byPlatform.push({
        host,
        target,
        status: seg.status,
        basis: seg.basis,
        rule: seg.rule?.rule.id ?? null,
      });
      if (seg.status === 'unknown') continue;
      bases.add(seg.basis);
      for (const e of seg.evidence) if (!evidence.includes(e)) evidence.push(e);
    }
  const known = new Set(byPlatform.filter((p) => p.status !== 'unknown').map((p) => p.status));
  d.byPlatform = byPlatform;
  d.status = known.size === 0 ? 'unknown' : known.size === 1 ? [...known][0]! : 'mixed';
  if (d.rule === null && known.size > 0) {
    d.evidence = evidence;
    d.basis = bases.size === 1 ? [...bases][0]! : 'inherited';
  }
}
