/** The closed vocabularies a flag's value may come from (resolved from the domain when needed). */
export type Vocabulary = 'surface' | 'capability' | 'kind' | 'format' | 'role' | 'shell' | 'status';

export interface FlagSpec {
  type: 'string' | 'boolean';
  /** The value's placeholder in help: `ID`, `DATE`, `FILE` … */
  value?: string;
  /** The value is one of this vocabulary (completed and listed in help). */
  vocabulary?: Vocabulary;
  /** The value is a path (completed as a file). */
  file?: boolean;
  help: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** Usage lines after `hutong NAME`. */
  usage: readonly string[];
  flags: Readonly<Record<string, FlagSpec>>;
  /** Words that may follow the command (subcommands, shells). */
  words?: readonly string[];
  /** A longer note printed under the flags. */
  notes?: string;
}

export const flag = {
  json: { type: 'boolean', help: 'print JSON instead of a table' },
  at: { type: 'string', value: 'DATE', help: 'the day to answer for (YYYY-MM-DD; default today)' },
  from: { type: 'string', value: 'DATE', help: 'from this day (YYYY-MM-DD)' },
  to: { type: 'string', value: 'DATE', help: 'up to this day (YYYY-MM-DD)' },
  actor: { type: 'string', value: 'ID', help: 'only what involves this actor (or anything it owns)' },
  host: { type: 'string', value: 'ID', help: 'the platform whose rule decides (wechat, taobao …)' },
  surface: {
    type: 'string',
    value: 'S',
    vocabulary: 'surface',
    help: 'where on the host; without it the answer is for `*` (every surface)',
  },
  capability: { type: 'string', value: 'C', vocabulary: 'capability', help: 'the kind of crossing' },
  target: { type: 'string', value: 'ID', help: 'the platform let in or kept out' },
  url: { type: 'string', value: 'URL', help: 'a link, resolved to its platform (instead of --target)' },
} as const satisfies Record<string, FlagSpec>;
