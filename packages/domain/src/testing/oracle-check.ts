import { decide } from '../engine/answer/decide';
import { foldLedger } from '../engine/fold/fold';
import { plainLedger } from '../oracle/plain-decide';
import type { Ledger } from '../schema';
import { crossingLabel } from '../schema/crossing-id';
import { keysWithParents } from './honest-dates';

/** Where the engine's `decide` and the plain reference decider differ, on every key and its parents. */
export function oracleDisagreements(ledger: Ledger, dates: readonly string[]): string[] {
  const index = foldLedger(ledger);
  const plain = plainLedger(ledger);
  const out: string[] = [];
  for (const k of keysWithParents(index))
    for (const at of dates) {
      const d = decide(index, { ...k, at });
      const o = plain.decide(k, at);
      if (d.status !== o.status || (o.basis && d.basis !== o.basis))
        out.push(
          `${crossingLabel(k, '·')} ${at}: engine ${d.status}/${d.basis}, plain ${o.status}/${o.basis}`,
        );
      if (out.length >= 20) return out;
    }
  return out;
}
