export * from './check-ledger';
export * from './fingerprint';
export * from './load-ledger';
