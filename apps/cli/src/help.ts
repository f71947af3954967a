import { DEFAULT_DATA_DIR } from '@hutong/store/defaults';
import { COMMANDS } from './spec/command-specs';
import type { CommandSpec, FlagSpec } from './spec/flag-spec';

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - s.length));

/** The command reference, printed by `hutong help` and when `hutong` runs without a terminal. */
export function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'hutong — a sourced, time-aware ledger of platform interoperability',
    '',
    'Usage: hutong [--api URL] <command> [flags]     hutong <command> --help for its flags',
    '',
    'Commands',
    ...COMMANDS.map((c) => `  ${pad(c.name, width)}${c.summary}`),
    '',
    'Global',
    '  --api URL   use a running hutong server instead of the embedded ledger (or set HUTONG_API)',
    '',
    'Environment',
    `  HUTONG_DATA_DIR   where the embedded store lives (default ${DEFAULT_DATA_DIR})`,
    '  DATABASE_URL      use a PostgreSQL server instead of the embedded store',
    '  HUTONG_TOKEN      an editor token, for imports a server does',
    '  NO_COLOR          no colour',
    '',
    'Exit codes: 0 ok, 1 failure, 2 bad arguments.',
  ].join('\n');
}

const flagLabel = (name: string, f: FlagSpec) => `--${name}${f.value ? ` ${f.value}` : ''}`;

/** `hutong COMMAND --help`: usage, every flag with what it does (and its allowed values), notes. */
export function commandHelp(c: CommandSpec, values: (f: FlagSpec) => readonly string[] = () => []): string {
  const flags = Object.entries(c.flags);
  const width = Math.max(0, ...flags.map(([n, f]) => flagLabel(n, f).length)) + 3;
  const lines = [`hutong ${c.name} — ${c.summary}`, '', 'Usage:'];
  for (const u of c.usage) lines.push(`  hutong ${c.name} ${u}`);
  if (flags.length) lines.push('', 'Flags');
  for (const [name, f] of flags) {
    const allowed = values(f);
    lines.push(
      `  ${pad(flagLabel(name, f), width)}${f.help}${allowed.length ? ` (${allowed.join(', ')})` : ''}`,
    );
  }
  if (c.notes) lines.push('', c.notes);
  lines.push('', 'Global: --api URL (a running server), --help');
  return lines.join('\n');
}
