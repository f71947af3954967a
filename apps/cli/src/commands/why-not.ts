import { todayIso } from '@hutong/domain/plain';
import { dateFlag, oneOf, parseFlags } from '../args';
import type { CommandContext } from '../command-context';
import { formatWhyNot } from '../format/why-not';
import { ledgerTitles } from '../ledger-titles';
import { whyNotSpec } from '../spec/query-specs';
import { VOCABULARIES } from '../spec/vocabulary';
import { crossingFlags, surfaceNote } from './question-flags';

/** `hutong why-not … --want open`: the rules in the way, and the smallest changes that would give the status. */
export async function whyNotCommand(args: string[], { read, out, io }: CommandContext) {
  const f = parseFlags(args, whyNotSpec.flags);
  const question = { ...crossingFlags(f), at: dateFlag(f.at ?? todayIso(), 'at') };
  const want = oneOf(
    f.want ?? 'open',
    VOCABULARIES.status as readonly ('open' | 'friction' | 'partial' | 'blocked')[],
    'want',
  );
  return read(async (client) => {
    const w = await client.decisions.whyNot.query({ question, want });
    if (f.surface === undefined) io.stderr(surfaceNote);
    out.line(f.json ? JSON.stringify(w, null, 2) : formatWhyNot(w, out.style, await ledgerTitles(client)));
  });
}
