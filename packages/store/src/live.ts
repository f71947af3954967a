import type { Revision } from '@hutong/domain';

const PAGE = 500;

export interface LiveSource {
  /** Revisions after `after`, in order, at most `limit`. */
  after(after: number, limit: number): Promise<Revision[]>;
  head(): Promise<number>;
}

/**
 * Fans appended revisions out to subscribers, in order, each once. Anything may `poke` it (an append
 * here, a NOTIFY from another process); it then reads everything after the last revision it delivered,
 * so a lost or merged notification delays nothing past the next poke and never skips a revision.
 */
export class Live {
  readonly #listeners = new Set<(rev: Revision) => void>();
  readonly #source: LiveSource;
  #cursor: number;
  #running: Promise<void> | null = null;
  #again = false;
  #closed = false;

  constructor(source: LiveSource, cursor: number) {
    this.#source = source;
    this.#cursor = cursor;
  }

  subscribe(listener: (rev: Revision) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Something was appended, up to revision `upTo` when the poker knows it. */
  poke(upTo?: number): void {
    if (this.#closed) return;
    // Nobody to tell: move the cursor without reading, so a later subscriber starts from now.
    if (this.#listeners.size === 0 && upTo !== undefined && !this.#running) {
      this.#cursor = Math.max(this.#cursor, upTo);
      return;
    }
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#drain().finally(() => {
      this.#running = null;
    });
  }

  /** Resolves once the deliveries under way are done (tests, and a clean close). */
  async settled(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#listeners.clear();
    await this.settled();
  }

  async #drain(): Promise<void> {
    do {
      this.#again = false;
      try {
        if (this.#listeners.size === 0) this.#cursor = Math.max(this.#cursor, await this.#source.head());
        else await this.#deliverAll();
      } catch (err) {
        // The next poke retries from the same cursor; nothing is skipped.
        if (!this.#closed) console.error('hutong store: reading new revisions failed', err);
        return;
      }
    } while (this.#again && !this.#closed);
  }

  async #deliverAll(): Promise<void> {
    for (;;) {
      const page = await this.#source.after(this.#cursor, PAGE);
      for (const rev of page) {
        if (this.#closed || rev.revision <= this.#cursor) continue;
        this.#cursor = rev.revision;
        for (const listener of this.#listeners) {
          try {
            listener(rev);
          } catch (err) {
            // One failing subscriber must not starve the others or stall the cursor.
            console.error('hutong store: a revision subscriber threw', err);
          }
        }
      }
      if (page.length < PAGE || this.#closed) return;
    }
  }
}
