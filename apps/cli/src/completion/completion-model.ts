import { COMMANDS } from '../spec/command-specs';
import type { FlagSpec } from '../spec/flag-spec';
import { VOCABULARIES } from '../spec/vocabulary';

export interface CompletionModel {
  commands: { name: string; summary: string; words: readonly string[]; flags: [string, FlagSpec][] }[];
  /** Each flag that takes a value from a closed set, with the set (one set per flag name across commands). */
  valueFlags: Map<string, readonly string[]>;
  /** Flags whose value is a file. */
  fileFlags: Set<string>;
}

/** What every shell's script is generated from: the command specs and the domain's vocabularies. */
export function completionModel(): CompletionModel {
  const valueFlags = new Map<string, readonly string[]>();
  const fileFlags = new Set<string>();
  for (const c of COMMANDS)
    for (const [name, f] of Object.entries(c.flags)) {
      if (f.vocabulary) {
        const values = VOCABULARIES[f.vocabulary];
        const seen = valueFlags.get(name);
        if (seen && seen !== values)
          throw new Error(`--${name} takes different values in different commands`);
        valueFlags.set(name, values);
      }
      if (f.file) fileFlags.add(name);
    }
  return {
    commands: COMMANDS.map((c) => ({
      name: c.name,
      summary: c.summary,
      words: c.words ?? [],
      flags: Object.entries(c.flags),
    })),
    valueFlags,
    fileFlags,
  };
}

/** Single-quoted for any of the three shells (summaries hold apostrophes and backticks). */
export const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
