import type { Axis } from './wall-grid';
import { campSpans } from './wall-view';

/** One camp's header: its name, or when the name does not fit its cells, the shortest prefix no other camp shares. */
export interface CampLabel {
  camp: string;
  name: string;
  /** What the header shows: the whole name, or its abbreviation. */
  shown: string;
  start: number;
  count: number;
}

// A cell is 1.6rem plus its 2px spacing; the label keeps 0.4rem clear. At 0.75rem bold, a Latin
// letter is about 0.6em wide and a Chinese character 1em: what fits is estimated, not measured, so
// the header never waits on layout.
const REM = 16;
const room = (count: number) => count * (1.6 * REM + 2) - 0.4 * REM;
const CJK = /[\u3000-\u9fff\uf900-\ufaff]/;
const width = (text: string) => [...text].reduce((w, ch) => w + (CJK.test(ch) ? 12 : 7.6), 0);

/**
 * The camps of an axis as headers that are never cut: a camp one or two cells wide shows "Ba",
 * "Bi", "By" (Baidu, Bilibili, ByteDance), spelled out in the grid's key; `others` are the other
 * axis's camp names, so rows and columns never abbreviate two camps alike.
 */
export function campLabels(axes: readonly Axis[], others: readonly string[] = []): CampLabel[] {
  const spans = campSpans(axes);
  const names = [...new Set([...spans.map((s) => s.label), ...others])];
  return spans.map((s) => {
    const shown = width(s.label) <= room(s.count) ? s.label : abbreviate(s.label, names);
    return { camp: s.camp, name: s.label, shown, start: s.start, count: s.count };
  });
}

/** The shortest prefix of `name` (two letters, or one Chinese character, at least) no other name starts with. */
export function abbreviate(name: string, names: readonly string[]): string {
  const chars = [...name];
  const lower = (s: string) => s.toLowerCase();
  for (let n = CJK.test(chars[0] ?? '') ? 1 : 2; n < chars.length; n++) {
    const prefix = chars.slice(0, n).join('');
    if (!names.some((o) => o !== name && lower(o).startsWith(lower(prefix)))) return prefix;
  }
  return name;
}

/** The abbreviated camps of a grid, for its key ("Ba Baidu · Bi Bilibili"), each once. */
export function campKey(...axes: CampLabel[][]): { shown: string; name: string }[] {
  const seen = new Map<string, { shown: string; name: string }>();
  for (const l of axes.flat()) if (l.shown !== l.name) seen.set(l.name, { shown: l.shown, name: l.name });
  return [...seen.values()];
}
