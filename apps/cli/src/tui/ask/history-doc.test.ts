import { wechatTaobao } from '@hutong/domain/testing';
import { describe, expect, it } from 'vitest';
import { docText } from '../../views/doc';
import { historyDoc } from './history-doc';

const question = { ...wechatTaobao, surface: 'group-chat' } as const;

describe('historyDoc', () => {
  it('lists each stretch with its dates, status, basis, events, window and rest', () => {
    const text = docText(
      historyDoc(
        {
          question,
          method: 'hutong-decide/4',
          segments: [
            {
              from: '2013-12-31',
              to: '2021-11-28',
              status: 'blocked',
              basis: 'direct',
              rule: null,
              events: ['a', 'b'],
            },
            {
              from: '2021-11-29',
              to: null,
              status: 'partial',
              basis: 'direct',
              rule: null,
              events: ['c'],
              rest: { status: 'blocked', friction: [], coverage: null, rule: null },
            },
          ],
        },
        (id) => `title of ${id}`,
      ),
    );
    expect(text).toContain('History of this crossing');
    expect(text).toMatch(/2013-12-31 – 2021-11-28 +BLOCKED +direct +\[title of a; title of b\]/);
    expect(text).toMatch(/2021-11-29 – today +PARTIAL/);
    expect(text).toContain('everyone else: blocked');
  });

  it('says so when nothing is recorded', () => {
    expect(docText(historyDoc({ question, method: 'hutong-decide/4', segments: [] }, (id) => id))).toContain(
      'nothing recorded on any date',
    );
  });
});
