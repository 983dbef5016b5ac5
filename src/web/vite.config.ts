import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The web app is served by `tally serve` from dist/web with a strict CSP: no inline
// scripts, so the module-preload polyfill (an inline script) is off.
export default defineConfig({
  root: here,
  base: '/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: { proxy: {} },
});
