export * from './answer-sheet';
export * from './ledger-fixture';
export * from './one-truth';
export * from './wechat-taobao';
