/** @jsxRuntime automatic @jsxImportSource react */
import { renderToString, Text } from 'ink';
import { describe, expect, it } from 'vitest';
import { ColourProvider, useToneProps } from './theme';

function Probe() {
  const tone = useToneProps();
  return <Text>{JSON.stringify([tone('blocked'), tone('title'), tone('dim')])}</Text>;
}

describe('tones', () => {
  it('colour statuses when colour is on', () => {
    const out = renderToString(
      <ColourProvider colour>
        <Probe />
      </ColourProvider>,
    );
    expect(JSON.parse(out)).toEqual([{ color: 'red' }, { bold: true }, { dimColor: true }]);
  });

  it('use no colour for NO_COLOR, keeping bold and dim', () => {
    const out = renderToString(
      <ColourProvider colour={false}>
        <Probe />
      </ColourProvider>,
    );
    expect(JSON.parse(out)).toEqual([{}, { bold: true }, { dimColor: true }]);
  });
});
