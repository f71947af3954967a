import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { costTableMarkdown } from './cost-table';

describe('the cost table', () => {
  it('lists every priced procedure with the numbers admission charges', () => {
    const table = costTableMarkdown();
    expect(table).toContain(
      '| `decisions.decideMany` | POST /api/decide-many | 10 | 1 per question part; 5,000 with `recordedAt` | 100,000 question parts | from 1,000 |',
    );
    expect(table).toContain(
      '| `analysis.openness` | GET /api/analysis/openness | 10 | 0.25 per month × platform pair',
    );
  });

  it('is the table docs/api.md prints, so the document cannot drift from the charge', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../../docs/api.md', import.meta.url)), 'utf8');
    expect(doc).toContain(costTableMarkdown());
  });
});
