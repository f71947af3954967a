import type { LedgerSnapshot } from '../ledger-query';
import { dropLedgerSnapshot, snapshotStamp, writeLedgerSnapshot } from './snapshot-file';

export interface SnapshotKeeper {
  /** Call before an append starts: the file goes, since the log is about to move. */
  appending(): void;
  /** Call when an append ends, landed or not: once none is in flight, the file is written anew. */
  appended(): Promise<void>;
  /** On open: writes the file if it is missing or lags `head` (drops a lagging one it has no key for). */
  ensure(head: number): Promise<void>;
  /** Resolves once pending writes are done. */
  settle(): Promise<void>;
}

/**
 * Keeps `<dataDir>/ledger-snapshot.json` equal to the log or absent. Writes are serialised and each
 * reads the ledger when it runs, and none happens while an append is in flight, so the file can lag
 * the log only by not existing — a crash between a commit and the rewrite leaves no file, not a stale one.
 */
export function snapshotKeeper(
  dataDir: string,
  key: string | null,
  read: () => Promise<LedgerSnapshot>,
): SnapshotKeeper {
  let inFlight = 0;
  let queue: Promise<void> = Promise.resolve();
  const write = () => {
    queue = queue
      .then(async () => {
        if (key === null || inFlight > 0) return;
        const snap = await read();
        // Re-checked after the read: an append that started meanwhile has dropped the file and will write it.
        if (inFlight === 0) writeLedgerSnapshot(dataDir, key, snap);
      })
      .catch(() => dropLedgerSnapshot(dataDir));
    return queue;
  };
  return {
    appending() {
      inFlight++;
      dropLedgerSnapshot(dataDir);
    },
    appended() {
      inFlight--;
      return write();
    },
    async ensure(head) {
      const stamp = snapshotStamp(dataDir);
      if (key === null) {
        if (stamp && stamp.head !== head) dropLedgerSnapshot(dataDir);
        return;
      }
      if (stamp?.key !== key || stamp.head !== head) await write();
    },
    settle: () => queue,
  };
}
