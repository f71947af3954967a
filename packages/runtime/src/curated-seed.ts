import { ledgerFingerprint, loadLedger } from '@hutong/data';

/**
 * The curated ledger as a store's seed, with its fingerprint as the key of the snapshot the embedded
 * store keeps beside it (so the CLI can read without PGlite).
 */
export const curatedSeed = () => ({ seed: loadLedger(), snapshotKey: ledgerFingerprint() });
