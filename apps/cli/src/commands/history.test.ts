import { wechatTaobao } from '@hutong/domain/testing';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { copySeeded, hutongOn } from '../test-support/hutong-binary';
import { flagsOf } from '../test-support/question-flags';

const store = copySeeded(inject('seededDataDir'));
const hutong = hutongOn(store.dir);
afterAll(store.remove);

const crossing = flagsOf(wechatTaobao);

describe('hutong history', () => {
  it('says when a Taobao link first opened in a WeChat private chat, and every status before and since', () => {
    const r = hutong('history', ...crossing);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^first open on 2021-11-29 \(WeChat lets private chats open links directly and trials e-commerce links in group chats\)$/m,
    );
    expect(r.stdout).toMatch(
      /^2021-09-17 +2021-11-28 +FRICTION +direct +WeChat revises its external-link rules/m,
    );
    expect(r.stdout).toMatch(/^ {4}uncertain 2013-11-01 … 2013-12-31: unknown → blocked/m);
  });

  it('gives the segments as JSON, in date order, with their deciding events', () => {
    const h = JSON.parse(hutong('history', ...crossing, '--json').stdout);
    expect(h.question).toMatchObject({ host: 'wechat', surface: 'private-chat', target: 'taobao' });
    const statuses = h.segments.map((s: { status: string }) => s.status);
    expect(statuses.indexOf('blocked')).toBeLessThan(statuses.indexOf('open'));
    const open = h.segments.find((s: { status: string }) => s.status === 'open');
    expect(open).toMatchObject({
      from: '2021-11-29',
      events: ['2021-11-29-wechat-opens-private-chat-links'],
    });
  });

  it('takes a URL, says it answered for * without --surface, and exits 2 on an unknown actor', () => {
    const url = 'https://item.taobao.com/item.htm?id=1';
    const r = hutong('history', ...flagsOf({ host: 'wechat', capability: 'link.open', url }), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).question).toMatchObject({ surface: '*', target: 'taobao' });
    expect(r.stderr).toMatch(/no --surface given: answered for \*/);
    const bad = hutong('history', ...flagsOf({ ...wechatTaobao, target: 'taobo' }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown actor "taobo" — did you mean taobao/);
  });
});
