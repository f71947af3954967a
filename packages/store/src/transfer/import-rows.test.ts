import { loadLedger } from '@hutong/data';
import { formatExport, Ledger, parseImport, TransferFormat } from '@hutong/domain';
import { expect, it } from 'vitest';
import { actor, event, smallLedger } from '../test-support/fixture';
import { describeStores } from '../test-support/stores';
import { importRows } from './import-rows';

const by = { author: 'importer', reason: 'bulk import' } as const;

/** Parses `text`, failing the test on any problem (these files are meant to be clean). */
function rowsOf(text: string, format: TransferFormat = 'ndjson') {
  const { rows, problems } = parseImport(text, format);
  expect(problems).toEqual([]);
  return rows;
}

const exported = (ledger: Ledger) => formatExport(ledger, 'ndjson');

describeStores('import', (h) => {
  it('records every entity of a file into an empty store, in one append', async () => {
    const store = await h.open();
    const report = await importRows(store, rowsOf(exported(smallLedger())), by);
    expect(report).toMatchObject({ recorded: 10, amended: 0, unchanged: 0, problems: [], head: 10 });
    expect(formatExport(await store.ledger(), 'ndjson')).toBe(exported(smallLedger()));
    const revs = await store.revisions();
    expect(new Set(revs.map((r) => r.recordedAt)).size).toBe(1);
    expect(revs.every((r) => r.author === 'importer' && r.idempotencyKey?.startsWith('import:'))).toBe(true);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const store = await h.open();
    const rows = rowsOf(exported(smallLedger()));
    await importRows(store, rows, by);
    const head = await store.head();
    expect(await importRows(store, rows, by)).toMatchObject({ recorded: 0, amended: 0, unchanged: 10, head });
    expect(await store.head()).toBe(head);
  });

  it('amends only what differs, and a retried plan lands once', async () => {
    const store = await h.open({ seed: smallLedger() });
    const actors = [...smallLedger().actors, actor('jd', { hosts: ['jd.com'] })];
    actors[1] = actor('wechat', { owner: 'tencent', hosts: ['weixin.qq.com', 'wx.qq.com'] });
    const changed = Ledger.parse({ ...smallLedger(), actors });
    const rows = rowsOf(exported(changed));
    const dry = await importRows(store, rows, { ...by, dryRun: true });
    expect(dry).toMatchObject({ recorded: 1, amended: 1, unchanged: 9, dryRun: true, head: 10 });
    expect(await store.head()).toBe(10);
    // Two runs of the same import racing from one state: the idempotency keys make it land once.
    const [a, b] = await Promise.all([importRows(store, rows, by), importRows(store, rows, by)]);
    expect([a.head, b.head]).toEqual([12, 12]);
    expect(await store.head()).toBe(12);
    expect((await store.ledger()).actors.find((x) => x.id === 'wechat')?.hosts).toContain('wx.qq.com');
  });

  it('refuses a file naming an actor or source that exists nowhere, storing nothing', async () => {
    const store = await h.open({ seed: smallLedger() });
    const text = [
      JSON.stringify({ entity: 'actor', body: actor('jd', { owner: 'jd-group' }) }),
      JSON.stringify({ entity: 'event', body: event('2021-12-01-jd-opens', 'jd', 'wechat', '2021-12-01') }),
      JSON.stringify({ entity: 'event', body: event('2021-12-02-x', 'taobao', 'no-such-app', '2021-12-02') }),
    ].join('\n');
    const report = await importRows(store, rowsOf(text), by);
    expect(report.problems.map((p) => `${p.line}: ${p.field}`)).toEqual([
      '1: body.owner',
      '3: body.actors.1',
      '3: body.changes.0.target',
    ]);
    expect(report.problems[0]!.message).toMatch(/unknown actor "jd-group"/);
    expect(await store.head()).toBe(10);
  });

  it.each(TransferFormat.options)(
    'round-trips the curated ledger exactly through %s: export, import into an empty store, export',
    async (format) => {
      const first = formatExport(loadLedger(), format);
      const store = await h.open();
      const report = await importRows(store, rowsOf(first, format), by);
      expect(report.problems).toEqual([]);
      expect(formatExport(await store.ledger(), format)).toBe(first);
    },
  );
});
