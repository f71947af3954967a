/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import { ToneText, toneOf } from '../ui/theme';
import type { CellResult } from './walls-cell';

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
  const d = result?.brief;
  if (!d) return <Text dimColor>{`${host} × ${target}`}</Text>;
  const { since, until } = d;
  const extras = [d.friction.join(', '), d.coverage && d.coverage !== 'all' ? d.coverage : '']
    .filter(Boolean)
    .join('; ');
  // How sure (hutong-decide/4): the basis, a change's window the date falls in, what the rest get.
  const sure = [
    d.basis,
    d.uncertain ? `uncertain: ${d.uncertain.from} – ${d.uncertain.to} → ${d.uncertain.after}` : '',
    d.rest ? `rest: ${d.rest}` : '',
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
