import { expect, it } from 'vitest';
import { actor, smallLedger } from './test-support/fixture';
import { describeStores } from './test-support/stores';

const by = { author: 'curator', reason: 'spec' } as const;

describeStores('revisions', (h) => {
  it('round-trips text that looks like markup, unchanged', async () => {
    const store = await h.open();
    const text = `<script>alert(1)</script> & "quotes" 'single' \\ 微信 🙂`;
    await store.append([
      {
        entity: 'actor',
        id: 'odd',
        action: 'record',
        body: actor('odd', { description: { zh: text, en: text } }),
        ...by,
        reason: text,
      },
    ]);
    const [rev] = await store.revisions();
    expect(rev?.reason).toBe(text);
    expect((await store.ledger()).actors[0]?.description).toEqual({ zh: text, en: text });
  });

  it('pages revisions after a cursor, and filters by entity', async () => {
    const store = await h.open({ seed: smallLedger() });
    const all = await store.revisions();
    expect(all.map((r) => r.revision)).toEqual(all.map((_, i) => i + 1));
    expect((await store.revisions({ after: 2, limit: 3 })).map((r) => r.revision)).toEqual([3, 4, 5]);
    const events = await store.revisions({ entity: 'event' });
    expect(events.map((r) => r.id)).toEqual(['2021-09-17-wechat-opens', '2021-11-01-taobao-opens']);
    await expect(store.revisions({ limit: 0 })).rejects.toMatchObject({ kind: 'invalid', field: 'limit' });
  });
});
