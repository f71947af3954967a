/** @jsxRuntime automatic @jsxImportSource react */
import type { DecidedStatus } from '@hutong/domain';
import { Text } from 'ink';
import { createContext, type ReactNode, useContext } from 'react';

// Tones live in a module without Ink, so the scriptable commands can render documents too.
export { type Tone, toneOf } from '../../views/tone';

import type { Tone } from '../../views/tone';

const COLOURS: Partial<Record<Tone, string>> = {
  accent: 'cyan',
  error: 'red',
  open: 'green',
  friction: 'yellow',
  partial: 'blue',
  blocked: 'red',
  unknown: 'gray',
};

const ColourContext = createContext(true);

/** Colour for everything below; off for NO_COLOR. Bold, dim and inverse stay: they are not colour. */
export const ColourProvider = ({ colour, children }: { colour: boolean; children: ReactNode }) => (
  <ColourContext.Provider value={colour}>{children}</ColourContext.Provider>
);

/** Whether colour is on (off for NO_COLOR). */
export const useColour = (): boolean => useContext(ColourContext);

/** Background colours for status cells. */
export const STATUS_BACKGROUND: Record<DecidedStatus, string> = {
  mixed: 'magenta',
  open: 'green',
  friction: 'yellow',
  partial: 'blue',
  blocked: 'red',
  unknown: 'gray',
};

export function useToneProps(): (tone: Tone) => { color?: string; bold?: boolean; dimColor?: boolean } {
  const colour = useContext(ColourContext);
  return (tone) => ({
    ...(colour && COLOURS[tone] ? { color: COLOURS[tone] } : {}),
    ...(tone === 'title' ? { bold: true } : {}),
    ...(tone === 'dim' ? { dimColor: true } : {}),
  });
}

interface ToneTextProps {
  tone: Tone;
  inverse?: boolean;
  children: ReactNode;
}

export function ToneText({ tone, inverse, children }: ToneTextProps) {
  const props = useToneProps()(tone);
  return (
    <Text {...props} inverse={inverse ?? false}>
      {children}
    </Text>
  );
}
