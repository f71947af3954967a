import { dayNumber, type RecordedState } from '../../schema';
import { decide, PART } from '../answer/decide';
import type { LedgerIndex } from '../fold/fold';
import { recordedCrossings } from './recorded';

/** Every recorded crossing's deciding rule on `date` (as `decide` answers it), in a stable order. */
export function asOf(index: LedgerIndex, date: string): RecordedState[] {
  if (dayNumber(date) === null) return [];
  const out: RecordedState[] = [];
  for (const c of recordedCrossings(index).all) {
    const d = decide(index, { ...c, at: date }, PART);
    if (!d.rule) continue;
    out.push({ rule: d.rule, since: d.since?.date ?? d.rule.date });
  }
  return out;
}
