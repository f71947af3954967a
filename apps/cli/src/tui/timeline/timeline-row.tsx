/** @jsxRuntime automatic @jsxImportSource react */
import type { EventKind } from '@hutong/domain';
import { Text } from 'ink';
import { type Tone, ToneText } from '../ui/theme';
import type { Entry } from './timeline-entries';

const KIND_TONE: Partial<Record<EventKind, Tone>> = {
  block: 'blocked',
  withdrawal: 'blocked',
  unblock: 'open',
  rollout: 'open',
  trial: 'partial',
  regulation: 'accent',
  penalty: 'accent',
  rumor: 'dim',
};

/** The mark before a title: how sure the ledger is of the event (the keys help explains each). */
export const MARK = { confirmed: ' ', reported: '·', rumor: '~' } as const;
export const DISPUTED_MARK = '!';

/** One event on one line: year (at the top of a year or the window), month-day, kind, title. */
export function TimelineRow({
  entry,
  showYear,
  selected,
}: {
  entry: Entry;
  showYear: boolean;
  selected: boolean;
}) {
  const e = entry.item.event;
  const md =
    e.precision === 'day' ? e.date.slice(5) : e.precision === 'month' ? `${e.date.slice(5, 7)}   ` : '     ';
  return (
    <Text wrap="truncate-end" inverse={selected}>
      <Text bold>{showYear ? entry.year : '    '}</Text>
      {`  ${md}  `}
      <ToneText tone={KIND_TONE[e.kind] ?? 'plain'}>{e.kind.padEnd(12)}</ToneText>
      {`${e.disputed ? DISPUTED_MARK : MARK[e.confidence]} ${e.title.en}`}
    </Text>
  );
}
