import { formatExport, parseImport, TransferFormat } from '@hutong/domain';
import { expect, it } from 'vitest';
import { smallLedger } from '../test-support/fixture';
import { describeStores } from '../test-support/stores';
import { importRows } from './import-rows';

describeStores('import and append refuse dates that are not all digits', (h) => {
  it('refuses an appended (or seeded) event dated abcd-01-01 at the field', async () => {
    const store = await h.open({ seed: smallLedger() });
    const event = { ...smallLedger().events[0]!, id: 'bad-date', date: 'abcd-01-01' };
    await expect(
      store.append([
        { entity: 'event', id: 'bad-date', action: 'record', body: event, author: 'a', reason: 'r' },
      ]),
    ).rejects.toMatchObject({ kind: 'invalid', field: 'edits.0.body.date' });
    const seed = smallLedger();
    seed.events[0]!.date = 'abcd-01-01';
    await expect(h.open({ seed })).rejects.toThrow(/date/);
  });

  it.each(
    TransferFormat.options.flatMap((f) => ['abcd-01-01', '２０２１-01-01', '    -01-01'].map((d) => [f, d])),
  )('%s with an event dated %s: a problem at body.date, nothing stored', async (format, date) => {
    const store = await h.open({ seed: smallLedger() });
    const head = await store.head();
    const ledger = smallLedger();
    ledger.events[0]!.date = '2019-03-04'; // a date nothing else has, then made bad in the file's text
    const text = formatExport(ledger, format as TransferFormat).replace('2019-03-04', date!);
    const { rows, problems } = parseImport(text, format as TransferFormat);
    expect(problems.map((p) => p.field)).toEqual(['body.date']);
    await importRows(store, rows, { author: 'importer', reason: 'dates' });
    expect(await store.head()).toBe(head);
    expect((await store.ledger()).events.map((e) => e.date)).not.toContain(date);
  });
});
