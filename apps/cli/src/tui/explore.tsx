/** @jsxRuntime automatic @jsxImportSource react */

import { todayIso } from '@hutong/domain';
import type { Local } from '@hutong/runtime';
import { render } from 'ink';
import { App } from './app';
import { ClientProvider } from './ui/client-context';
import { ColourProvider } from './ui/theme';

export interface ExploreOptions {
  colour: boolean;
}

const ENTER_ALT = '\x1b[?1049h\x1b[H';
const LEAVE_ALT = '\x1b[?1049l';

/**
 * `hutong` in a terminal: the explorer on the alternate screen, over the same typed client as the
 * commands. Whatever happens, the terminal is given back as it was. Returns the exit code.
 */
export async function explore(open: () => Promise<Local>, opts: ExploreOptions): Promise<number> {
  const { stdin, stdout } = process;
  if (!stdin.isTTY)
    throw new Error('the explorer needs a terminal on standard input (for scripts, see `hutong help`)');
  stdout.write(`${ENTER_ALT}opening the ledger…`);
  const leave = () => stdout.write(LEAVE_ALT);
  process.once('exit', leave);
  let conn: Local | undefined;
  try {
    conn = await open();
    stdout.write('\x1b[2J\x1b[H');
    const app = render(
      <ColourProvider colour={opts.colour}>
        <ClientProvider value={{ client: conn.client, where: conn.where }}>
          <App today={todayIso()} />
        </ClientProvider>
      </ColourProvider>,
      { exitOnCtrlC: false, patchConsole: true },
    );
    await app.waitUntilExit();
    return 0;
  } finally {
    leave();
    process.off('exit', leave);
    await conn?.close();
  }
}
