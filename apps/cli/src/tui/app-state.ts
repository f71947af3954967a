import type { Command } from './keymap/keymap';

export const SCREENS = ['Timeline', 'Walls', 'Ask', 'Compliance', 'Diff', 'Sources'] as const;
export type ScreenName = (typeof SCREENS)[number];

export interface AppState {
  screen: number;
  help: boolean;
}

export const initialAppState = (screen = 0): AppState => ({ screen, help: false });

/** The global commands but quit (which exits the app): switch screens, show the keys. */
export function appReducer(s: AppState, command: Command): AppState {
  const n = SCREENS.length;
  if (command === 'help') return { ...s, help: !s.help };
  if (command === 'screen.next') return { ...s, screen: (s.screen + 1) % n, help: false };
  if (command === 'screen.prev') return { ...s, screen: (s.screen + n - 1) % n, help: false };
  const m = /^screen\.(\d)$/.exec(command);
  if (m) return { ...s, screen: Number(m[1]) - 1, help: false };
  return s;
}
