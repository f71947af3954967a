import type { LedgerIndex } from '@hutong/domain';

/** Memoised answers kept per index (oldest dropped first). */
const MEMO_SIZE = 32;

/** Answers computed from an index, forgotten with it: a new index (an edit landed) starts empty. */
const memos = new WeakMap<LedgerIndex, Map<string, unknown>>();

/**
 * `make()` once per key while `index` stands: for analyses that cost seconds and are asked again with
 * the same input (the game's report).
 */
export function memoOn<T>(index: LedgerIndex, key: string, make: () => T): T {
  const memo = memos.get(index) ?? new Map<string, unknown>();
  memos.set(index, memo);
  if (memo.has(key)) return memo.get(key) as T;
  const value = make();
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, value);
  return value;
}
