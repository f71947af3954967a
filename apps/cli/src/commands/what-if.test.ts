import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wechatTaobao } from '@hutong/domain/testing';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { copySeeded, hutongOn } from '../test-support/hutong-binary';
import { flagsOf } from '../test-support/question-flags';

const store = copySeeded(inject('seededDataDir'));
const hutong = hutongOn(store.dir);
afterAll(store.remove);

const groupChat = flagsOf({ ...wechatTaobao, surface: 'group-chat' });

describe('hutong what-if', () => {
  it('without the 2021-11-29 opening, puts the ledger’s answer beside the counterfactual, with the events', () => {
    const r = hutong(
      'what-if',
      '--without',
      '2021-11-29-wechat-opens-private-chat-links',
      '--at',
      '2021-12-01',
    );
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const block = r.stdout
      .split('\n\n')
      .find((b) => b.startsWith('wechat · private-chat · link.open · taobao\n'));
    expect(block).toMatch(
      /^ {2}ledger +OPEN +direct +WeChat lets private chats open links directly and trials e-commerce links in group chats$/m,
    );
    expect(block).toMatch(
      /^ {2}what if +FRICTION +direct +WeChat revises its external-link rules: links open in private chats after a second confirmation$/m,
    );
  });

  it('without the MIIT campaign, drops its regulation and names the events that answer to it, as JSON', () => {
    const w = JSON.parse(
      hutong(
        'what-if',
        '--without',
        '2021-07-23-miit-launches-link-campaign,2021-09-17-miit-unblocking-deadline',
        '--at',
        '2022-01-01',
        '--json',
      ).stdout,
    );
    expect(w.regulationsDropped).toEqual(['miit-2021-link-blocking']);
    expect(w.answering).toContain('2021-11-29-wechat-opens-private-chat-links');
    expect(w.compliance.counterfactual).toEqual([]);
  });

  it('exits 2 on an unknown event id, naming the field and the closest ids', () => {
    const r = hutong(
      'what-if',
      '--without',
      '2021-11-29-wechat-opens-private-chat-link',
      '--at',
      '2021-12-01',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /without\.0: unknown event "2021-11-29-wechat-opens-private-chat-link" — did you mean 2021-11-29-wechat-opens-private-chat-links/,
    );
  });
});

describe('hutong why-not', () => {
  it('names the blocking rule and a change that opens it; applying the change through what-if gives open', () => {
    const r = hutong('why-not', ...groupChat, '--at', '2021-10-15', '--want', 'open');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/BLOCKED, wanted OPEN/);
    expect(r.stdout).toMatch(/wechat · group-chat · link\.open · taobao → blocked {2}decides it/);
    expect(r.stdout).toMatch(/WeChat blocks Taobao links, and the Alibaba–Tencent walls go up/);
    const w = JSON.parse(hutong('why-not', ...groupChat, '--at', '2021-10-15', '--json').stdout);
    const file = join(store.dir, 'change.json');
    writeFileSync(file, JSON.stringify(w.changes[0].apply));
    const applied = hutong('what-if', '--with', file, '--at', '2021-10-15', '--json');
    const c = JSON.parse(applied.stdout).crossings.find(
      (x: { surface: string; target: string }) => x.surface === 'group-chat' && x.target === 'taobao',
    );
    expect(c.spans[0].counterfactual.status).toBe('open');
  });
});
