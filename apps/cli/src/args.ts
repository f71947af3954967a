import { parseArgs } from 'node:util';
import { explainBadDate } from '@hutong/domain/plain';
import { UsageError } from './usage-error';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** Parses a command's flags strictly; an unknown flag or a missing value is a usage error. */
export function parseFlags<T extends OptionSpec>(args: string[], options: T) {
  return parseStrict(args, options, false).values;
}

/** Flags and the words between them (an ID, a FILE, a subcommand), strictly, as `parseFlags`. */
export function parseWords<T extends OptionSpec>(args: string[], options: T) {
  return parseStrict(args, options, true);
}

function parseStrict<T extends OptionSpec>(args: string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.replace(/\. To specify.*$/s, '') : String(err));
  }
}

/** A flag that must be present. */
export function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new UsageError(`--${flag} is required`);
  return value;
}

/** A real calendar date, or a usage error saying which part is wrong. */
export function dateFlag(value: string, flag: string): string {
  const why = explainBadDate(value);
  if (why) throw new UsageError(`--${flag}: ${why}`);
  return value;
}

export function portFlag(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535)
    throw new UsageError(`--port: "${value}" is not a port number (0–65535)`);
  return n;
}

/** One of a closed set of values, or a usage error listing them. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag}: "${value}" is not one of ${allowed.join(', ')}`);
}
