import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './json-depth';

const nested = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

describe('nestsDeeperThan', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(nestsDeeperThan(nested(64), 64)).toBe(false);
    expect(nestsDeeperThan(nested(65), 64)).toBe(true);
    expect(nestsDeeperThan(`{"a":${nested(63)}}`, 64)).toBe(false);
    expect(nestsDeeperThan(`{"a":${nested(64)}}`, 64)).toBe(true);
    expect(nestsDeeperThan(JSON.stringify({ s: '[[[[[[[[\\"[[[[' }), 2)).toBe(false);
    expect(nestsDeeperThan('"\\\\"[[[', 2)).toBe(true);
  });

  it('agrees with the depth of any value JSON.stringify writes', () => {
    const depth = (v: unknown): number =>
      v !== null && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v).map(depth)) : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 10 }), (value, max) => {
        expect(nestsDeeperThan(JSON.stringify(value), max)).toBe(depth(value) > max);
      }),
    );
  });
});
