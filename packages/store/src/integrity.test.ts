import { type EditInput, formatExport, parseImport } from '@hutong/domain';
import { expect, it } from 'vitest';
import { actor, event, smallLedger } from './test-support/fixture';
import { describeStores } from './test-support/stores';
import { importRows } from './transfer';

const by = { author: 'curator', reason: 'spec' } as const;
const recordEvent = (id: string, host: string, target: string): EditInput => ({
  entity: 'event',
  id,
  action: 'record',
  body: event(id, host, target, '2022-01-01'),
  ...by,
});
const retract = (entity: 'actor' | 'source' | 'regulation', id: string): EditInput => ({
  entity,
  id,
  action: 'retract',
  ...by,
});

describeStores('referential integrity', (h) => {
  it('refuses an edit naming an actor, source or regulation that is not live, naming the field', async () => {
    const store = await h.open({ seed: smallLedger() });
    const head = await store.head();
    await expect(store.append([recordEvent('e1', 'wechat', 'taobo')])).rejects.toMatchObject({
      kind: 'invalid',
      field: 'edits.0.body.actors.1',
      suggestions: expect.arrayContaining(['taobao']),
    });
    const noSource = recordEvent('e2', 'wechat', 'taobao');
    if (noSource.entity === 'event' && noSource.body)
      noSource.body.sources = [{ source: 'nowhere', quote: 'q' }];
    await expect(store.append([noSource])).rejects.toMatchObject({ field: 'edits.0.body.sources.0.source' });
    const noRegulation = recordEvent('e3', 'wechat', 'taobao');
    if (noRegulation.entity === 'event' && noRegulation.body) noRegulation.body.regulation = 'no-such-rule';
    await expect(store.append([noRegulation])).rejects.toMatchObject({ field: 'edits.0.body.regulation' });
    await expect(
      store.append([
        { entity: 'actor', id: 'x', action: 'record', body: actor('x', { owner: 'nobody' }), ...by },
      ]),
    ).rejects.toMatchObject({ field: 'edits.0.body.owner' });
    expect(await store.head()).toBe(head);
  });

  it('refuses an ownership cycle, in one edit or across a batch, and self-ownership, naming the owner field', async () => {
    const store = await h.open({ seed: smallLedger() });
    const head = await store.head();
    const amend = (id: string, owner: string, kind: 'company' | 'platform' = 'platform'): EditInput => ({
      entity: 'actor',
      id,
      action: 'amend',
      body: actor(id, { kind, owner, hosts: [`${id}.com`] }),
      ...by,
    });
    // taobao is owned by alibaba: alibaba owned by taobao closes the circle.
    await expect(store.append([amend('alibaba', 'taobao', 'company')])).rejects.toMatchObject({
      kind: 'invalid',
      field: 'edits.0.body.owner',
      message: expect.stringMatching(/alibaba → taobao → alibaba/),
    });
    // Two edits that only together make a circle.
    await expect(
      store.append([amend('tencent', 'wechat', 'company'), amend('wechat', 'tencent')]),
    ).rejects.toMatchObject({ field: expect.stringMatching(/^edits\.[01]\.body\.owner$/) });
    await expect(store.append([amend('taobao', 'taobao')])).rejects.toMatchObject({
      field: 'edits.0.body.owner',
      message: 'an actor cannot own itself',
    });
    expect(await store.head()).toBe(head);
    // A chain that ends is fine.
    await store.append([amend('wechat', 'alibaba')]);
  });

  it('lets a batch name what it records itself, in any order', async () => {
    const store = await h.open({ seed: smallLedger() });
    await store.append([
      recordEvent('e1', 'wechat', 'douyin'),
      { entity: 'actor', id: 'douyin', action: 'record', body: actor('douyin'), ...by },
    ]);
    expect((await store.ledger()).events.map((e) => e.id)).toContain('e1');
  });

  it('refuses to retract an entity others still cite (409), naming every citer; nothing lands', async () => {
    const store = await h.open({ seed: smallLedger() });
    const head = await store.head();
    const refused = store.append([retract('actor', 'wechat')]);
    await expect(refused).rejects.toMatchObject({ kind: 'conflict', field: 'edits.0.id' });
    const message = (await refused.catch((e: Error) => e.message)) as string;
    for (const citer of [
      'event "2021-09-17-wechat-opens"',
      'event "2021-11-01-taobao-opens"',
      'figure "wechat-mau-2021"',
    ])
      expect(message).toContain(citer);
    await expect(store.append([retract('source', 'fixture-source')])).rejects.toMatchObject({
      kind: 'conflict',
    });
    await expect(store.append([retract('actor', 'tencent')])).rejects.toThrow(/actor "wechat"/);
    // A batch that records a citer and retracts what it cites leaves a dangling id: refused as such.
    await expect(
      store.append([
        { entity: 'actor', id: 'douyin', action: 'record', body: actor('douyin'), ...by },
        recordEvent('e9', 'douyin', 'taobao'),
        retract('actor', 'douyin'),
      ]),
    ).rejects.toThrow(/unknown actor "douyin"/);
    expect(await store.head()).toBe(head);
  });

  it('retracts an entity once its citers are retracted in the same batch', async () => {
    const store = await h.open({ seed: smallLedger() });
    await store.append([
      { entity: 'event', id: '2021-09-17-wechat-opens', action: 'retract', ...by },
      { entity: 'event', id: '2021-11-01-taobao-opens', action: 'retract', ...by },
      { entity: 'figure', id: 'wechat-mau-2021', action: 'retract', ...by },
      retract('actor', 'wechat'),
    ]);
    expect((await store.ledger()).actors.map((a) => a.id)).not.toContain('wechat');
  });

  it('holds an import to the same rule, and the seed', async () => {
    const store = await h.open({ seed: smallLedger() });
    const line = JSON.stringify({ entity: 'event', body: event('e7', 'wechat', 'ghost', '2022-01-01') });
    const { rows } = parseImport(line, 'ndjson');
    expect((await importRows(store, rows, by)).problems[0]?.field).toBe('body.actors.1');
    const broken = smallLedger();
    broken.actors = broken.actors.filter((a) => a.id !== 'tencent');
    await expect(h.open({ seed: broken })).rejects.toThrow(/tencent/);
    expect(formatExport(await store.ledger(), 'ndjson')).not.toContain('"e7"');
  });
});

describeStores('revision numbers', (h) => {
  it('are gapless: a refused batch consumes none', async () => {
    const store = await h.open({ seed: smallLedger() });
    const head = await store.head();
    await expect(store.append([recordEvent('bad', 'wechat', 'ghost')])).rejects.toThrow();
    await expect(store.append([recordEvent('bad', 'wechat', 'ghost')])).rejects.toThrow();
    const [next] = await store.append([recordEvent('good', 'wechat', 'taobao')]);
    expect(next?.revision).toBe(head + 1);
    const all = await store.revisions();
    expect(all.map((r) => r.revision)).toEqual(all.map((_, i) => i + 1));
  });
});
