import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { pdfjsAssets } from './vite/pdfjs-assets';
import { sampleQueueAsset } from './vite/sample-queue-asset';
import { tesseractAssets } from './vite/tesseract-assets';

/**
 * The renderer as a plain web build: the same UI with the browser bridge instead of the
 * preload. What the end-to-end tests drive, and what runs where no Electron binary exists.
 */
export default defineConfig({
  root: 'src/renderer',
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@renderer': resolve(import.meta.dirname, 'src/renderer'),
      '@readers': resolve(import.meta.dirname, 'src/readers'),
    },
  },
  define: { __POE_PLATFORM__: JSON.stringify('web') },
  plugins: [react(), pdfjsAssets(), tesseractAssets(), sampleQueueAsset()],
  build: { outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
});
