import { describe, expect, it } from 'vitest';
import { clientOver, wallsLedger } from '../test-support/spec-client';
import { entriesOf, filterEntries, yearStarts } from './timeline-entries';

describe('timeline entries', async () => {
  const client = clientOver(wallsLedger());
  const [{ items }, actors] = await Promise.all([client.events.list.query(), client.actors.list.query()]);
  const entries = entriesOf(items, actors);

  it('match an actor by id, by name in either language, and through its platforms', () => {
    expect(filterEntries(entries, 'taobao').map((e) => e.item.event.id)).toEqual(['wechat-opens-taobao']);
    expect(filterEntries(entries, '淘宝')).toHaveLength(1);
    expect(filterEntries(entries, 'wechat 2013').map((e) => e.item.event.id)).toEqual([
      'wechat-blocks-alibaba',
    ]);
    expect(filterEntries(entries, '')).toHaveLength(2);
  });

  it('know where each year starts', () => {
    expect(yearStarts(entries)).toEqual([0, 1]);
  });
});
