import type { RouterOutputs } from '@hutong/client';
import { crossingLabel, legend } from '@hutong/domain/plain';
import { shownDate } from './evidence-doc';

export type LedgerDiff = RouterOutputs['analysis']['diff'];
export type DiffEvent = RouterOutputs['events']['list']['items'][number]['event'];
type Change = LedgerDiff['changes'][number];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What changed between two dates, every id named by its title: one view the CLI prints as a table and the terminal UI as a list. */
export interface DiffView {
  from: string;
  to: string;
  /** The headings, in the words both faces print: "3 changes from … to …", "1 event in between". */
  heading: string;
  eventsHeading: string;
  changes: {
    key: Pick<Change, 'host' | 'surface' | 'capability' | 'target'>;
    label: string;
    before: Change['before'];
    after: Change['after'];
    basis: Change['basis'];
    /** When it changed: its day, or its window. */
    on: string;
    /** The deciding rule's event, by title; `null` when no rule decides the later status. */
    event: string | null;
  }[];
  /** The events in between, in the API's order; `event` is `null` for an id the ledger no longer lists. */
  events: { id: string; event: { date: string; shownDate: string; title: string; kind: string } | null }[];
  /** The glossary's line for every status and basis the changes show. */
  legend: string[];
}

/** When a listed change happened: its day, or its window — and whether the range saw only the window close. */
export function diffOnText(c: Change): string {
  if (!c.on.window) return `on ${c.on.date}`;
  const w = `some day between ${c.on.window.from} and ${c.on.window.to}`;
  return c.windowCloses ? `window closed ${c.on.date} (changed ${w})` : `changed ${w}`;
}

/** The diff from the API's answer and the ledger's events (by id). */
export function diffView(d: LedgerDiff, events: ReadonlyMap<string, DiffEvent>): DiffView {
  return {
    from: d.from,
    to: d.to,
    heading: `${plural(d.changes.length, 'change')} from ${d.from} to ${d.to}`,
    eventsHeading: `${plural(d.events.length, 'event')} in between`,
    changes: d.changes.map((c) => ({
      key: { host: c.host, surface: c.surface, capability: c.capability, target: c.target },
      label: crossingLabel(c),
      before: c.before,
      after: c.after,
      basis: c.basis,
      on: diffOnText(c),
      event: c.rule ? (events.get(c.rule.event)?.title.en ?? c.rule.event) : null,
    })),
    events: d.events.map((id) => {
      const e = events.get(id);
      return {
        id,
        event: e
          ? { date: e.date, shownDate: shownDate(e.date, e.precision), title: e.title.en, kind: e.kind }
          : null,
      };
    }),
    legend: legend(
      d.changes.flatMap((c) => [
        ['status', c.before] as const,
        ['status', c.after] as const,
        ['basis', c.basis] as const,
      ]),
    ),
  };
}
