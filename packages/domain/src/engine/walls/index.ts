export { lineage } from './wall-axes';
export * from './walls';
