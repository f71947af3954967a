/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import { ToneText, toneOf } from '../ui/theme';
import type { CellResult } from './walls-cell';

const dateOf = (d: string | { date: string } | null) =>
  d === null ? null : typeof d === 'string' ? d : d.date;

/** Two lines on the cell under the cursor: its verdict, since when and until when. */
export function WallsSummary({
  host,
  target,
  result,
}: {
  host: string;
  target: string;
  result: CellResult | undefined;
}) {
  if (!result) return <Text dimColor>{`${host} × ${target}`}</Text>;
  if (!result.ok)
    return (
      <Text wrap="truncate-end">
        {`${host} × ${target}  `}
        <ToneText tone="error">{result.error.message}</ToneText>
      </Text>
    );
  const d = result.decision;
  const since = dateOf(d.since);
  const until = dateOf(d.until);
  const extras = [d.friction.join(', '), d.coverage && d.coverage !== 'all' ? d.coverage : '']
    .filter(Boolean)
    .join('; ');
  // How sure (hutong-decide/2): the basis, a change's window the date falls in, what the rest get.
  const sure = [
    d.basis,
    d.uncertain ? `uncertain: ${d.uncertain.from} – ${d.uncertain.to} → ${d.uncertain.after}` : '',
    d.rest ? `rest: ${typeof d.rest === 'string' ? d.rest : d.rest.status}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>{`${host} × ${target}  `}</Text>
        <ToneText tone={toneOf(d.status)}>{d.status.toUpperCase()}</ToneText>
        {extras ? ` (${extras})` : ''}
        <ToneText tone="dim">{`  ${sure}`}</ToneText>
        {d.rumors.length ? <ToneText tone="dim"> · rumors pending</ToneText> : null}
      </Text>
      <Text wrap="truncate-end" dimColor>
        {`${since ? `since ${since}` : 'since: not recorded'} · ${until ? `changes ${until}` : 'no later change recorded'} · Enter explains`}
      </Text>
    </Box>
  );
}
