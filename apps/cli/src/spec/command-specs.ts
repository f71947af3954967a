import { type CommandSpec, flag } from './flag-spec';

const question = { host: flag.host, surface: flag.surface, capability: flag.capability, target: flag.target, url: flag.url };

/** Every command: the help screens, `COMMAND --help`, the flag parser and the shell completions read this. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'decide',
    summary: 'what happens when a user on HOST meets TARGET on SURFACE, with the evidence',
    usage: ['--host ID [--surface S] --capability C (--target ID | --url URL) [--at DATE] [--json]', '--batch FILE [--json]'],
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
  },
  {
    name: 'history',
    summary: 'every status a crossing has had: dates, uncertainty windows, deciding events',
    usage: ['--host ID [--surface S] --capability C (--target ID | --url URL) [--json]'],
    flags: { ...question, json: flag.json },
  },
  {
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
  },
  {
    name: 'event',
    summary: 'one event with its policy changes, actors, sources and quotes',
    usage: ['ID [--json]'],
    flags: { json: flag.json },
  },
  {
    name: 'source',
    summary: 'one source with the events and figures that cite it',
    usage: ['ID [--json]'],
    flags: { json: flag.json },
  },
  { name: 'actors', summary: 'every actor with its names, owner and web hosts', usage: ['[--json]'], flags: { json: flag.json } },
  {
    name: 'compliance',
    summary: 'crossings a regulation forbids, still in place past its deadline, with days in breach',
    usage: ['[--at DATE] [--regulation ID] [--json]'],
    flags: { at: flag.at, regulation: { type: 'string', value: 'ID', help: 'only this regulation' }, json: flag.json },
  },
  {
    name: 'diff',
    summary: 'every recorded crossing whose status changed between two dates',
    usage: ['--from DATE --to DATE [--json]'],
    flags: { from: flag.from, to: flag.to, json: flag.json },
  },
  {
    name: 'openness',
    summary: 'the openness index month by month (see the README for its method)',
    usage: ['--host ID --target ID [--from DATE] [--to DATE] [--json]'],
    flags: { host: flag.host, target: flag.target, from: flag.from, to: flag.to, json: flag.json },
  },
  {
    name: 'figures',
    summary: 'sourced numbers: users, shares, revenue …',
    usage: ['[--actor ID] [--json]'],
    flags: { actor: { ...flag.actor, help: 'only figures about this actor' }, json: flag.json },
  },
  {
    name: 'serve',
    summary: 'the HTTP API and web app (default port 3000)',
    usage: ['[--port N] [--host ADDR]'],
    flags: {
      port: { type: 'string', value: 'N', help: 'the port to listen on (default PORT or 3000)' },
      host: { type: 'string', value: 'ADDR', help: 'the address to listen on (default HOST or 127.0.0.1)' },
    },
  },
  {
    name: 'token',
    summary: 'API tokens for edits: create (printed once), list, revoke',
    usage: ['create --role editor|admin --name NAME', 'list [--json]', 'revoke ID'],
    words: ['create', 'list', 'revoke'],
    flags: {
      role: { type: 'string', value: 'ROLE', vocabulary: 'role', help: 'create: editor (edits) or admin (also tokens)' },
      name: { type: 'string', value: 'NAME', help: 'create: who or what the token is for' },
      json: flag.json,
    },
  },
  {
    name: 'import',
    summary: 'validate a whole file, then store all of it in one transaction or nothing',
    usage: ['FILE [--format F] [--dry-run] [--author NAME] [--reason TEXT] [--json]'],
    flags: {
      format: { type: 'string', value: 'F', vocabulary: 'format', help: 'json, ndjson or csv (default: from the extension)' },
      'dry-run': { type: 'boolean', help: 'report what would change, store nothing' },
      author: { type: 'string', value: 'NAME', help: 'who the revisions are recorded as by' },
      reason: { type: 'string', value: 'TEXT', help: 'why, recorded with each revision' },
      json: { type: 'boolean', help: 'print the counts as JSON' },
      token: { type: 'string', value: 'TOKEN', help: 'an editor token, when a server does the import (or HUTONG_TOKEN)' },
    },
    notes: 'With a server running (on this data directory, or --api URL) the file goes through its API and needs an editor token: --token or HUTONG_TOKEN.',
  },
  {
    name: 'export',
    summary: 'the whole ledger, in the form import reads back',
    usage: ['--format json|ndjson|csv [--out FILE]'],
    flags: {
      format: { type: 'string', value: 'F', vocabulary: 'format', help: 'json, ndjson or csv (default: from --out)' },
      out: { type: 'string', value: 'FILE', file: true, help: 'write here instead of stdout' },
    },
    notes: 'With a server running (on this data directory, or --api URL) the ledger is read through its API.',
  },
  {
    name: 'completion',
    summary: 'a shell completion script: bash, zsh or fish',
    usage: ['bash|zsh|fish'],
    words: ['bash', 'zsh', 'fish'],
    flags: {},
    notes:
      'bash: eval "$(hutong completion bash)" in ~/.bashrc; zsh: eval "$(hutong completion zsh)" in ~/.zshrc; fish: hutong completion fish > ~/.config/fish/completions/hutong.fish',
  },
  { name: 'help', summary: 'this text, or one command’s flags (hutong help COMMAND)', usage: ['[COMMAND]'], flags: {} },
];

export const commandNamed = (name: string | undefined) => COMMANDS.find((c) => c.name === name);
