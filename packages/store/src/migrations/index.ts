import { revisions } from './0001-revisions';
import { meta } from './0002-meta';
import { tokens } from './0003-tokens';
import { tokenOrder } from './0004-token-order';

export interface Migration {
  version: number;
  name: string;
  /** The SQL, for the store's schema (a validated, quoted identifier). */
  sql: (schema: string) => string;
}

/** Every migration, in the order it runs. Append new ones; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'revisions', sql: revisions },
  { version: 2, name: 'meta', sql: meta },
  { version: 3, name: 'tokens', sql: tokens },
  { version: 4, name: 'token-order', sql: tokenOrder },
];
