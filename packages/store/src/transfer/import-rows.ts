import { checkReferences, type ImportProblem, type ImportRow } from '@hutong/domain';
import { checkStorableRows } from '../storable-text';
import type { Store } from '../store';

import { type ImportCounts, planImport } from './plan-import';

export interface ImportOptions {
  author: string;
  reason: string;
  /** Plan and check, store nothing. */
  dryRun?: boolean;
}

export interface ImportReport extends ImportCounts {
  /** Cross-reference problems; when there are any, nothing was stored. */
  problems: ImportProblem[];
  /** The log's head after the import (before it, for a dry run or a refused import). */
  head: number;
  dryRun: boolean;
}

/**
 * Imports validated rows: reads the ledger, plans record/amend/nothing per row, checks references
 * across the file and the ledger, then appends every edit in ONE `store.append` — one transaction,
 * so a failure or a killed process leaves the log as it was.
 *
 * The plan is made outside the append lock, so an edit another writer lands on an entity between
 * the read and the append is superseded by the import's amend (both stay in the log).
 */
export async function importRows(
  store: Store,
  rows: readonly ImportRow[],
  opts: ImportOptions,
): Promise<ImportReport> {
  checkStorableRows(rows);
  const { ledger, head } = await store.snapshot();
  const { edits, ...counts } = planImport(ledger, rows, { author: opts.author, reason: opts.reason, head });
  const problems = checkReferences(ledger, rows);
  const dryRun = opts.dryRun ?? false;
  if (problems.length > 0 || dryRun || edits.length === 0) return { ...counts, problems, head, dryRun };
  const landed = await store.append(edits);
  return { ...counts, problems, head: landed.reduce((h, r) => Math.max(h, r.revision), head), dryRun };
}
