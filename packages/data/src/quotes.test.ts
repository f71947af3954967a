import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText, collapseWhitespace } from './article-text';
import { loadLedger } from './load-ledger';
import { defaultSourcesDir } from './repo-paths';

const sourcesDir = process.env.HUTONG_SOURCES_DIR ?? defaultSourcesDir;
const absent = !existsSync(sourcesDir);
if (absent)
  console.warn(`quotes test skipped: no archived articles at ${sourcesDir} (set HUTONG_SOURCES_DIR)`);

const ledger = loadLedger();

/** Every citation in the ledger, with where it is. */
function citations(): { where: string; source: string; quote: string }[] {
  return [
    ...ledger.events.flatMap((e) =>
      e.sources.map((c, i) => ({ where: `events/${e.id}.yaml: sources.${i}`, ...c })),
    ),
    ...ledger.figures.map((f) => ({ where: `figures.yaml: ${f.id}`, ...f.source })),
    ...ledger.regulations.flatMap((r) =>
      r.sources.map((c, i) => ({ where: `regulations.yaml: ${r.id}.sources.${i}`, ...c })),
    ),
  ];
}

describe('quotes', () => {
  it.skipIf(absent)('appear verbatim in their archived articles', () => {
    const texts = new Map<string, string>();
    for (const s of ledger.sources) {
      expect(s.archive, `${s.id} has no archive file`).toBeDefined();
      texts.set(s.id, articleText(readFileSync(join(sourcesDir, s.archive!), 'utf8')));
    }
    const missing = citations()
      .filter((c) => !texts.get(c.source)?.includes(collapseWhitespace(c.quote)))
      .map((c) => `${c.where} (${c.source}): ${c.quote}`);
    expect(missing).toEqual([]);
  });
});
