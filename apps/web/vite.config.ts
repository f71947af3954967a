import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

export default defineConfig(({ mode }) => {
  // In dev, Vite proxies the API; in production the API server serves dist/ on its own port.
  const api = loadEnv(mode, '.', 'HUTONG_').HUTONG_API ?? 'http://127.0.0.1:3000';
  return {
    plugins: [react()],
    resolve: { conditions: ['source'] },
    server: { proxy: { '/trpc': api, '/health': api, '/feeds': api } },
    build: {
      target: 'es2022',
      rolldownOptions: {
        // The domain package's URL resolver pulls in tldts (public-suffix data) at module level; the
        // browser never resolves URLs itself, so let unused domain code and tldts be dropped.
        treeshake: {
          moduleSideEffects: (id: string) => !/[\\/](tldts[^\\/]*|packages[\\/]domain)[\\/]/.test(id),
        },
      },
    },
  };
});
