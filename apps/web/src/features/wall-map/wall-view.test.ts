import { describe, expect, it } from 'vitest';
import { campSpans } from './wall-view';

const axis = (id: string, camp: string) => ({ id, label: id, camp, campLabel: camp.toUpperCase() });

describe('campSpans', () => {
  it('groups consecutive axes by camp', () => {
    const spans = campSpans([axis('a', 'x'), axis('b', 'x'), axis('c', 'y')]);
    expect(spans).toEqual([
      { camp: 'x', label: 'X', start: 0, count: 2 },
      { camp: 'y', label: 'Y', start: 2, count: 1 },
    ]);
  });
});
