// The console's build: `vite build console` → console/dist, served by the API at /console/
// (api/console-static.ts). Only the public REST API is used, through the same origin.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/console/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Hashed file names: the API caches them as immutable.
    assetsDir: 'assets',
    sourcemap: false,
    reportCompressedSize: true,
    // The budget that matters is 300 kB gzipped for the first load (checked by test/e2e).
    chunkSizeWarningLimit: 600,
  },
});
