import { type EditInput, type ImportRow, type Ledger, ledgerField, planEdit } from '@hutong/domain';
import { canonicalJson, sha256 } from '../canonical';

export interface ImportCounts {
  recorded: number;
  amended: number;
  unchanged: number;
}

export interface ImportPlan extends ImportCounts {
  edits: EditInput[];
}

export interface PlanOptions {
  author: string;
  reason: string;
  /** The log's head the current ledger was read at; part of each idempotency key. */
  head: number;
}

/**
 * The edits that make the ledger hold every row: `record` an entity it lacks, `amend` one whose body
 * differs, nothing for one already identical — so importing a file twice changes nothing the second
 * time. Edits follow the file's order, which becomes the ledger's order for new entities.
 *
 * Each edit's idempotency key hashes the head the plan was made at with the edit itself: two runs of
 * one import planned from the same state land once, while re-importing an old file after the ledger
 * moved on is a new edit (a key of the body alone would silently replay the first import's revision).
 */
export function planImport(current: Ledger, rows: readonly ImportRow[], opts: PlanOptions): ImportPlan {
  const bodies = new Map<string, string>();
  for (const [entity, field] of Object.entries(ledgerField))
    for (const body of current[field]) bodies.set(`${entity}/${body.id}`, canonicalJson(body));
  const plan: ImportPlan = { edits: [], recorded: 0, amended: 0, unchanged: 0 };
  for (const row of rows) {
    const body = canonicalJson(row.body);
    const action = planEdit(bodies.get(`${row.entity}/${row.body.id}`), body);
    if (action === undefined) {
      plan.unchanged++;
      continue;
    }
    plan[action === 'record' ? 'recorded' : 'amended']++;
    const { line: _line, ...record } = row;
    plan.edits.push({
      ...record,
      id: row.body.id,
      action,
      author: opts.author,
      reason: opts.reason,
      idempotencyKey: `import:${sha256(`${opts.head}\n${row.entity}\n${row.body.id}\n${action}\n${body}`)}`,
    });
  }
  return plan;
}
