// The read model: the live view the follower keeps at the store's head, and ledgers "as recorded at".
// The router declares what it needs of these (FoldedLedger, RecordedAt) and the runtime implements it.
export { type Follower, followStore } from './follow-store';
export { LedgerView } from './ledger-view';
export { estimatedBytes, RecordedLedgers, type RecordedLedgersOptions } from './recorded-ledgers';
