import { wechatTaobao } from '@hutong/domain/testing';
import { describe, expect, it } from 'vitest';
import { historyView } from './history-view';

const question = { ...wechatTaobao, surface: 'group-chat' } as const;

describe('historyView', () => {
  it('names events by title, says where an inherited stretch comes from and when it first opened, and explains its words', () => {
    const v = historyView(
      {
        question,
        method: 'hutong-decide/4',
        segments: [
          {
            from: null,
            to: '2021-11-28',
            status: 'blocked',
            basis: 'inherited',
            inheritedFrom: { surface: '*' },
            rule: null,
            events: ['a'],
          },
          { from: '2021-11-29', to: null, status: 'open', basis: 'direct', rule: null, events: ['b', 'c'] },
        ],
      },
      (id) => `title of ${id}`,
    );
    expect(v.rows.map((r) => [r.status, r.basisText, r.events])).toEqual([
      ['blocked', 'inherited from every surface (*)', ['title of a']],
      ['open', 'direct', ['title of b', 'title of c']],
    ]);
    expect(v.firstOpen).toEqual({ from: '2021-11-29', events: ['title of b', 'title of c'] });
    expect(v.legend.map((l) => l.split(' — ')[0])).toEqual(['open', 'blocked', 'direct', 'inherited']);
    expect(v.parts).toEqual([]);
  });
});
