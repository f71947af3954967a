/** @jsxRuntime automatic @jsxImportSource react */
import { Box, useApp } from 'ink';
import { type ComponentType, useCallback, useReducer, useState } from 'react';
import { appReducer, initialAppState, SCREENS } from './app-state';
import { AskScreen } from './ask/ask-screen';
import { ComplianceScreen } from './compliance/compliance-screen';
import { DiffScreen } from './diff/diff-screen';
import { HelpScreen } from './keymap/help-screen';
import type { Command } from './keymap/keymap';
import { KeyRouter } from './keymap/use-keys';
import type { ScreenProps } from './screen-props';
import { SourcesScreen } from './sources/sources-screen';
import { Tabs } from './tabs';
import { TimelineScreen } from './timeline/timeline-screen';
import { type Size, useScreenSize } from './ui/screen-size';
import { WallsScreen } from './walls/walls-screen';

const VIEWS: ComponentType<ScreenProps>[] = [
  TimelineScreen,
  WallsScreen,
  AskScreen,
  ComplianceScreen,
  DiffScreen,
  SourcesScreen,
];

export interface AppProps {
  today: string;
  /** A fixed size (tests); otherwise the terminal's, following resizes. */
  size?: Size;
  /** The screen to start on (0: Timeline). */
  screen?: number;
}

/**
 * The explorer: tabs, the current screen, and the keys overlay. A screen is mounted the first
 * time it is shown and kept, so its date, cursor and filter survive switching away and back.
 */
export function App({ today, size, screen = 0 }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useScreenSize(size);
  const [state, dispatch] = useReducer(appReducer, screen, initialAppState);
  const [seen, setSeen] = useState(() => new Set([screen]));
  if (!seen.has(state.screen)) setSeen(new Set([...seen, state.screen]));
  const run = useCallback((command: Command) => (command === 'quit' ? exit() : dispatch(command)), [exit]);
  // One spare row: an Ink frame as tall as the terminal is redrawn by clearing the screen.
  const height = Math.max(rows - 2, 6);
  return (
    <KeyRouter run={run}>
      <Box flexDirection="column" width={columns}>
        <Tabs
          names={SCREENS}
          current={state.screen}
          typing={!state.help && SCREENS[state.screen] === 'Ask'}
        />
        {state.help ? <HelpScreen width={columns} height={height} onClose={() => dispatch('help')} /> : null}
        {VIEWS.map((View, i) =>
          seen.has(i) ? (
            <Box key={SCREENS[i]} display={!state.help && state.screen === i ? 'flex' : 'none'}>
              <View
                width={columns}
                height={height}
                active={!state.help && state.screen === i}
                today={today}
              />
            </Box>
          ) : null,
        )}
      </Box>
    </KeyRouter>
  );
}
