import type { Revision } from '@hutong/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editor, type Harness, openHarness } from '../test-support/harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
}, 60_000);
afterAll(() => h?.close());

const source = (id: string) => ({
  entity: 'source' as const,
  id,
  action: 'record' as const,
  body: { id, title: id, publisher: 'p', date: '2021-01-01', language: 'en' as const },
  author: 'ed',
  reason: 'r',
});

/** Reads `n` events from the subscription, then stops it (breaking out ends the generator). */
async function take(iterable: AsyncIterable<unknown>, n: number): Promise<{ id: string; data: Revision }[]> {
  const out: { id: string; data: Revision }[] = [];
  for await (const e of iterable) {
    // Through a caller a tracked event arrives as its envelope: [id, data, marker].
    const [id, data] = e as [string, Revision];
    out.push({ id, data });
    if (out.length === n) break;
  }
  return out;
}

describe('revisions.onAppend', () => {
  it('streams revisions appended after it starts, tracked by revision number', async () => {
    const feed = await h.as(null).revisions.onAppend();
    const got = take(feed, 2);
    const landed = await h.as(editor).edits.append({ edits: [source('s-1'), source('s-2')] });
    expect((await got).map((e) => e.id)).toEqual(landed.map((r) => String(r.revision)));
  });

  it('resumes after the last id: backfills what was missed, then goes live, with no repeats', async () => {
    const head = await h.store.head();
    await h.as(editor).edits.append({ edits: [source('s-3'), source('s-4')] });
    const feed = await h.as(null).revisions.onAppend({ lastEventId: String(head) });
    const got = take(feed, 4);
    await h.as(editor).edits.append({ edits: [source('s-5')] });
    await h.as(editor).edits.append({ edits: [source('s-6')] });
    expect((await got).map((e) => e.data.id)).toEqual(['s-3', 's-4', 's-5', 's-6']);
  });
});
