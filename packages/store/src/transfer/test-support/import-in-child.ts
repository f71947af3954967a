// Run as its own process by import-kill.test.ts:
// `node --import tsx import-in-child.ts <data-dir | postgres-url> <schema> <file.ndjson>`.
import { readFileSync } from 'node:fs';
import { parseImport } from '@hutong/domain';
import { openStore } from '../../open-store';
import { importRows } from '../import-rows';

const [target, schema, file] = process.argv.slice(2);
if (!target || !schema || !file) throw new Error('usage: import-in-child.ts <data-dir|url> <schema> <file>');
const store = await openStore(
  target.startsWith('postgres') ? { databaseUrl: target, schema } : { dataDir: target, schema },
);
const { rows, problems } = parseImport(readFileSync(file, 'utf8'), 'ndjson');
if (problems.length > 0) throw new Error(`the generated file has problems: ${JSON.stringify(problems[0])}`);
// Says when the one append begins, so the test can aim its SIGKILL at the transaction.
const announcing = {
  ...store,
  append: (edits: Parameters<typeof store.append>[0]) => {
    console.log(`appending ${edits.length}`);
    return store.append(edits);
  },
};
const report = await importRows(announcing, rows, { author: 'child', reason: 'bulk import' });
console.log(`done ${report.head}`);
await store.close();
