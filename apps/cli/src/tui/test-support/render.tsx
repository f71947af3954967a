/** @jsxRuntime automatic @jsxImportSource react */
import type { HutongClient } from '@hutong/client';
import { render } from 'ink-testing-library';
import type { ReactNode } from 'react';
import { KeyRouter } from '../keymap/use-keys';
import { ClientProvider } from '../ui/client-context';
import { ColourProvider } from '../ui/theme';

export const KEY = {
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  shiftRight: '\x1b[1;2C',
  shiftLeft: '\x1b[1;2D',
  pageDown: '\x1b[6~',
  pageUp: '\x1b[5~',
  end: '\x1b[F',
  enter: '\r',
  esc: '\x1b',
  tab: '\t',
  shiftTab: '\x1b[Z',
  backspace: '\x7f',
  ctrlC: '\x03',
} as const;

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

/** Renders a screen over `client` and gives keys to press and a way to wait for what it shows. */
export function renderWith(
  client: HutongClient,
  ui: ReactNode,
  { colour = false, where = 'test ledger' } = {},
) {
  const app = render(
    <ColourProvider colour={colour}>
      <ClientProvider value={{ client, where }}>
        <KeyRouter run={() => {}}>{ui}</KeyRouter>
      </ClientProvider>
    </ColourProvider>,
  );
  const frame = () => app.lastFrame() ?? '';
  return {
    ...app,
    frame,
    /** Presses keys one at a time, letting each render. */
    async press(...keys: string[]) {
      for (const k of keys) {
        app.stdin.write(k);
        await tick(k === KEY.esc ? 40 : 5);
      }
    },
    /** Waits until the frame shows `text` (or matches), failing with the last frame. */
    async waitFor(text: string | RegExp, timeout = 3000) {
      const until = Date.now() + timeout;
      for (;;) {
        const f = frame();
        if (typeof text === 'string' ? f.includes(text) : text.test(f)) return f;
        if (Date.now() > until)
          throw new Error(`timed out waiting for ${String(text)}; the screen shows:\n${f}`);
        await tick(10);
      }
    },
  };
}
