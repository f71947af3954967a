import { briefOf } from '../engine/answer/brief';
import { decide, PART } from '../engine/answer/decide';
import { history } from '../engine/answer/history';
import type { LedgerIndex } from '../engine/fold/fold';
import { compliance } from '../engine/views/compliance';
import { diff } from '../engine/views/diff';
import { OPENNESS_WEIGHTS, openness, opennessCells, scoreOf } from '../engine/views/openness';
import { askedSurface, recordedCrossings } from '../engine/views/recorded';
import { walls } from '../engine/walls';
import { crossingId, crossingLabel } from '../schema/crossing-id';

/**
 * Every place where diff, compliance, history, brief answers, the wall map or openness disagree
 * with `decide` on the given dates, as readable lines (empty when the views agree).
 */
export function disagreements(index: LedgerIndex, dates: readonly string[]): string[] {
  const out: string[] = [];
  const crossings = recordedCrossings(index).all;
  const say = (what: string) => out.length < 50 && out.push(what);
  for (const c of crossings) {
    const key = `${crossingLabel(c, '·')}`;
    const h = history(index, c);
    for (const at of dates) {
      const d = decide(index, { ...c, at });
      const brief = briefOf(d);
      if (brief.status !== d.status || brief.basis !== d.basis) say(`brief ${key} ${at}`);
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
      // A broad answer's parts are the answers to the parts asked alone.
      for (const p of d.byPlatform ?? []) {
        const alone = decide(index, { ...c, host: p.host, surface: p.surface, target: p.target, at }, PART);
        if (alone.status !== p.status)
          say(`part ${key} ${at} ${p.host}·${p.surface}·${p.target}: ${p.status} vs ${alone.status}`);
      }
    }
  }
  for (let i = 0; i + 1 < dates.length; i++) {
    const [from, to] = [dates[i]!, dates[i + 1]!];
    if (to < from) continue;
    const changed = new Map(
      diff(index, from, to).changes.map((e) => [
        `${e.host}|${askedSurface(e.surface)}|${e.capability}|${e.target}`,
        e,
      ]),
    );
    for (const c of crossings) {
      const a = decide(index, { ...c, at: from }, PART).status;
      const b = decide(index, { ...c, at: to }, PART).status;
      const e = changed.get(crossingId(c));
      if (a === b ? e !== undefined : e?.before !== a || e?.after !== b)
        say(`diff ${crossingLabel(c, '·')} ${from}→${to}: decide ${a}→${b}`);
    }
  }
  // The wall map on each surface and capability the ledger records: every cell is decide's answer.
  const views = new Map(crossings.map((c) => [`${c.surface}|${c.capability}`, c]));
  for (const at of dates)
    for (const { surface, capability } of views.values()) {
      const w = walls(index, { at, surface, capability, columns: 'platforms', detail: 'cell' });
      for (const [i, h] of w.hosts.entries())
        for (const [j, t] of w.targets.entries()) {
          const cell = w.cells[i * w.targets.length + j]!;
          if (cell.self) continue;
          const d = decide(index, { host: h.id, surface, capability, target: t.id, at });
          if (cell.status !== d.status || cell.basis !== d.basis)
            say(`walls ${h.id}·${surface}·${capability}·${t.id} ${at}: ${cell.status} vs decide ${d.status}`);
        }
    }
  for (const at of dates)
    for (const f of compliance(index, at)) {
      const d = decide(
        index,
        { host: f.host, surface: askedSurface(f.surface), capability: f.capability, target: f.target, at },
        PART,
      );
      // One meaning per key: a finding labelled with a surface `decide` takes is `decide`'s own answer.
      if (f.surface !== 'other') {
        const asked = decide(index, {
          host: f.host,
          surface: f.surface,
          capability: f.capability,
          target: f.target,
          at,
        });
        if (asked.status !== f.status)
          say(
            `compliance ${f.host}·${f.surface}·${f.target} ${at}: ${f.status} vs decide on the same key ${asked.status}`,
          );
      }
      if (d.status !== f.status || d.basis !== f.basis || d.rule?.id !== f.rule.id)
        say(
          `compliance ${f.host}·${f.surface}·${f.target} ${at}: ${f.status}/${f.basis} vs decide ${d.status}/${d.basis}`,
        );
      if ((f.daysInBreach === null) !== (f.basis === 'inherited'))
        say(`compliance days ${f.host}·${f.target} ${at}`);
    }
  return out;
}

/**
 * Where openness's capability scores differ from the mean of `decide`'s answers over the pair's
 * cells, an answer with no record counting as 0.
 */
export function opennessDisagreements(
  index: LedgerIndex,
  host: string,
  target: string,
  at: string,
): string[] {
  // The index is monthly: its point for `at` is the first of at's month.
  const point = openness(index, host, target, at, at).points[0]!;
  const out: string[] = [];
  at = point.date;
  const cells = opennessCells(index, host, target);
  for (const { capability } of OPENNESS_WEIGHTS) {
    const scores = cells
      .filter((c) => c.capability === capability)
      .map((c) => scoreOf(decide(index, { ...c, at }, PART)) ?? 0);
    const mean = scores.length
      ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 1000) / 10
      : null;
    if (mean !== point.byCapability[capability])
      out.push(`${capability} ${at}: ${point.byCapability[capability]} vs ${mean}`);
  }
  return out;
}
