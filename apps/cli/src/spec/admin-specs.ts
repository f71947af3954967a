import { type CommandSpec, flag } from './flag-spec';

export const serveSpec = {
  name: 'serve',
  summary: 'the HTTP API and web app (default port 3000)',
  usage: ['[--port N] [--host ADDR]'],
  flags: {
    port: { type: 'string', value: 'N', help: 'the port to listen on (default PORT or 3000)' },
    host: { type: 'string', value: 'ADDR', help: 'the address to listen on (default HOST or 127.0.0.1)' },
  },
} as const satisfies CommandSpec;

export const tokenSpec = {
  name: 'token',
  summary: 'API tokens for edits: create (printed once), list, revoke',
  usage: ['create --role editor|admin --name NAME', 'list [--json]', 'revoke ID'],
  words: ['create', 'list', 'revoke'],
  flags: {
    role: {
      type: 'string',
      value: 'ROLE',
      vocabulary: 'role',
      help: 'create: editor (edits) or admin (also tokens)',
    },
    name: { type: 'string', value: 'NAME', help: 'create: who or what the token is for' },
    json: flag.json,
  },
} as const satisfies CommandSpec;

export const importSpec = {
  name: 'import',
  summary: 'validate a whole file, then store all of it in one transaction or nothing',
  usage: ['FILE [--format F] [--dry-run] [--author NAME] [--reason TEXT] [--json]'],
  flags: {
    format: {
      type: 'string',
      value: 'F',
      vocabulary: 'format',
      help: 'json, ndjson or csv (default: from the extension)',
    },
    'dry-run': { type: 'boolean', help: 'report what would change, store nothing' },
    author: { type: 'string', value: 'NAME', help: 'who the revisions are recorded as by' },
    reason: { type: 'string', value: 'TEXT', help: 'why, recorded with each revision' },
    json: { type: 'boolean', help: 'print the counts as JSON' },
    token: {
      type: 'string',
      value: 'TOKEN',
      help: 'an editor token, when a server does the import (or HUTONG_TOKEN)',
    },
  },
  notes:
    'With a server running (on this data directory, or --api URL) the file goes through its API and needs an editor token: --token or HUTONG_TOKEN.',
} as const satisfies CommandSpec;

export const exportSpec = {
  name: 'export',
  summary: 'the whole ledger, in the form import reads back',
  usage: ['--format json|ndjson|csv [--out FILE]'],
  flags: {
    format: {
      type: 'string',
      value: 'F',
      vocabulary: 'format',
      help: 'json, ndjson or csv (default: from --out)',
    },
    out: { type: 'string', value: 'FILE', file: true, help: 'write here instead of stdout' },
  },
  notes: 'With a server running (on this data directory, or --api URL) the ledger is read through its API.',
} as const satisfies CommandSpec;

export const completionSpec = {
  name: 'completion',
  summary: 'a shell completion script: bash, zsh or fish',
  usage: ['bash|zsh|fish'],
  words: ['bash', 'zsh', 'fish'],
  flags: {},
  notes:
    'bash: eval "$(hutong completion bash)" in ~/.bashrc; zsh: eval "$(hutong completion zsh)" in ~/.zshrc; fish: hutong completion fish > ~/.config/fish/completions/hutong.fish',
} as const satisfies CommandSpec;

export const helpSpec = {
  name: 'help',
  summary: 'this text, or one command’s flags (hutong help COMMAND)',
  usage: ['[COMMAND]'],
  flags: {},
} as const satisfies CommandSpec;
