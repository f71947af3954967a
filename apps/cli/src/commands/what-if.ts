import { readFile } from 'node:fs/promises';
import { describeIssues, LedgerOverlay } from '@hutong/domain';
import { z } from 'zod';
import { dateFlag, parseFlags, required } from '../args';
import type { CommandContext } from '../command-context';
import { formatWhatIf } from '../format/what-if';
import { ledgerTitles } from '../ledger-titles';
import { whatIfSpec } from '../spec/query-specs';
import { UsageError } from '../usage-error';

/** `hutong what-if --without IDS (--at D | --from D1 --to D2)`: the ledger's answers beside the counterfactual's. */
export async function whatIfCommand(args: string[], { read, out }: CommandContext) {
  const f = parseFlags(args, whatIfSpec.flags);
  const without = (f.without ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const added = f.with === undefined ? { without: [], with: [] } : await readOverlay(f.with);
  if (!without.length && !added.with.length && !added.without.length)
    throw new UsageError('give --without IDS (comma-separated event ids) or --with FILE');
  if (f.at !== undefined && (f.from !== undefined || f.to !== undefined))
    throw new UsageError('give --at DATE, or --from DATE --to DATE, not both');
  const dates =
    f.from !== undefined || f.to !== undefined
      ? { from: dateFlag(required(f.from, 'from'), 'from'), to: dateFlag(required(f.to, 'to'), 'to') }
      : { at: dateFlag(required(f.at, 'at'), 'at') };
  if ((f.host === undefined) !== (f.target === undefined))
    throw new UsageError('give --host and --target together (the openness pair)');
  const openness = f.host !== undefined ? { host: f.host, target: f.target! } : undefined;
  return read(async (client) => {
    const w = await client.analysis.whatIf.query({
      without: [...new Set([...added.without, ...without])],
      with: added.with,
      ...dates,
      ...(openness ? { openness } : {}),
    });
    out.line(f.json ? JSON.stringify(w, null, 2) : formatWhatIf(w, out.style, await ledgerTitles(client)));
  });
}

/** A JSON array of events, or an overlay object such as a why-not change's `apply`. */
const OverlayFile = z.union([
  z.array(z.unknown()).transform((events) => ({ with: events })),
  z.looseObject({}),
]);

async function readOverlay(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`--with: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`--with: ${path} is not JSON`);
  }
  const shaped = OverlayFile.safeParse(json);
  if (!shaped.success)
    throw new UsageError(`--with: ${path} must hold a JSON array of events or an object {"without", "with"}`);
  const parsed = LedgerOverlay.safeParse(shaped.data);
  if (!parsed.success) {
    throw new UsageError(`--with: ${describeIssues(parsed.error.issues, { limit: 1, root: path })}`);
  }
  return parsed.data;
}
