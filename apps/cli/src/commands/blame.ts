import { parseWords } from '../args';
import type { CommandContext } from '../command-context';
import { formatAnswerHistory, formatLedgerChanges } from '../format/blame';
import { blameSpec } from '../spec/game-specs';
import { UsageError } from '../usage-error';
import { crossingFlags } from './question-flags';

/** `hutong blame …`: the revisions that changed an answer; `hutong blame changes`: every changed answer. */
export async function blameCommand(args: string[], { open, out }: CommandContext) {
  const { values: f, positionals } = parseWords(args, blameSpec.flags);
  if (positionals.length > 1 || (positionals[0] !== undefined && positionals[0] !== 'changes'))
    throw new UsageError(`hutong blame: expected a question or "changes", got "${positionals.join(' ')}"`);
  const span = { ...(f.since ? { from: f.since } : {}), ...(f.until ? { to: f.until } : {}) };
  // The revision log is needed, not just the ledger: open the store (or the server).
  const local = await open();
  try {
    if (positionals[0] === 'changes') {
      if (!f.since) throw new UsageError('hutong blame changes: --since INSTANT is required');
      const changes = await local.client.blame.changes.query({
        from: f.since,
        ...(f.until ? { to: f.until } : {}),
      });
      return void out.line(
        f.json ? JSON.stringify(changes, null, 2) : formatLedgerChanges(changes, out.style),
      );
    }
    const { todayIso } = await import('@hutong/domain/plain');
    const history = await local.client.blame.answer.query({
      ...crossingFlags(f),
      at: f.at ?? todayIso(),
      ...span,
    });
    out.line(f.json ? JSON.stringify(history, null, 2) : formatAnswerHistory(history, out.style));
  } finally {
    await local.close();
  }
}
