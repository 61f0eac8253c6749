import { builtinModules } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The check and decisions commands, built for Node (ESM) into out/cli: the entry and the reader worker.
 * Dependencies stay external (loaded from node_modules at run time); our TypeScript and the
 * default ruleset JSON are bundled. bin/cli-build.mjs runs this build on demand. Plain .mjs so it
 * needs no TypeScript project of its own (tsconfig.node.json is not ours to extend).
 */
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8'));
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
const shimmed = ['@kenjiuno/msgreader'];
/** @param {string} id */
const external = (id) =>
  id.startsWith('node:') || builtinModules.includes(id) || (!shimmed.includes(id) && deps.some((d) => id === d || id.startsWith(`${d}/`)));

/** Writes out/cli/.built after a build, so bin/poe-check.mjs knows the build is current. */
const stamp = {
  name: 'poe-cli-stamp',
  /** @param {{ dir?: string }} options */
  writeBundle(options) {
    if (options.dir) writeFileSync(resolve(options.dir, '.built'), new Date().toISOString());
  },
};

export default defineConfig({
  plugins: [stamp],
  resolve: {
    alias: {
      // CommonJS with exports.default: see the shim for why the built command needs it.
      '@kenjiuno/msgreader': resolve(import.meta.dirname, 'src/cli/shims/msgreader.ts'),
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@readers': resolve(import.meta.dirname, 'src/readers'),
      '@main': resolve(import.meta.dirname, 'src/main'),
      '@renderer': resolve(import.meta.dirname, 'src/renderer'),
    },
  },
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: process.env.POE_CLI_OUT_DIR ?? 'out/cli',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'src/cli/index.ts'),
        'extract-worker': resolve(import.meta.dirname, 'src/cli/extract-worker.ts'),
        'engine-worker': resolve(import.meta.dirname, 'src/cli/engine-worker.ts'),
        'ocr-worker': resolve(import.meta.dirname, 'src/cli/ocr/tesseract-worker.ts'),
        decisions: resolve(import.meta.dirname, 'src/cli/decisions/index.ts'),
      },
      external,
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
