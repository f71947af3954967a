import { describe, expect, it } from 'vitest';
import { syntheticWall } from './synthetic-wall';

describe('syntheticWall', () => {
  it('builds n × n frames, one per stop, with the diagonal as self', () => {
    const w = syntheticWall(4, 3, 0.5);
    expect(w.frames).toHaveLength(3);
    expect(w.frames[0]).toHaveLength(16);
    expect(w.frames[1]![5]!.self).toBe(true);
  });

  it('changes about the asked share of cells per step, and reuses the rest unchanged', () => {
    const w = syntheticWall(60, 2, 0.1);
    const changed = w.frames[1]!.filter((c, i) => c !== w.frames[0]![i]).length;
    expect(changed).toBeGreaterThan(200);
    expect(changed).toBeLessThan(520);
  });
});
