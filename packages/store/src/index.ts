export { createsEmbeddedStore } from './creates-store';
export { DEFAULT_DATA_DIR, DEFAULT_SCHEMA } from './defaults';
export { openStore } from './open-store';
export type { AppendOptions, LedgerSnapshot, Store, StoreOptions } from './store';
export { NewToken, TokenId, TokenInfo, TokenRole, type Tokens } from './tokens';
export { type ImportOptions, type ImportReport, importRows } from './transfer';
