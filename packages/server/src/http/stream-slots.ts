/**
 * Open event streams (SSE subscriptions), counted per client address and in all: each holds a
 * connection and a subscription for as long as the client likes, so one client may not hold many,
 * nor all clients together more than the process can carry.
 */
export class StreamSlots {
  readonly #byKey = new Map<string, number>();
  #total = 0;

  constructor(
    readonly perKey: number,
    readonly total: number,
  ) {}

  /** A slot for `key`, released by the function returned; or why not: `key` is full, or the server is. */
  take(key: string): (() => void) | 'key-full' | 'full' {
    const held = this.#byKey.get(key) ?? 0;
    if (held >= this.perKey) return 'key-full';
    if (this.#total >= this.total) return 'full';
    this.#byKey.set(key, held + 1);
    this.#total++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#total--;
      const left = (this.#byKey.get(key) ?? 1) - 1;
      if (left === 0) this.#byKey.delete(key);
      else this.#byKey.set(key, left);
    };
  }

  get open(): number {
    return this.#total;
  }
}
