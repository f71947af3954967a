import { decide } from '../engine/answer/decide';
import { foldLedger } from '../engine/fold/fold';
import { compliance } from '../engine/views/compliance';
import { diff } from '../engine/views/diff';
import { askedSurface, recordedCrossings } from '../engine/views/recorded';
import { plainLedger } from '../oracle/plain-decide';
import { dayNumber, type Ledger } from '../schema';
import { crossingId, crossingLabel } from '../schema/crossing-id';
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

/**
 * Where `diff` and `compliance` list other keys than the plain reference decider finds: diff between
 * each pair of consecutive dates (a recorded crossing, read as one part, whose status differs at the
 * two ends), compliance on each date (a recorded crossing in a regulation's scope, past its deadline,
 * whose own rule decides a forbidden status).
 */
export function viewOracleDisagreements(ledger: Ledger, dates: readonly string[]): string[] {
  const index = foldLedger(ledger);
  const plain = plainLedger(ledger);
  const keys = recordedCrossings(index).all;
  const out: string[] = [];
  const sameSet = (what: string, engine: string[], oracle: string[]) => {
    const [a, b] = [new Set(engine), new Set(oracle)];
    for (const k of a) if (!b.has(k)) out.push(`${what}: engine lists ${k}, the oracle does not`);
    for (const k of b) if (!a.has(k)) out.push(`${what}: the oracle finds ${k}, the engine does not list it`);
  };
  for (const [i, from] of dates.entries()) {
    const to = dates[i + 1];
    if (to !== undefined)
      sameSet(
        `diff ${from}→${to}`,
        diff(index, from, to).changes.map((c) => crossingId({ ...c, surface: askedSurface(c.surface) })),
        keys
          .filter((k) => plain.decide(k, from, true).status !== plain.decide(k, to, true).status)
          .map(crossingId),
      );
    const d = dayNumber(from)!;
    sameSet(
      `compliance ${from}`,
      compliance(index, from).map(
        (f) => `${f.regulation} ${crossingId({ ...f, surface: askedSurface(f.surface) })}`,
      ),
      ledger.regulations.flatMap((reg) => {
        const s = reg.scope;
        if (!s || from < reg.deadline || from < reg.from || (reg.until !== undefined && from > reg.until))
          return [];
        return keys
          .filter(
            (k) =>
              (s.hosts.includes('*') || s.hosts.includes(k.host)) &&
              (s.capabilities as string[]).includes(k.capability) &&
              (s.surfaces.includes('*') || s.surfaces.includes(k.surface)),
          )
          .filter((k) => {
            const status = plain.decide(k, from, true).status;
            return (
              status !== 'mixed' &&
              plain.part(k, d).rule !== null &&
              (reg.forbids as string[]).includes(status)
            );
          })
          .map((k) => `${reg.id} ${crossingId(k)}`);
      }),
    );
    if (out.length >= 20) return out;
  }
  return out;
}
