import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { pdfjsAssets } from './vite/pdfjs-assets';
import { tesseractAssets } from './vite/tesseract-assets';

const alias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer'),
  '@main': resolve(import.meta.dirname, 'src/main'),
  '@readers': resolve(import.meta.dirname, 'src/readers'),
};

export default defineConfig({
  main: {
    resolve: { alias },
    // Bundle main's few dependencies (zod, fflate): the installers then ship no node_modules
    // (electron-builder.config.mjs excludes them), only out/.
    build: { outDir: 'out/main', externalizeDeps: false },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only electron and a few built-ins: bundle zod into it.
      externalizeDeps: false,
      // A sandboxed window can only load a CommonJS preload.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'src/renderer',
    resolve: { alias },
    plugins: [react(), pdfjsAssets(), tesseractAssets()],
    build: { outDir: 'out/renderer', rolldownOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') } },
  },
});
