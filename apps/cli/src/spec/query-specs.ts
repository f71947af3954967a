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
  summary: 'the openness index month by month (see the README for its method)',
  usage: ['--host ID --target ID [--from DATE] [--to DATE] [--json]'],
  flags: { host: flag.host, target: flag.target, from: flag.from, to: flag.to, json: flag.json },
} as const satisfies CommandSpec;

export const figuresSpec = {
  name: 'figures',
  summary: 'sourced numbers: users, shares, revenue …',
  usage: ['[--actor ID] [--json]'],
  flags: { actor: { ...flag.actor, help: 'only figures about this actor' }, json: flag.json },
} as const satisfies CommandSpec;
