/** @jsxRuntime automatic @jsxImportSource react */
import { WALL_LEGEND, type WallMark } from '@hutong/domain/plain';
import { Text } from 'ink';
import { STATUS_LETTER } from '../ui/status';
import { STATUS_BACKGROUND, useColour } from '../ui/theme';

/** How the grid draws each mark it can (walls-cell.tsx); it draws no inferred mark, so the legend leaves it out. */
const MARK_GLYPH: Partial<Record<WallMark, string>> = { inherited: 'b', uncertain: 'B~' };

/** The domain's wall legend as letters on colours; on a wide terminal the inherited and uncertain marks too (always on `?`). */
export function Legend({ wide }: { wide: boolean }) {
  const colour = useColour();
  const marks = WALL_LEGEND.flatMap((e) =>
    e.kind === 'mark' && e.term && MARK_GLYPH[e.id] ? [`${MARK_GLYPH[e.id]} ${e.term.word.en}`] : [],
  );
  return (
    <Text wrap="truncate-end">
      {WALL_LEGEND.map((e) =>
        e.kind === 'status' ? (
          <Text key={e.id}>
            <Text
              {...(colour ? { backgroundColor: STATUS_BACKGROUND[e.id], color: 'black' } : {})}
            >{` ${STATUS_LETTER[e.id]} `}</Text>
            {` ${e.term.word.en}  `}
          </Text>
        ) : null,
      )}
      <Text dimColor>· self ! error{wide ? ` · ${marks.join(' · ')}` : ''}</Text>
    </Text>
  );
}
