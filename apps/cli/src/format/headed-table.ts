import { type GlossaryGroup, legend } from '@hutong/domain/plain';
import type { Style } from './style';
import { table } from './table';

/**
 * A text table a reader can follow: a header naming each column, the rows, then a legend line for
 * every glossary word the rows show (each word once).
 */
export function headedTable(
  s: Style,
  head: string[],
  rows: string[][],
  words: ReadonlyArray<readonly [GlossaryGroup, string]> = [],
): string {
  const text = table([head.map((h) => s.bold(h)), ...rows]);
  const lines = legend(words);
  return lines.length ? `${text}\n\n${lines.map((l) => s.dim(l)).join('\n')}` : text;
}
