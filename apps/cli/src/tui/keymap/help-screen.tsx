/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import { type Doc, line, span, wrapDoc } from '../../views/doc';
import { DocView, lastTop } from '../ui/doc-view';
import { scrollTo, stepOf } from '../ui/scroll';
import { keyTable } from './key-table';
import { useKeys } from './use-keys';
import { wordsDoc } from './words-doc';

/** Every key, generated from the keymap, then the marks and words; scrolls when the terminal is short. */
export function keysDoc(cols: number): Doc {
  const sections = keyTable();
  const keyWidth = Math.min(22, Math.max(...sections.flatMap((s) => s.rows.map((r) => r.keys.length))) + 2);
  const doc: Doc = [];
  for (const s of sections) {
    doc.push(line(span(s.title, 'title')));
    for (const r of s.rows) doc.push(line('  ', span(r.keys.padEnd(keyWidth), 'accent'), r.help));
    doc.push([]);
  }
  return wrapDoc([...doc, ...wordsDoc()], cols);
}

export function HelpScreen({
  width,
  height,
  onClose,
}: {
  width: number;
  height: number;
  onClose: () => void;
}) {
  const doc = useMemo(() => keysDoc(width - 2), [width]);
  const [top, setTop] = useState(0);
  const paneHeight = height - 1;
  useKeys({
    scopes: ['open', 'move'],
    active: true,
    onCommand: (command) => {
      if (command === 'back') return onClose();
      const step = stepOf(command, paneHeight);
      if (step !== null) setTop((t) => scrollTo(t, step, lastTop(doc, paneHeight)));
    },
  });
  return (
    <Box flexDirection="column" paddingLeft={1}>
      <Text bold>Keys — ? or Esc to close</Text>
      <DocView doc={doc} top={top} height={paneHeight} />
    </Box>
  );
}
