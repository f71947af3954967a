import { briefOf } from '../engine/answer/brief';
import { decide, PART } from '../engine/answer/decide';
import { history } from '../engine/answer/history';
import { foldLedger } from '../engine/fold/fold';
import { compliance } from '../engine/views/compliance';
import { diff } from '../engine/views/diff';
import { OPENNESS_WEIGHTS, openness, opennessCells, scoreOf } from '../engine/views/openness';
import { askedSurface, recordedCrossings } from '../engine/views/recorded';
import { walls } from '../engine/walls';
import { plainLedger } from '../oracle/plain-decide';
import { dayNumber, type Ledger } from '../schema';
import { crossingLabel } from '../schema/crossing-id';
import { viewOracleDisagreements } from './oracle-check';

/**
 * Every place where history, `until`, brief answers, a broad answer's parts, diff, compliance or the
 * wall map disagree with an answer derived without them on the given dates, as readable lines (empty
 * when they agree). Views that call `decide` are held to the plain reference decider
 * (oracle/plain-decide.ts), which shares no code with the engine, so a fault in the view or in
 * `decide` shows; history, which never calls `decide`, is held to `decide`.
 */
export function disagreements(ledger: Ledger, dates: readonly string[]): string[] {
  const index = foldLedger(ledger);
  const plain = plainLedger(ledger);
  const out: string[] = [];
  const crossings = recordedCrossings(index).all;
  const say = (what: string) => out.length < 50 && out.push(what);
  // The oracle gives a basis for one part only; a broad answer's basis is not the oracle's to judge.
  const sameBasis = (engine: string, oracle: string) => !oracle || engine === oracle;
  for (const c of crossings) {
    const key = `${crossingLabel(c, '·')}`;
    const h = history(index, c);
    for (const at of dates) {
      const d = decide(index, { ...c, at });
      const o = plain.decide(c, at);
      const brief = briefOf(d);
      if (brief.status !== o.status || !sameBasis(brief.basis, o.basis))
        say(`brief ${key} ${at}: ${brief.status}/${brief.basis} vs oracle ${o.status}/${o.basis}`);
      const seg = h.segments.find((s) => (s.from === null || s.from <= at) && (s.to === null || at <= s.to));
      const fromHistory = seg?.status ?? 'unknown';
      if (fromHistory !== d.status) say(`history ${key} ${at}: ${fromHistory} vs decide ${d.status}`);
      // `until` is the next status the history gives, or the one a change whose window opens next brings.
      const later = h.segments.filter((s) => s.from !== null && s.from > at);
      const next = later.find((s) => s.status !== d.status);
      const pending = later.find((s) => s.uncertain && s.uncertain.after !== d.status)?.uncertain?.after;
      if (
        (d.until?.status ?? null) !== (next?.status ?? null) &&
        (pending === undefined || d.until?.status !== pending)
      )
        say(`until ${key} ${at}: ${d.until?.status ?? 'none'} vs history ${next?.status ?? 'none'}`);
      // A broad answer's parts are the oracle's answers to the parts asked alone.
      for (const p of d.byPlatform ?? []) {
        const alone = plain.decide({ ...c, host: p.host, surface: p.surface, target: p.target }, at, true);
        if (alone.status !== p.status)
          say(`part ${key} ${at} ${p.host}·${p.surface}·${p.target}: ${p.status} vs oracle ${alone.status}`);
      }
    }
  }
  // Diff and compliance list exactly the keys the oracle finds; each entry's statuses are the oracle's.
  for (const line of viewOracleDisagreements(ledger, dates)) say(line);
  for (let i = 0; i + 1 < dates.length; i++) {
    const [from, to] = [dates[i]!, dates[i + 1]!];
    if (to < from) continue;
    for (const e of diff(index, from, to).changes) {
      const k = { ...e, surface: askedSurface(e.surface) };
      const [a, b] = [plain.decide(k, from, true).status, plain.decide(k, to, true).status];
      if (e.before !== a || e.after !== b)
        say(`diff ${crossingLabel(k, '·')} ${from}→${to}: ${e.before}→${e.after} vs oracle ${a}→${b}`);
    }
  }
  for (const at of dates)
    for (const f of compliance(index, at)) {
      const k = {
        host: f.host,
        surface: askedSurface(f.surface),
        capability: f.capability,
        target: f.target,
      };
      const o = plain.part(k, dayNumber(at)!);
      if (o.status !== f.status || o.basis !== f.basis || o.rule !== f.rule.id)
        say(
          `compliance ${crossingLabel(k, '·')} ${at}: ${f.status}/${f.basis}/${f.rule.id} vs oracle ${o.status}/${o.basis}/${o.rule}`,
        );
      if ((f.daysInBreach === null) !== (f.basis === 'inherited'))
        say(`compliance days ${f.host}·${f.target} ${at}`);
    }
  // The wall map on each surface and capability the ledger records: every cell is the oracle's answer.
  const views = new Map(crossings.map((c) => [`${c.surface}|${c.capability}`, c]));
  for (const at of dates)
    for (const { surface, capability } of views.values()) {
      const w = walls(index, { at, surface, capability, columns: 'platforms', detail: 'cell' });
      for (const [i, h] of w.hosts.entries())
        for (const [j, t] of w.targets.entries()) {
          const cell = w.cells[i * w.targets.length + j]!;
          if (cell.self) continue;
          const o = plain.decide({ host: h.id, surface, capability, target: t.id }, at);
          if (cell.status !== o.status || !sameBasis(cell.basis ?? '', o.basis))
            say(`walls ${h.id}·${surface}·${capability}·${t.id} ${at}: ${cell.status} vs oracle ${o.status}`);
        }
    }
  return out;
}

/**
 * Where openness's capability scores differ from the mean of its cells' scores, an answer with no
 * record counting as 0, and where a cell's status differs from the plain reference decider's (the
 * score also weighs a partial rollout's rest, which only the engine reports).
 */
export function opennessDisagreements(
  ledger: Ledger,
  pairs: readonly (readonly [host: string, target: string])[],
  dates: readonly string[],
): string[] {
  const index = foldLedger(ledger);
  const plain = plainLedger(ledger);
  const out: string[] = [];
  for (const [host, target] of pairs)
    for (const asked of dates) {
      // The index is monthly: its point for a date is the first of that date's month.
      const point = openness(index, host, target, asked, asked).points[0]!;
      const at = point.date;
      const cells = opennessCells(index, host, target);
      for (const { capability } of OPENNESS_WEIGHTS) {
        const scores = cells
          .filter((c) => c.capability === capability)
          .map((c) => {
            const d = decide(index, { ...c, at }, PART);
            const o = plain.decide(c, at, true);
            if (o.status !== d.status)
              out.push(`${crossingLabel(c, '·')} ${at}: ${d.status} vs oracle ${o.status}`);
            return scoreOf(d) ?? 0;
          });
        const mean = scores.length
          ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 1000) / 10
          : null;
        if (mean !== point.byCapability[capability])
          out.push(`${host}→${target} ${capability} ${at}: ${point.byCapability[capability]} vs ${mean}`);
      }
    }
  return out;
}
