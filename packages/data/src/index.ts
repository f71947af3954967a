export * from './check-ledger';
export * from './load-ledger';
export * from './fingerprint';
