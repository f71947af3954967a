export { lineage } from './wall-axes';
export { wallCells } from './wall-matrix';
export * from './walls';
