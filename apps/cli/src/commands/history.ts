import { parseFlags } from '../args';
import type { CommandContext } from '../command-context';
import { formatHistory } from '../format/history';
import { ledgerTitles } from '../ledger-titles';
import { historySpec } from '../spec/query-specs';
import { crossingFlags, surfaceNote } from './question-flags';

/** `hutong history`: every status a crossing has had, with dates, uncertainty windows and deciding events. */
export async function historyCommand(args: string[], { read, out, io }: CommandContext) {
  const f = parseFlags(args, historySpec.flags);
  const crossing = crossingFlags(f);
  return read(async (client) => {
    const history = await client.decisions.history.query(crossing);
    if (f.surface === undefined) io.stderr(surfaceNote);
    out.line(
      f.json
        ? JSON.stringify(history, null, 2)
        : formatHistory(history, out.style, await ledgerTitles(client)),
    );
  });
}
