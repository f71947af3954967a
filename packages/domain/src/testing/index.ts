export * from './answer-sheet';
export * from './honest-dates';
export * from './ledger-fixture';
export * from './one-truth';
export * from './opening-event';
export * from './oracle-check';
export * from './wechat-taobao';
export * from './widening';
