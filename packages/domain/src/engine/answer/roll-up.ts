import type { Basis, CrossingKey, Decision, Evidence, PlatformAnswer, Surface } from '../../schema';
import type { LedgerIndex } from '../fold/fold';
import { ANY_SURFACE, capabilityCode, innerKeyOf, SURFACES } from '../fold/keys';
import { crossingSegments } from './crossing';
import { absentOn, hasSurface } from './lifetime';
import { type Segment, segmentAt } from './segment';

/**
 * The platforms a company answers for: everything it owns, at any depth, that is not itself a
 * company. A platform (or a company that owns nothing) stands for itself.
 */
export function rollupMembers(index: LedgerIndex, id: string): readonly string[] {
  const actor = index.actors.get(id);
  if (actor?.kind !== 'company') return [id];
  const cache = index.memo.once('members', () => new Map<string, string[]>());
  let out = cache.get(id);
  if (!out) {
    out = walkMembers(index, id);
    cache.set(id, out);
  }
  return out;
}

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
 * The surfaces a question on every surface (`*`) answers for: `*` itself (the surfaces no rule
 * names), then each surface a rule covering some host × target pair names, in vocabulary order.
 * Any other surface asks about itself alone.
 */
export function rollupSurfaces(
  index: LedgerIndex,
  surface: Surface,
  capability: string,
  hosts: readonly string[],
  targets: readonly string[],
): readonly Surface[] {
  const cap = capabilityCode.get(capability);
  if (surface !== '*' || cap === undefined) return [surface];
  const named = new Set<number>();
  for (const host of hosts) {
    const hostCode = index.codes.byId.get(host);
    if (hostCode === undefined) continue;
    for (const h of index.lineage[hostCode]!) {
      const byKey = index.timelines.forHost(h, cap);
      if (!byKey) continue;
      for (const target of targets) {
        const targetCode = index.codes.byId.get(target);
        const lineage = targetCode === undefined || targetCode === 0 ? [] : index.lineage[targetCode]!;
        for (const t of [...lineage, 0])
          for (let s = 0; s < SURFACES.length; s++)
            if (s !== ANY_SURFACE && byKey.get(innerKeyOf(t, s))?.rules.length) named.add(s);
      }
    }
  }
  if (named.size === 0) return ONLY_ANY;
  return ['*', ...[...named].sort((a, b) => a - b).map((s) => SURFACES[s]!)];
}

const ONLY_ANY: readonly Surface[] = ['*'];

/** The parts a broad question rolls up over: host platforms × surfaces × target platforms. */
export interface BroadParts {
  readonly hosts: readonly string[];
  readonly surfaces: readonly Surface[];
  readonly targets: readonly string[];
}

/** A question's parts, or null when it is not broad (one platform, one surface, one platform). */
export function broadParts(index: LedgerIndex, key: CrossingKey, ownSurface: boolean): BroadParts | null {
  const hosts = rollupMembers(index, key.host);
  const targets = rollupMembers(index, key.target);
  const surfaces = ownSurface
    ? [key.surface]
    : rollupSurfaces(index, key.surface, key.capability, hosts, targets);
  return isBroad(key.host, key.target, hosts, surfaces, targets) ? { hosts, surfaces, targets } : null;
}

/** Whether a question has parts to roll up: a company on either side, or surfaces a `*` stands for. */
export const isBroad = (
  host: string,
  target: string,
  hosts: readonly string[],
  surfaces: readonly Surface[],
  targets: readonly string[],
) =>
  hosts.length > 1 || targets.length > 1 || hosts[0] !== host || targets[0] !== target || surfaces.length > 1;

/**
 * Answers each part of a broad question — host platform × surface × target platform — and sets
 * its status to the one the parts with a record share, `mixed` when they differ. The question's
 * own rule and evidence stay; when its own crossing records nothing, the parts' evidence stands in.
 */
export function rollUp(
  index: LedgerIndex,
  d: Decision,
  hosts: readonly string[],
  surfaces: readonly Surface[],
  targets: readonly string[],
  day: number,
): void {
  const { capability } = d.question;
  const byPlatform: PlatformAnswer[] = [];
  const evidence: Evidence[] = [];
  const bases = new Set<Basis>();
  const knownSegs: Segment[] = [];
  // The question's own surface's segment for each host × target pair (surfaces come in with it first).
  const own = new Map<string, Segment>();
  for (const host of hosts)
    for (const surface of surfaces)
      for (const target of targets) {
        // A part that cannot exist on the day (a platform not yet launched, a surface the host lacks) is no part.
        if (!hasSurface(index, host, surface) || absentOn(index, host, target, day)) continue;
        const key: CrossingKey = { host, surface, capability, target };
        const seg = segmentAt(crossingSegments(index, key), day);
        const pair = `${host}|${target}`;
        if (surface === d.question.surface) own.set(pair, seg);
        // A named surface is a part only where something covers it, and says more than the pair's
        // `*` part: one decided by the same rule with the same status only restates it.
        else if (
          seg.status === 'unknown' ||
          (seg.rule === own.get(pair)?.rule && seg.status === own.get(pair)?.status)
        )
          continue;
        byPlatform.push({
          host,
          surface,
          target,
          status: seg.status,
          basis: seg.basis,
          rule: seg.rule?.rule.id ?? null,
        });
        if (seg.status === 'unknown') continue;
        knownSegs.push(seg);
        bases.add(seg.basis);
        for (const e of seg.evidence) if (!evidence.includes(e)) evidence.push(e);
      }
  const known = new Set(byPlatform.filter((p) => p.status !== 'unknown').map((p) => p.status));
  // The rolled answer is as fresh as the newest record among its parts.
  let newest: string | null = null;
  for (const seg of knownSegs)
    if (seg.lastEvidence && (!newest || seg.lastEvidence > newest)) newest = seg.lastEvidence;
  d.lastEvidence = newest;
  d.byPlatform = byPlatform;
  d.status = known.size === 0 ? 'unknown' : known.size === 1 ? [...known][0]! : 'mixed';
  if (d.rule === null && known.size > 0) {
    d.evidence = evidence;
    d.basis = bases.size === 1 ? [...bases][0]! : 'inherited';
    // One part answers alone (e.g. only the checkout is recorded): its qualifiers are the answer's.
    const only = knownSegs.length === 1 ? knownSegs[0]! : null;
    if (only) {
      d.friction = only.rule?.friction ?? d.friction;
      d.coverage = only.rule?.coverage ?? null;
      if (only.uncertain) d.uncertain = only.uncertain;
      if (only.rest) d.rest = only.rest;
    }
  }
}
