import { width } from './text-width';
import type { Tone } from './tone';

/** Text for a scrolling pane: lines of spans, each span with a tone. */
export interface Span {
  text: string;
  tone: Tone;
}
export type Line = Span[];
export type Doc = Line[];

/** A line from strings (plain) and spans. */
export const line = (...parts: (string | Span)[]): Line =>
  parts.map((p) => (typeof p === 'string' ? { text: p, tone: 'plain' } : p));
export const span = (text: string, tone: Tone): Span => ({ text, tone });

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
// A wide character on its own (lines break between any two), or a word with the spaces after it.
const TOKEN = new RegExp(`${WIDE.source}|[^\\s${WIDE.source.slice(1, -1)}]+\\s*|\\s+`, 'g');

/** Breaks each line to fit `cols`, between words (or between wide characters); continuations keep the indent. */
export function wrapDoc(doc: Doc, cols: number): Doc {
  return doc.flatMap((l) => wrapLine(l, Math.max(cols, 8)));
}

function wrapLine(l: Line, cols: number): Doc {
  const indent = /^ */.exec(l[0]?.text ?? '')![0].length;
  const pad = ' '.repeat(Math.min(indent + 2, Math.floor(cols / 2)));
  const out: Doc = [];
  let cur: Line = [];
  let used = 0;
  const push = (text: string, tone: Tone) => {
    const last = cur.at(-1);
    if (last && last.tone === tone) last.text += text;
    else cur.push({ text, tone });
    used += width(text);
  };
  const breakLine = () => {
    out.push(cur);
    cur = [];
    used = 0;
    push(pad, 'plain');
  };
  for (const s of l)
    for (const token of s.text.match(TOKEN) ?? []) {
      const w = width(token.trimEnd());
      if (used + w > cols && used > pad.length) {
        // Chinese punctuation never opens a line: the character before it moves down with it.
        const carried = NO_LINE_START.test(token) ? takeLastChar(cur) : null;
        breakLine();
        if (carried) push(carried.text, carried.tone);
      }
      if (w <= cols - used) push(token, s.tone);
      else
        for (const ch of token) {
          if (used + width(ch) > cols) breakLine();
          push(ch, s.tone);
        }
    }
  out.push(cur);
  return out;
}

const NO_LINE_START = /^[，。、；：！？）」』】》〉”’…]/;

/** Removes and returns the last character on a line being built (with its tone), if it is not padding. */
function takeLastChar(cur: Line): Span | null {
  const last = cur.at(-1);
  const ch = last ? [...last.text].at(-1) : undefined;
  if (!last || !ch || ch === ' ') return null;
  last.text = last.text.slice(0, -ch.length);
  if (!last.text) cur.pop();
  return { text: ch, tone: last.tone };
}

export const docText = (doc: Doc): string => doc.map((l) => l.map((s) => s.text).join('')).join('\n');
