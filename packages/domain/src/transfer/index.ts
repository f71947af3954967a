export * from './check-references';
export * from './format-export';
export * from './import-row';
export * from './parse-import';
