/**
 * What every package shipped outside the repo is built as: ESM for Node from the oldest supported
 * release (package.json `engines`), `.js` files, no config file read, quiet unless something is wrong.
 */
export const NODE_BUNDLE = {
  config: false,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  fixedExtension: false,
  logLevel: 'warn',
} as const;
