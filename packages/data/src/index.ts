export * from './check-curated';
export * from './fingerprint';
export * from './load-ledger';
