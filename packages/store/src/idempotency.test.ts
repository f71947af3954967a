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

describeStores('idempotency keys scoped to a token', (h) => {
  it("replays a key only for its own token: another token's same key is another edit, and reads show the key as sent", async () => {
    const store = await h.open();
    const rec = (id: string) =>
      ({ entity: 'actor', id, action: 'record', body: actor(id), idempotencyKey: 'same', ...by }) as const;
    const [mine] = await store.append([rec('kuaishou')], { scope: 'token-a' });
    expect((await store.append([rec('kuaishou')], { scope: 'token-a' }))[0]).toEqual(mine);
    // Token B's "same" is not token A's: its edit lands as its own revision.
    const [theirs] = await store.append([rec('bilibili')], { scope: 'token-b' });
    expect(theirs).toMatchObject({ revision: 2, id: 'bilibili', idempotencyKey: 'same' });
    // A key from no token (the CLI's local store) is a scope of its own too.
    expect((await store.append([rec('meituan')]))[0]).toMatchObject({ revision: 3, idempotencyKey: 'same' });
    expect((await store.revisions()).map((r) => r.idempotencyKey)).toEqual(['same', 'same', 'same']);
  });
});
