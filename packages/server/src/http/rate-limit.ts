interface Bucket {
  tokens: number;
  at: number;
}

// Idle buckets are full again after a minute; past this many keys those are dropped.
const PRUNE_ABOVE = 10_000;

/**
 * A token bucket per key (a client address, an API token): `perMinute` calls a minute on average,
 * in bursts of up to `perMinute`. Memory stays bounded by dropping idle (full) buckets.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #capacity: number;
  readonly #perMs: number;
  readonly #now: () => number;

  constructor(perMinute: number, now: () => number = Date.now) {
    this.#capacity = perMinute;
    this.#perMs = perMinute / 60_000;
    this.#now = now;
  }

  /**
   * Takes `cost` from `key`'s bucket: 0 when allowed, else the whole seconds to wait (for Retry-After).
   * With `drain`, a refused take empties the bucket: a caller that asked for more than it had must wait
   * for the whole cost, and cannot make the server read and refuse costly requests meanwhile.
   */
  take(key: string, cost = 1, { drain = false } = {}): number {
    const b = this.#bucket(key);
    const want = Math.min(cost, this.#capacity);
    if (b.tokens >= want) {
      b.tokens -= want;
      return 0;
    }
    if (drain) b.tokens = 0;
    return Math.max(1, Math.ceil((want - b.tokens) / this.#perMs / 1000));
  }

  /** Whether `key` could afford `cost` now (0), or the seconds until it could; takes nothing. */
  afford(key: string, cost: number): number {
    const b = this.#bucket(key);
    const want = Math.min(cost, this.#capacity);
    return b.tokens >= want ? 0 : Math.max(1, Math.ceil((want - b.tokens) / this.#perMs / 1000));
  }

  #bucket(key: string): Bucket {
    const now = this.#now();
    const b = this.#buckets.get(key) ?? { tokens: this.#capacity, at: now };
    b.tokens = Math.min(this.#capacity, b.tokens + (now - b.at) * this.#perMs);
    b.at = now;
    this.#buckets.set(key, b);
    if (this.#buckets.size > PRUNE_ABOVE) this.#prune(now);
    return b;
  }

  #prune(now: number): void {
    for (const [key, b] of this.#buckets)
      if (b.tokens + (now - b.at) * this.#perMs >= this.#capacity) this.#buckets.delete(key);
  }
}
