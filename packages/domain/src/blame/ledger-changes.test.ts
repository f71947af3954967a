import { describe, expect, it } from 'vitest';
import { foldLedger } from '../engine';
import { Revision } from '../schema';
import { rule, specLedger } from '../testing/ledger-fixture';
import { ledgerChanges } from './ledger-changes';

const block = { id: 'block', date: '2013-07-01', changes: [rule('wechat', '*', 'alibaba', 'blocked')] };
const opens = {
  id: 'opens',
  date: '2021-11-29',
  changes: [rule('wechat', 'private-chat', 'taobao', 'open')],
};
const before = foldLedger(specLedger([block]));
const after = foldLedger(specLedger([block, opens]));

const recording = Revision.parse({
  revision: 2,
  entity: 'event',
  id: 'opens',
  action: 'record',
  body: specLedger([opens]).events[0]!,
  author: 'ed',
  reason: 'learned late',
  recordedAt: '2024-03-01T00:00:00.000Z',
  baseRevision: null,
  idempotencyKey: null,
});

describe('ledger-wide changes between two ledgers', () => {
  it('are none when nothing changed', () => {
    expect(ledgerChanges(before, before, [])).toEqual([]);
  });

  it('list the recorded key and its broad parents whose answers differ, on the dates they differ, with the revision', () => {
    const keys = ledgerChanges(before, after, [recording]);
    const own = keys.find((k) => k.kind === 'recorded');
    expect(own).toMatchObject({ host: 'wechat', surface: 'private-chat', target: 'taobao', revisions: [2] });
    expect(own!.dates).toEqual([
      {
        date: '2021-11-29',
        before: { status: 'blocked', basis: 'inherited', event: 'block' },
        after: { status: 'open', basis: 'direct', event: 'opens' },
      },
    ]);
    const parents = keys.filter((k) => k.kind === 'parent').map((k) => `${k.host}|${k.surface}|${k.target}`);
    // Taobao's company in private chats rolls up open and blocked parts: mixed from the opening on.
    expect(parents).toContain('wechat|private-chat|alibaba');
    expect(keys.every((k) => k.dates.length > 0)).toBe(true);
  });
});
