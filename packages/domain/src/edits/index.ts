export * from './canonical-json';
export * from './edit-rules';
