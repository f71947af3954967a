import { expect, it } from 'vitest';
import { actor } from './test-support/fixture';
import { describeStores } from './test-support/stores';

const by = { author: 'curator', reason: 'spec' } as const;

describeStores('idempotency', (h) => {
  it('lands a retried edit once, returning the stored revision', async () => {
    const store = await h.open();
    const edit = {
      entity: 'actor',
      id: 'kuaishou',
      action: 'record',
      body: actor('kuaishou'),
      idempotencyKey: 'req-1',
      ...by,
    } as const;
    const [first] = await store.append([edit]);
    const [retry] = await store.append([edit]);
    expect(retry).toEqual(first);
    expect(await store.head()).toBe(1);
  });

  it('lands once when the retries race each other, across stores', async () => {
    const [a, b] = [await h.open(), await h.open()];
    const edit = {
      entity: 'actor',
      id: 'bilibili',
      action: 'record',
      body: actor('bilibili'),
      idempotencyKey: 'race',
      ...by,
    } as const;
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).append([edit])));
    expect(new Set(results.map(([r]) => r!.revision))).toEqual(new Set([1]));
    expect(await a.revisions()).toHaveLength(1);
  });

  it('replays inside a batch, and a key repeated within one batch lands once', async () => {
    const store = await h.open();
    const rec = { entity: 'actor', id: 'meituan', action: 'record', body: actor('meituan'), ...by } as const;
    await store.append([{ ...rec, idempotencyKey: 'k1' }]);
    const landed = await store.append([
      { ...rec, idempotencyKey: 'k1' },
      { ...rec, id: 'jd', body: actor('jd'), idempotencyKey: 'k2' },
      { ...rec, id: 'jd', body: actor('jd'), idempotencyKey: 'k2' },
    ]);
    expect(landed.map((r) => r.revision)).toEqual([1, 2, 2]);
    expect(await store.head()).toBe(2);
  });

  it('refuses a key reused for a different edit', async () => {
    const store = await h.open();
    await store.append([
      { entity: 'actor', id: 'baidu', action: 'record', body: actor('baidu'), idempotencyKey: 'k', ...by },
    ]);
    const reused = store.append([
      { entity: 'actor', id: 'xigua', action: 'record', body: actor('xigua'), idempotencyKey: 'k', ...by },
    ]);
    await expect(reused).rejects.toMatchObject({ kind: 'conflict', field: 'idempotencyKey' });
    expect(await store.head()).toBe(1);
  });
});
