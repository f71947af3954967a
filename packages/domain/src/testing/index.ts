export * from './ledger-fixture';
export * from './one-truth';
