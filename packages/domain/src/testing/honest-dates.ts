import { decide } from '../engine/answer/decide';
import { history } from '../engine/answer/history';
import type { LedgerIndex } from '../engine/fold/fold';
import { diff } from '../engine/views/diff';
import { recordedCrossings } from '../engine/views/recorded';
import { type CrossingKey, crossingId, dayNumber, isoFromDay } from '../schema';
import { crossingLabel } from '../schema/crossing-id';

/**
 * The keys the date checks walk: every recorded crossing, and its broad parents (the `*` surface,
 * the host's and the target's owners), each once.
 */
export function keysWithParents(index: LedgerIndex): CrossingKey[] {
  const out = new Map<string, CrossingKey>();
  const add = (k: CrossingKey) => out.set(crossingId(k), k);
  for (const c of recordedCrossings(index).all) {
    add(c);
    add({ ...c, surface: '*' });
    const hostOwner = index.actors.get(c.host)?.owner;
    if (hostOwner) add({ ...c, host: hostOwner });
    const targetOwner = index.actors.get(c.target)?.owner;
    if (targetOwner) add({ ...c, target: targetOwner });
  }
  return [...out.values()];
}

/**
 * Every place where `decide`'s `since` and `until` contradict `history` (hutong-decide/4 §8): on each
 * key, on each history step's first day, the days either side and the given dates. `until` is present
 * exactly when a later step has another status, is that step's first day (with its window) and is
 * after the date asked; `since` is inside the history and the status holds from it to the date.
 */
export function dateDisagreements(
  index: LedgerIndex,
  keys: readonly CrossingKey[],
  dates: readonly string[],
): string[] {
  const out: string[] = [];
  const say = (what: string) => out.length < 50 && out.push(what);
  for (const k of keys) {
    const name = `${crossingLabel(k, '·')}`;
    const steps = history(index, k).segments;
    const days = new Set(dates);
    for (const s of steps)
      if (s.from) for (const delta of [-1, 0, 1]) days.add(isoFromDay(dayNumber(s.from)! + delta));
    for (const at of days) {
      const d = decide(index, { ...k, at });
      const statusOn = (day: string) =>
        steps.find((s) => (s.from === null || s.from <= day) && (s.to === null || day <= s.to))?.status ??
        'unknown';
      const next = steps.find((s) => s.from !== null && s.from > at && s.status !== d.status);
      // Steps between the date and the next change keep the status; the first with another status is `until`.
      if (!next && d.until) say(`until ${name} ${at}: ${d.until.date} but history changes no more`);
      if (next && !d.until) say(`until ${name} ${at}: none but history turns ${next.status} on ${next.from}`);
      if (next && d.until) {
        if (d.until.date <= at) say(`until ${name} ${at}: ${d.until.date} is not after the date asked`);
        if (d.until.date !== next.from || d.until.status !== next.status)
          say(
            `until ${name} ${at}: ${d.until.date} ${d.until.status} vs history ${next.from} ${next.status}`,
          );
        if (d.until.window && d.until.window.to !== d.until.date)
          say(`until ${name} ${at}: its window must end on its date`);
      }
      if (d.since) {
        if (d.since.date > at) say(`since ${name} ${at}: ${d.since.date} is after the date asked`);
        else if (statusOn(d.since.date) !== d.status)
          say(
            `since ${name} ${at}: history gives ${statusOn(d.since.date)} on ${d.since.date}, decide ${d.status}`,
          );
        const before = isoFromDay(dayNumber(d.since.date)! - 1);
        if (
          d.since.date <= at &&
          statusOn(before) === d.status &&
          steps.some((s) => s.from === d.since!.date)
        )
          say(`since ${name} ${at}: the ${d.status} run began before ${d.since.date}`);
      }
    }
  }
  return out;
}

/**
 * Every `diff` entry dated outside its range, and every key whose status differs at the range's ends
 * that `diff` leaves out (or lists though it does not), on the views' reading of recorded crossings.
 */
export function diffDisagreements(index: LedgerIndex, from: string, to: string): string[] {
  const out: string[] = [];
  const d = diff(index, from, to);
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  for (const c of d.changes) {
    const name = `${crossingLabel(c, '·')}`;
    if (c.on.date <= lo || c.on.date > hi)
      out.push(`diff ${name}: dated ${c.on.date}, outside ${lo} … ${hi}`);
    if (c.on.window && !c.windowCloses && c.on.window.from <= lo)
      out.push(`diff ${name}: its window opens before the range but it is not marked as closing`);
  }
  return out;
}
