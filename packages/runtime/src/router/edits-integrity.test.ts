import { wechatTaobaoQuestion } from '@hutong/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editor, failure, type Harness, openHarness, opening } from '../test-support/harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
}, 60_000);
afterAll(() => h?.close());

const by = { author: 'ed', reason: 'spec' } as const;

describe('edits.append keeps the log whole', () => {
  it('refuses an event citing a missing actor, source or regulation (400 naming the field); nothing lands', async () => {
    const head = await h.store.head();
    const bad = [
      { ...opening('e-actor', 'wechat', 'taobo', '2022-01-01') },
      {
        ...opening('e-source', 'wechat', 'taobao', '2022-01-01'),
        sources: [{ source: 'nowhere', quote: 'q' }],
      },
      { ...opening('e-reg', 'wechat', 'taobao', '2022-01-01'), regulation: 'no-such-rule' },
    ];
    const fields = [];
    for (const body of bad) {
      const err = await failure(
        h
          .as(editor)
          .edits.append({ edits: [{ entity: 'event', id: body.id, action: 'record', body, ...by }] }),
      );
      expect(err.code).toBe('BAD_REQUEST');
      fields.push(err.message.split(':')[0]);
    }
    expect(fields).toEqual([
      'edits.0.body.actors.1',
      'edits.0.body.sources.0.source',
      'edits.0.body.regulation',
    ]);
    expect(await h.store.head()).toBe(head);
  });

  it('refuses an event dated abcd-01-01 at the field; nothing lands', async () => {
    const head = await h.store.head();
    const body = { ...opening('e-date', 'wechat', 'taobao', '2022-01-01'), date: 'abcd-01-01' };
    const err = await failure(
      h.as(editor).edits.append({ edits: [{ entity: 'event', id: body.id, action: 'record', body, ...by }] }),
    );
    expect(err.code).toBe('BAD_REQUEST');
    expect(err.message).toMatch(/^edits\.0\.body\.date: /);
    expect(await h.store.head()).toBe(head);
  });

  it('refuses to retract an actor still cited (409 naming the citers), and decide still answers', async () => {
    const err = await failure(
      h.as(editor).edits.append({ edits: [{ entity: 'actor', id: 'wechat', action: 'retract', ...by }] }),
    );
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/^edits\.0\.id: actor "wechat" is still cited by .*event "/);
    expect((await h.as(null).decisions.decide(wechatTaobaoQuestion)).question.host).toBe('wechat');
  });
});
