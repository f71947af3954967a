import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The component tests run the real router in-process, and with it the Node-side packages (store,
 * data) that find their files with `new URL('…', import.meta.url)`. Vite's browser transform would
 * turn that into a web address; here it stays the file's own URL, as under Node.
 */
const nodeFileUrls: Plugin = {
  name: 'hutong:node-file-urls',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/](packages|apps[\\/]api)[\\/]/.test(id) || id.includes('node_modules')) return;
    if (!code.includes('import.meta.url')) return;
    return code.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(id.split('?')[0]!).href));
  },
};

export default defineConfig({
  plugins: [nodeFileUrls, react()],
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-support/setup.ts'],
    // Above the setup's 10 s wait for what the router answers, on a busy machine.
    testTimeout: 30_000,
  },
});
