import type { RouterOutputs } from '@hutong/client';
import { crossingLabel, legend } from '@hutong/domain/plain';
import type { TitleOf } from '../ledger-titles';
import { inheritedText } from './qualifiers';

export type History = RouterOutputs['decisions']['history'];
type Segment = History['segments'][number];

/** One stretch of a crossing's history, every id already named by its title. */
export interface HistoryRow {
  /** `null`: as far back as the ledger knows, or (for `to`) still so today. */
  from: string | null;
  to: string | null;
  status: Segment['status'];
  basis: Segment['basis'];
  /** The basis and, when inherited, where from. */
  basisText: string;
  events: string[];
  uncertain?: Pick<NonNullable<Segment['uncertain']>, 'from' | 'to' | 'before' | 'after'> & { event: string };
  rest?: Pick<NonNullable<Segment['rest']>, 'status'> & { event: string | null };
}

/** A crossing's history as the CLI's text and the terminal UI show it: the stretches, by part when broad, and the words to explain. */
export interface HistoryView {
  title: string;
  method: string;
  /** The first stretch it was open, or `null` when never on record. */
  firstOpen: { from: string | null; events: string[] } | null;
  rows: HistoryRow[];
  /** Each part's own history when the question is broad (its answer is then rolled up). */
  parts: { title: string; rows: HistoryRow[] }[];
  /** The glossary's line for every status and basis the rows show. */
  legend: string[];
}

const rowOf = (s: Segment, titleOf: TitleOf): HistoryRow => ({
  from: s.from,
  to: s.to,
  status: s.status,
  basis: s.basis,
  basisText: `${s.basis}${s.basis === 'inherited' ? inheritedText(s.inheritedFrom) : ''}`,
  events: s.events.map(titleOf),
  ...(s.uncertain && {
    uncertain: {
      from: s.uncertain.from,
      to: s.uncertain.to,
      before: s.uncertain.before,
      after: s.uncertain.after,
      event: titleOf(s.uncertain.rule.event),
    },
  }),
  ...(s.rest && { rest: { status: s.rest.status, event: s.rest.rule ? titleOf(s.rest.rule.event) : null } }),
});

/** A crossing's history, from the API's answer: one view the CLI prints as a table and the terminal UI as a list. */
export function historyView(h: History, titleOf: TitleOf): HistoryView {
  const opened = h.segments.find((s) => s.status === 'open');
  const segments = [...h.segments, ...(h.byPlatform ?? []).flatMap((p) => p.segments)];
  return {
    title: crossingLabel(h.question),
    method: h.method,
    firstOpen: opened ? { from: opened.from, events: opened.events.map(titleOf) } : null,
    rows: h.segments.map((s) => rowOf(s, titleOf)),
    parts: (h.byPlatform ?? []).map((p) => ({
      title: `${p.host} × ${p.target} · ${p.surface}`,
      rows: p.segments.map((s) => rowOf(s, titleOf)),
    })),
    legend: legend(
      segments.flatMap((s) => [
        ['status', s.status] as const,
        ['basis', s.basis] as const,
        ...(s.uncertain ? [['term', 'uncertain-window'] as const] : []),
      ]),
    ),
  };
}
