import { describe, expect, it } from 'vitest';
import { Status } from '../../schema';
import { WALL_LEGEND } from './wall-legend';

describe('WALL_LEGEND', () => {
  it('explains every status a cell can have, then the self, inherited, inferred and uncertain marks, in glossary words', () => {
    expect(WALL_LEGEND.filter((e) => e.kind === 'status').map((e) => e.id)).toEqual(Status.options);
    expect(WALL_LEGEND.filter((e) => e.kind === 'mark').map((e) => [e.id, e.term?.word.en ?? null])).toEqual([
      ['self', null],
      ['inherited', 'inherited'],
      ['inferred', 'inferred'],
      ['uncertain', 'uncertain window'],
    ]);
  });
});
