import { type CommandSpec, flag } from './flag-spec';

const question = {
  host: flag.host,
  surface: flag.surface,
  capability: flag.capability,
  target: flag.target,
  url: flag.url,
};

export const decideSpec = {
  name: 'decide',
  summary: 'what happens when a user on HOST meets TARGET on SURFACE, with the evidence',
  usage: [
    '--host ID [--surface S] --capability C (--target ID | --url URL) [--at DATE] [--json]',
    '--batch FILE [--json]',
  ],
  flags: {
    ...question,
    at: flag.at,
    batch: {
      type: 'string',
      value: 'FILE',
      file: true,
      help: 'one JSON question per line ({"host","surface","capability","target"|"url","at"}; - is stdin); blank lines are skipped, a missing "at" is today',
    },
    json: flag.json,
  },
} as const satisfies CommandSpec;

export const historySpec = {
  name: 'history',
  summary: 'every status a crossing has had: dates, uncertainty windows, deciding events',
  usage: ['--host ID [--surface S] --capability C (--target ID | --url URL) [--json]'],
  flags: { ...question, json: flag.json },
} as const satisfies CommandSpec;

export const feedSpec = {
  name: 'feed',
  summary: "an Atom feed: the ledger's revisions, one crossing's status changes, or an actor's",
  usage: [
    'revisions [--base URL]',
    'crossing --host ID [--surface S] --capability C (--target ID | --url URL) [--base URL]',
    'actor ID [--base URL]',
  ],
  words: ['revisions', 'crossing', 'actor'],
  flags: {
    ...question,
    base: {
      type: 'string',
      value: 'URL',
      help: 'the web app the entries link to, on the embedded store (default http://127.0.0.1:3000/); a server links to itself',
    },
  },
  notes:
    'The same document a server gives at /feeds/revisions.atom, /feeds/crossing.atom?… and /feeds/actor/ID.atom: with --api or a server running on the data directory it is fetched from there, else built from the embedded store.',
} as const satisfies CommandSpec;

export const eventsSpec = {
  name: 'events',
  summary: 'the events in date order, with their ids',
  usage: ['[--actor ID] [--from DATE] [--to DATE] [--capability C] [--kind K] [--json]'],
  flags: {
    actor: flag.actor,
    from: flag.from,
    to: flag.to,
    capability: flag.capability,
    kind: { type: 'string', value: 'K', vocabulary: 'kind', help: 'only events of this kind' },
    json: flag.json,
  },
} as const satisfies CommandSpec;

export const eventSpec = {
  name: 'event',
  summary: 'one event with its policy changes, actors, sources and quotes',
  usage: ['ID [--json]'],
  flags: { json: flag.json },
} as const satisfies CommandSpec;

export const sourceSpec = {
  name: 'source',
  summary: 'one source with the events and figures that cite it',
  usage: ['ID [--json]'],
  flags: { json: flag.json },
} as const satisfies CommandSpec;

export const actorsSpec = {
  name: 'actors',
  summary: 'every actor with its names, owner and web hosts',
  usage: ['[--json]'],
  flags: { json: flag.json },
} as const satisfies CommandSpec;

export const complianceSpec = {
  name: 'compliance',
  summary: 'crossings a regulation forbids, still in place past its deadline, with days in breach',
  usage: ['[--at DATE] [--regulation ID] [--json]'],
  flags: {
    at: flag.at,
    regulation: { type: 'string', value: 'ID', help: 'only this regulation' },
    json: flag.json,
  },
} as const satisfies CommandSpec;

export const diffSpec = {
  name: 'diff',
  summary: 'every recorded crossing whose status changed between two dates',
  usage: ['--from DATE --to DATE [--json]'],
  flags: { from: flag.from, to: flag.to, json: flag.json },
} as const satisfies CommandSpec;

export const opennessSpec = {
  name: 'openness',
  summary: 'the openness index month by month (its method: docs/method-openness.md)',
  usage: ['--host ID --target ID [--from DATE] [--to DATE] [--json]'],
  flags: { host: flag.host, target: flag.target, from: flag.from, to: flag.to, json: flag.json },
} as const satisfies CommandSpec;

export const figuresSpec = {
  name: 'figures',
  summary: 'sourced numbers: users, shares, revenue …',
  usage: ['[--actor ID] [--json]'],
  flags: { actor: { ...flag.actor, help: 'only figures about this actor' }, json: flag.json },
} as const satisfies CommandSpec;

export const whatIfSpec = {
  name: 'what-if',
  summary: 'what differs if some events had not happened (or others had): walls, compliance, openness',
  usage: [
    '--without ID[,ID…] [--with FILE] (--at DATE | --from DATE --to DATE) [--host ID --target ID] [--json]',
  ],
  flags: {
    without: {
      type: 'string',
      value: 'IDS',
      help: 'event ids to leave out, comma-separated, as in the ledger (`hutong events` lists them)',
    },
    with: {
      type: 'string',
      value: 'FILE',
      file: true,
      help: 'hypothetical events to add: a JSON array of events, or a why-not change’s "apply" object ({"without","with"})',
    },
    at: { ...flag.at, help: 'compare the answers on this day (YYYY-MM-DD)' },
    from: { ...flag.from, help: 'compare every day from this one (with --to)' },
    to: { ...flag.to, help: 'through this day (with --from)' },
    host: { ...flag.host, help: 'with --target: the openness index for this host (or company)' },
    target: { ...flag.target, help: 'with --host: the openness index towards this target (or company)' },
    json: flag.json,
  },
  notes:
    'Nothing is stored: the ledger is folded again in memory without (and with) the events, and read by the same engine.',
} as const satisfies CommandSpec;

export const whyNotSpec = {
  name: 'why-not',
  summary: 'the rules standing in the way of a wanted status, and the smallest changes that would give it',
  usage: [
    '--host ID [--surface S] --capability C (--target ID | --url URL) [--at DATE] [--want STATUS] [--json]',
  ],
  flags: {
    ...question,
    at: flag.at,
    want: { type: 'string', value: 'STATUS', vocabulary: 'status', help: 'the status wanted (default open)' },
    json: flag.json,
  },
  notes:
    'Every change listed was run through what-if and gives the wanted status; pass its "apply" (from --json) to what-if --with to see what else it changes.',
} as const satisfies CommandSpec;
