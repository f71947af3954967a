import type { Ledger } from '@hutong/domain';
import type { SentError } from '@hutong/router/heavy';

/** What the pool sends a worker: a task (with its ledger the first time that worker needs it), credit, a cancel. */
export type ToPool =
  | {
      type: 'run';
      id: number;
      task: string;
      input: unknown;
      /** Which folded ledger: a number the pool gives each ledger it has seen. */
      key: number;
      /** Sent only when this worker has not folded `key` yet (or dropped it). */
      ledger?: Ledger;
      format: 'json' | 'ndjson';
      /** Chunks it may send before waiting for `more`. */
      credit: number;
    }
  | { type: 'more'; id: number }
  | { type: 'cancel'; id: number };

/** What a worker answers: chunks of the answer's text in order, then done or an error. */
export type FromPool =
  | { type: 'chunk'; id: number; text: string }
  | { type: 'done'; id: number }
  | { type: 'error'; id: number; error: SentError };
