import { type CrossingKey, dayNumber, type Ledger, type Status, Surface } from '../schema';

/**
 * A plain reference decider, written from docs/method-decide.md (hutong-decide/4) and nothing else:
 * no indexes, no caches, every rule scanned for every question. It is slow on purpose, so it can be
 * read against the method line by line; property tests hold the engine's answers equal to it. It may
 * import the schema only (a lint rule in biome.json keeps it so).
 */
interface PlainRule {
  id: string;
  host: string;
  surface: Surface;
  capability: CrossingKey['capability'];
  target: string;
  status: Status;
  coverage: string;
  friction: string[];
  start: number; // §Terms: the window's first day
  settle: number; // §Terms: the window's last day
  order: [number, number, number]; // fold order: window start, place in the ledger, place in the event
  observed: number | null; // §4: a standing fact's observation day
  since?: number; // §4: its stated start
  speaks: number; // §4: the earliest day its quotes speak of
}

const DAWN = -1e9;
const day = (iso: string) => dayNumber(iso)!;

function windowEnd(date: string, precision: string, notAfter?: string): number {
  if (notAfter) return day(notAfter);
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  if (precision === 'year') return day(`${y + 1}-01-01`) - 1;
  if (precision === 'month')
    return day(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`) - 1;
  return day(date);
}

export function plainRules(ledger: Ledger): PlainRule[] {
  const published = new Map(ledger.sources.map((s) => [s.id, s.date]));
  const out: PlainRule[] = [];
  ledger.events.forEach((e, i) => {
    if (e.confidence === 'rumor') return; // §9: a rumor changes no status
    const start = day(e.notBefore ?? e.date);
    const speaks = Math.min(...e.sources.map((c) => day(c.speaksOf ?? published.get(c.source)!)));
    e.changes.forEach((c, n) => {
      out.push({
        id: `${e.id}#${n}`,
        ...c,
        start,
        settle: windowEnd(e.date, e.precision, e.notAfter),
        order: [start, i, n],
        observed: c.standing ? start : null,
        ...(c.standingSince ? { since: day(c.standingSince) } : {}),
        speaks,
      });
    });
  });
  return out;
}

const before = (a: PlainRule, b: PlainRule) =>
  a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2];

/** The engine's reading of a ledger for the oracle: its rules with each standing fact held back (§4). */
export function plainLedger(ledger: Ledger) {
  const owner = new Map(ledger.actors.map((a) => [a.id, a.owner]));
  const lineage = (id: string) => {
    const out: string[] = [];
    for (let a: string | undefined = id; a && !out.includes(a); a = owner.get(a)) out.push(a);
    return out;
  };
  const covers = (r: PlainRule, q: CrossingKey) =>
    r.capability === q.capability &&
    lineage(q.host).includes(r.host) &&
    (r.surface === q.surface || r.surface === '*') &&
    (r.target === '*' || lineage(q.target).includes(r.target));
  // §1: target platform before its company before `*`, then a named surface before `*`, then host before owner.
  const rank = (r: PlainRule, q: CrossingKey) => {
    const t = lineage(q.target);
    return [
      r.target === '*' ? t.length : t.indexOf(r.target),
      r.surface === '*' ? 1 : 0,
      lineage(q.host).indexOf(r.host),
    ];
  };
  const sameKey = (a: PlainRule, b: PlainRule) =>
    a.host === b.host && a.surface === b.surface && a.capability === b.capability && a.target === b.target;
  const rules = plainRules(ledger).sort(before);
  const held = new Map<PlainRule, number>(); // a standing fact's held-back start
  const startOf = (r: PlainRule) => held.get(r) ?? r.start;
  // A held-back fact starts and settles on its held day: its own window is no doubt about the past.
  const settleOf = (r: PlainRule) => held.get(r) ?? r.settle;
  // §1: the latest start wins; ties go to the most specific, then on one key to the later in fold
  // order, except that a held-back fact yields to a stated change starting the same day.
  const beats = (a: PlainRule, b: PlainRule, q: CrossingKey) => {
    if (startOf(a) !== startOf(b)) return startOf(a) > startOf(b);
    const [ra, rb] = [rank(a, q), rank(b, q)];
    for (let k = 0; k < 3; k++) if (ra[k] !== rb[k]) return ra[k]! < rb[k]!;
    if ((a.observed !== null) !== (b.observed !== null)) return a.observed === null;
    return before(a, b) > 0;
  };
  const latest = (cands: PlainRule[], q: CrossingKey) =>
    cands.reduce<PlainRule | null>((w, r) => (!w || beats(r, w, q) ? r : w), null);
  // §4, in fold order: each fact holds back against the rules and the facts held before it.
  for (const f of rules.filter((r) => r.observed !== null)) {
    let from = DAWN;
    if (f.since !== undefined) from = f.since;
    else {
      const seen = rules.filter(
        (r) => r !== f && covers(r, f) && startOf(r) <= f.start - 1 && (r.observed === null || held.has(r)),
      );
      const last = latest(seen, f);
      const same =
        last &&
        sameKey(last, f) &&
        last.status === f.status &&
        last.coverage === f.coverage &&
        last.friction.join() === [...f.friction].join();
      if (same) from = f.start;
      else if (last) from = startOf(last) <= DAWN ? DAWN : Math.max(startOf(last), settleOf(last)) + 1;
    }
    held.set(f, Math.min(Math.max(from, f.speaks), f.start));
  }
  const actor = new Map(ledger.actors.map((a) => [a.id, a]));
  const isCompany = (id: string) =>
    actor.get(id)?.kind === 'company' && ledger.actors.some((a) => a.owner === id);
  const absent = (id: string, d: number) => {
    const a = actor.get(id);
    return !!a && ((a.launched && d < day(a.launched.date)) || (a.closed && d >= day(a.closed.date)));
  };

  /** §1–§4 for one part: status and basis on day `d`, and the deciding rule's id. */
  function part(q: CrossingKey, d: number): { status: Status; basis: string; rule: string | null } {
    if (absent(q.host, d) || absent(q.target, d)) return { status: 'unknown', basis: 'none', rule: null };
    const cover = rules.filter((r) => covers(r, q));
    // §4: a fact answers for this question only after the latest stated covering change before it.
    const bound = (f: PlainRule) => {
      let b = Number.NEGATIVE_INFINITY;
      const stated = cover.filter((r) => r.observed === null && r.start <= f.observed! - 1);
      for (const r of stated)
        if (!stated.some((o) => sameKey(o, r) && before(o, r) > 0))
          b = Math.max(b, Math.max(r.start, r.settle) + 1);
      return b > startOf(f) ? Math.min(b, f.observed!) : Number.NEGATIVE_INFINITY;
    };
    let live = cover.filter((r) => startOf(r) <= d);
    // On each key only its latest started rule is in force (§1, event order on the same key).
    const inForce = () => live.filter((r) => !live.some((o) => o !== r && sameKey(o, r) && beatsOnKey(o, r)));
    // Same key, same day: a stated change after a held-back fact; stated changes in event order;
    // held-back facts with the earlier in fold order last (each is put before the same day's rules).
    const beatsOnKey = (o: PlainRule, r: PlainRule) => {
      if (startOf(o) !== startOf(r)) return startOf(o) > startOf(r);
      if ((o.observed === null) !== (r.observed === null)) return o.observed === null;
      return o.observed === null ? before(o, r) > 0 : before(o, r) < 0;
    };
    let w = latest(inForce(), q);
    // §2: inside an unsettled change's window the status from before stands.
    while (w && (d < settleOf(w) || (w.observed !== null && d < bound(w)))) {
      const gone = w;
      live = live.filter((r) => r !== gone);
      w = latest(inForce(), q);
    }
    if (!w) return { status: 'unknown', basis: 'none', rule: null };
    // §3: direct only when the rule names this host platform, this surface and this target platform.
    const direct =
      w.host === q.host &&
      !isCompany(w.host) &&
      w.surface !== '*' &&
      w.surface === q.surface &&
      w.target === q.target &&
      w.target !== '*' &&
      !isCompany(w.target);
    const basis = w.observed !== null && d < w.observed ? 'inferred' : direct ? 'direct' : 'inherited';
    return { status: w.status, basis, rule: w.id };
  }

  const members = (id: string): string[] => {
    if (actor.get(id)?.kind !== 'company') return [id];
    const out: string[] = [];
    const walk = (p: string) => {
      for (const a of ledger.actors)
        if (a.owner === p && !out.includes(a.id)) {
          if (a.kind !== 'company' && a.kind !== 'regulator') out.push(a.id);
          walk(a.id);
        }
    };
    walk(id);
    return out.length ? out : [id];
  };

  /**
   * §6: a broad question rolls its parts up; `mixed` where the parts with a record differ. §8: a view
   * reads a recorded `*` crossing as one part (`ownSurface`), without the surfaces rules name.
   */
  function decide(
    q: CrossingKey,
    at: string,
    ownSurface = false,
  ): { status: Status | 'mixed'; basis: string } {
    const d = day(at);
    const hosts = members(q.host);
    const targets = members(q.target);
    const named =
      q.surface !== '*' || ownSurface
        ? []
        : Surface.options.filter(
            (s) =>
              s !== '*' &&
              rules.some(
                (r) =>
                  r.surface === s &&
                  r.capability === q.capability &&
                  hosts.some((h) => lineage(h).includes(r.host)) &&
                  (r.target === '*' || targets.some((t) => lineage(t).includes(r.target))),
              ),
          );
    const surfaces = [q.surface, ...named];
    const broad =
      hosts.length > 1 ||
      targets.length > 1 ||
      hosts[0] !== q.host ||
      targets[0] !== q.target ||
      named.length > 0;
    if (!broad) return part(q, d);
    const known = new Set<string>();
    for (const host of hosts)
      for (const target of targets) {
        const own = part({ ...q, host, target }, d);
        for (const surface of surfaces) {
          const has = actor.get(host)?.surfaces;
          if (surface !== '*' && has && !has.includes(surface)) continue;
          if (absent(host, d) || absent(target, d)) continue;
          const p = surface === q.surface ? own : part({ ...q, host, surface, target }, d);
          if (
            surface !== q.surface &&
            (p.status === 'unknown' || (p.rule === own.rule && p.status === own.status))
          )
            continue;
          if (p.status !== 'unknown') known.add(p.status);
        }
      }
    const status = known.size === 0 ? 'unknown' : known.size === 1 ? ([...known][0] as Status) : 'mixed';
    return { status, basis: '' };
  }

  return { decide, part };
}
