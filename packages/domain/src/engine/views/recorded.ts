import type { CrossingKey, Surface, ViewSurface } from '../../schema';
import { crossingId } from '../../schema/crossing-id';
import { broadParts } from '../answer/roll-up';
import type { LedgerIndex } from '../fold/fold';
import { type PackedKey, SURFACES, surfaceOfInnerKey, targetOfInnerKey } from '../fold/keys';

export type RecordedCrossing = CrossingKey;

export interface RecordedCrossings {
  /** Every recorded crossing, sorted by host, target, capability, surface. */
  readonly all: readonly RecordedCrossing[];
  /** `host|capability` → its recorded crossings. */
  readonly byHostCapability: ReadonlyMap<string, readonly RecordedCrossing[]>;
}

/**
 * The crossings the views range over: each rule's own key and, for a rule on every surface (`*`),
 * each surface the ledger names for the same host, capability and target. Built once per ledger.
 */
export function recordedCrossings(index: LedgerIndex): RecordedCrossings {
  return index.memo.once('recorded-crossings', () => buildRecorded(index));
}

function buildRecorded(index: LedgerIndex): RecordedCrossings {
  const keys = new Map<string, RecordedCrossing>();
  const named = new Map<string, Set<Surface>>();
  const add = (c: RecordedCrossing) => {
    const k = crossingId(c);
    if (!keys.has(k)) keys.set(k, c);
  };
  for (const e of index.ledger.events) {
    if (e.confidence === 'rumor') continue;
    for (const c of e.changes) {
      add({ host: c.host, surface: c.surface, capability: c.capability, target: c.target });
      const k = `${c.host}|${c.capability}|${c.target}`;
      named.set(k, (named.get(k) ?? new Set()).add(c.surface));
    }
  }
  for (const c of [...keys.values()])
    if (c.surface === '*')
      for (const s of named.get(`${c.host}|${c.capability}|${c.target}`) ?? []) add({ ...c, surface: s });
  const all = [...keys.values()].sort(
    (a, b) =>
      cmp(a.host, b.host) ||
      cmp(a.target, b.target) ||
      cmp(a.capability, b.capability) ||
      cmp(a.surface, b.surface),
  );
  const byHostCapability = new Map<string, RecordedCrossing[]>();
  for (const c of all) {
    const k = `${c.host}|${c.capability}`;
    byHostCapability.set(k, [...(byHostCapability.get(k) ?? []), c]);
  }
  return { all, byHostCapability };
}

/**
 * The recorded crossings of one host and capability, in `all`'s order, read from the rule index's
 * slot alone (so a question after an edit does not rebuild every recorded crossing): each key with
 * a rule (a rumor alone records nothing). A `*` rule's named surfaces are keys of the slot already.
 */
export function slotCrossings(
  index: LedgerIndex,
  host: string,
  capability: string,
  packed: Pick<PackedKey, 'host' | 'capability'>,
): RecordedCrossing[] {
  const byKey = index.timelines.forHost(packed.host, packed.capability);
  if (!byKey) return [];
  const out: RecordedCrossing[] = [];
  for (const [k, t] of byKey)
    if (t.rules.length)
      out.push({
        host,
        surface: SURFACES[surfaceOfInnerKey(k)]!,
        capability: capability as RecordedCrossing['capability'],
        target: index.codes.ids[targetOfInnerKey(k)]!,
      });
  return out.sort((a, b) => cmp(a.target, b.target) || cmp(a.surface, b.surface));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How views label a recorded crossing's surface: a `*` crossing whose named surfaces `decide` would
 * roll up is read by views as one part (the surfaces no rule names) and labelled `other`, so no view
 * prints a key `decide` answers differently (hutong-decide/4 §8).
 */
export function viewSurfaceOf(index: LedgerIndex, c: CrossingKey): ViewSurface {
  if (c.surface !== '*') return c.surface;
  const parts = broadParts(index, c, false);
  return parts && parts.surfaces.length > 1 ? 'other' : '*';
}

/** The surface a view's label asks `decide` about: `other` is read as the `*` part alone (PART). */
export const askedSurface = (s: ViewSurface): Surface => (s === 'other' ? '*' : s);
