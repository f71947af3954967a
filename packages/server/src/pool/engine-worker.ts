import { parentPort } from 'node:worker_threads';
import { foldLedger, type Ledger, type LedgerIndex } from '@hutong/domain';
import { answerPieces, type HeavyTask, sendableError } from '@hutong/router/heavy';
import type { FromPool, ToPool } from './messages';

// One engine thread of the pool (engine-pool.ts): it folds each ledger it is sent once, keeps the last
// two (the live revision and one "as recorded at"), and answers tasks in pieces, at most `CREDIT`
// pieces ahead of what the pool has taken, so an answer never sits whole in either thread's memory.
const port = parentPort!;
const folded = new Map<number, LedgerIndex>();
const KEEP = 2;
let credit = 0;
let cancelled: number | null = null;
let wake: (() => void) | null = null;

port.on('message', (m: ToPool) => {
  if (m.type === 'more') credit += 1;
  else if (m.type === 'cancel') cancelled = m.id;
  else return void run(m);
  wake?.();
});

/** Pieces are gathered into chunks of about this many characters before they are sent. */
const CHUNK = 64 * 1024;

async function run(m: Extract<ToPool, { type: 'run' }>) {
  const send = (msg: FromPool) => port.postMessage(msg);
  try {
    const index = indexOf(m.key, m.ledger);
    credit = m.credit;
    cancelled = null;
    let chunk = '';
    for (const piece of answerPieces(m.task as HeavyTask, index, m.input as never, m.format)) {
      chunk += piece;
      if (chunk.length < CHUNK) continue;
      while (credit <= 0 && cancelled !== m.id) await new Promise<void>((r) => (wake = r));
      if (cancelled === m.id) return send({ type: 'done', id: m.id });
      credit -= 1;
      send({ type: 'chunk', id: m.id, text: chunk });
      chunk = '';
    }
    if (chunk) send({ type: 'chunk', id: m.id, text: chunk });
    send({ type: 'done', id: m.id });
  } catch (err) {
    send({ type: 'error', id: m.id, error: sendableError(err) });
  }
}

function indexOf(key: number, ledger: Ledger | undefined): LedgerIndex {
  const known = folded.get(key);
  if (known) {
    // Most recently used last, so the oldest is dropped first.
    folded.delete(key);
    folded.set(key, known);
    return known;
  }
  if (!ledger) throw new Error(`worker: ledger ${key} was never sent`);
  const index = foldLedger(ledger);
  folded.set(key, index);
  while (folded.size > KEEP) folded.delete(folded.keys().next().value!);
  return index;
}
