import { Capability, type Ledger, type Question, Surface, seededRandom } from '@hutong/domain';

const SURFACE_LIST = Surface.options.filter((s) => s !== '*');
const CAPABILITY_LIST = Capability.options;

// Seeded (mulberry32, the game's own): every bench run measures the same ledger.
const random = seededRandom;

const STATUSES = ['open', 'friction', 'partial', 'blocked'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** `companies` companies owning `perCompany` platforms each; `changes` policy changes in events of ten. */
export function syntheticLedger(opts: { companies: number; perCompany: number; changes: number }): Ledger {
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const actors: Ledger['actors'] = [];
  const platforms: string[] = [];
  for (let c = 0; c < opts.companies; c++) {
    actors.push({
      id: `co-${c}`,
      kind: 'company',
      name: { zh: `公司${c}`, en: `Company ${c}` },
      aliases: [],
      hosts: [`co-${c}.com`],
    });
    for (let p = 0; p < opts.perCompany; p++) {
      const id = `co-${c}-p${p}`;
      platforms.push(id);
      actors.push({
        id,
        kind: 'platform',
        owner: `co-${c}`,
        name: { zh: id, en: id },
        aliases: [],
        hosts: [`p${p}.co-${c}.com`],
      });
    }
  }
  const source = {
    id: 'synthetic',
    title: 'Synthetic',
    publisher: 'bench',
    date: '2025-01-01',
    language: 'en' as const,
  };
  const events: Ledger['events'] = [];
  for (let e = 0; e * 10 < opts.changes; e++) {
    const date = `${2013 + Math.floor(rnd() * 13)}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
    const host = pick(platforms);
    const rumor = rnd() < 0.05;
    events.push({
      id: `ev-${e}`,
      date,
      precision: 'day',
      kind: rumor ? 'rumor' : 'rollout',
      title: { zh: '合成', en: 'synthetic' },
      summary: { zh: '合成', en: 'synthetic' },
      actors: [host],
      confidence: rumor ? 'rumor' : 'confirmed',
      sources: [{ source: source.id, quote: 'synthetic' }],
      changes: Array.from({ length: Math.min(10, opts.changes - e * 10) }, () => {
        const r = rnd();
        const target =
          r < 0.7 ? pick(platforms) : r < 0.95 ? `co-${Math.floor(rnd() * opts.companies)}` : '*';
        return {
          host,
          surface: rnd() < 0.3 ? '*' : pick(SURFACE_LIST),
          capability: pick(CAPABILITY_LIST),
          target,
          status: pick(STATUSES),
          friction: [],
          coverage: 'all' as const,
        };
      }),
    });
  }
  return { actors, sources: [source], events, regulations: [], figures: [] };
}

/**
 * Questions about single crossings (a platform, a named surface, a platform): half aimed at recorded
 * keys (so rules are found), half at random pairs.
 */
export function questionsFor(ledger: Ledger, n: number): Question[] {
  const rnd = random(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const changes = ledger.events.flatMap((e) => e.changes).filter((c) => platformIds(ledger).has(c.host));
  const ids = [...platformIds(ledger)];
  return Array.from({ length: n }, () => {
    const c = rnd() < 0.5 && changes.length ? pick(changes) : null;
    return {
      host: c?.host ?? pick(ids),
      surface: c && c.surface !== '*' ? c.surface : pick(SURFACE_LIST),
      capability: c?.capability ?? pick(CAPABILITY_LIST),
      target: c && platformIds(ledger).has(c.target) ? c.target : pick(ids),
      at: `${2013 + Math.floor(rnd() * 13)}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`,
    };
  });
}

const platformSets = new WeakMap<Ledger, Set<string>>();
/** The ledger's platforms (a company or `*` makes a question broad). */
function platformIds(ledger: Ledger): Set<string> {
  let out = platformSets.get(ledger);
  if (!out) {
    out = new Set(ledger.actors.filter((a) => a.kind === 'platform').map((a) => a.id));
    platformSets.set(ledger, out);
  }
  return out;
}

/**
 * Broad questions: a company on one side or both, or every surface (`*`) — each rolls up over its
 * parts. A third company × company on `*`, a third a platform on `*`, a third a company target.
 */
export function broadQuestionsFor(ledger: Ledger, n: number): Question[] {
  const rnd = random(11);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const companies = ledger.actors.filter((a) => a.kind === 'company').map((a) => a.id);
  const platforms = [...platformIds(ledger)];
  return Array.from({ length: n }, (_, i) => {
    const kind = i % 3;
    return {
      host: kind === 0 ? pick(companies) : pick(platforms),
      surface: kind === 2 ? pick(SURFACE_LIST) : '*',
      capability: pick(CAPABILITY_LIST),
      target: kind === 1 ? pick(platforms) : pick(companies),
      at: `${2013 + Math.floor(rnd() * 13)}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`,
    };
  });
}
