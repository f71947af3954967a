import { stringify } from 'csv-stringify/sync';
import { Ledger } from '../schema/ledger';
import { EntityKind, ledgerField } from '../schema/revision';
import type { EntityRecord, TransferFormat } from './import-row';
import { CSV_COLUMNS } from './read-csv';

// Code-unit order, not localeCompare: the same bytes whatever the machine's locale.
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every entity, kind by kind in `EntityKind` order, then by id: the order every format writes. */
export function exportRecords(ledger: Ledger): EntityRecord[] {
  // Parsed again so defaults are filled and keys come in schema order, however the ledger was built.
  const l = Ledger.parse(ledger);
  return [
    ...[...l.actors].sort(byId).map((body) => ({ entity: 'actor' as const, body })),
    ...[...l.sources].sort(byId).map((body) => ({ entity: 'source' as const, body })),
    ...[...l.events].sort(byId).map((body) => ({ entity: 'event' as const, body })),
    ...[...l.regulations].sort(byId).map((body) => ({ entity: 'regulation' as const, body })),
    ...[...l.figures].sort(byId).map((body) => ({ entity: 'figure' as const, body })),
  ];
}

/**
 * The ledger as an import file. Deterministic (kind, then id; schema key order), so exporting,
 * importing into an empty store and exporting again gives the same bytes.
 */
export function formatExport(ledger: Ledger, format: TransferFormat): string {
  const records = exportRecords(ledger);
  switch (format) {
    case 'json': {
      const doc = Object.fromEntries(
        EntityKind.options.map((k) => [
          ledgerField[k],
          records.filter((r) => r.entity === k).map((r) => r.body),
        ]),
      );
      return `${JSON.stringify(doc, null, 2)}\n`;
    }
    case 'ndjson':
      return records.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'csv':
      return stringify(
        records.map((r) => [r.entity, r.body.id, JSON.stringify(r.body)]),
        { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'unix' },
      );
  }
}
