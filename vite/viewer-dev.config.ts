import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { pdfjsAssets } from './pdfjs-assets';

const root = resolve(import.meta.dirname, '..');

/** Throwaway harness for the document viewer (H4): `npx vite build --config vite/viewer-dev.config.ts`, then serve out/viewer-dev. */
export default defineConfig({
  root: resolve(root, 'src/renderer/features/viewer/dev'),
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(root, 'src/shared'),
      '@renderer': resolve(root, 'src/renderer'),
      '@readers': resolve(root, 'src/readers'),
    },
  },
  define: { __POE_PLATFORM__: JSON.stringify('web') },
  plugins: [react(), pdfjsAssets()],
  build: { outDir: resolve(root, 'out/viewer-dev'), emptyOutDir: true },
});
