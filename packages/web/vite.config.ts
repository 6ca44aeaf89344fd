import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/** Where `pnpm dev` (or `pnpm services` + the API) serves GraphQL; the dev server proxies to it. */
const apiOrigin = process.env.API_ORIGIN ?? 'http://localhost:8000';

export default defineConfig({
  plugins: [react()],
  // The typed documents are read from packages/client's sources, so the site never needs it built first.
  resolve: { conditions: ['@career-navigator/source', ...defaultClientConditions] },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/graphql': { target: apiOrigin, changeOrigin: false } },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
