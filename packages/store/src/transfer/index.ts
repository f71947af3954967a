export * from './import-rows';
export * from './plan-import';
