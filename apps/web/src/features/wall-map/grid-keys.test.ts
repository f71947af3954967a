import { describe, expect, it } from 'vitest';
import { moveInGrid } from './grid-keys';

describe('moveInGrid (3 rows × 4 cols)', () => {
  it('moves by arrows and stops at the edges', () => {
    expect(moveInGrid('ArrowRight', 0, 3, 4)).toBe(1);
    expect(moveInGrid('ArrowDown', 1, 3, 4)).toBe(5);
    expect(moveInGrid('ArrowLeft', 4, 3, 4)).toBe(4);
    expect(moveInGrid('ArrowDown', 9, 3, 4)).toBe(9);
  });

  it('jumps to row ends, grid ends and pages', () => {
    expect(moveInGrid('End', 5, 3, 4)).toBe(7);
    expect(moveInGrid('Home', 6, 3, 4, true)).toBe(0);
    expect(moveInGrid('PageDown', 1, 3, 4)).toBe(9);
    expect(moveInGrid('a', 1, 3, 4)).toBeNull();
  });
});
