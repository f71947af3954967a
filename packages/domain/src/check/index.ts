export * from './check-ledger';
