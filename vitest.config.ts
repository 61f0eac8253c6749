import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import LongFirstSequencer from './vitest.sequencer';

const alias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer'),
  '@main': resolve(import.meta.dirname, 'src/main'),
  '@readers': resolve(import.meta.dirname, 'src/readers'),
  '@test': resolve(import.meta.dirname, 'test/support'),
};

const ALL = ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts', 'vite/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}'];

/**
 * Test files that each get fresh modules (vitest's default isolation): the renderer, main and
 * preload layers (module mocks, jsdom, stubbed globals and timers, one fake IndexedDB per module
 * graph) and the two other files that mock modules. Every other file (engine, readers, cli, node,
 * structure tests, scripts) imports its modules without mocking them and leaves no global
 * behind: those run in one module cache per worker ('shared-modules'), so pdf.js, the engine, zod
 * schemas and the readers are evaluated once per worker, not once per file. Measured on src/shared
 * alone (41 files): 68 s of CPU isolated, 33 s shared, same 385 tests passing.
 * worker-pool's tests measure their process's memory, so they too get a process of their own.
 * A new test file that mocks a module (vi.mock), stubs a global or uses fake timers goes here.
 */
const ISOLATED = [
  'src/renderer/**/*.test.{ts,tsx}',
  'src/main/**/*.test.ts',
  'src/preload/**/*.test.ts',
  'src/readers/corpus.test.ts',
  'scripts/installer/packaging.test.mjs',
  'src/cli/worker-pool.test.ts',
];

export default defineConfig({
  resolve: { alias },
  test: {
    environment: 'node',
    setupFiles: ['test/support/polyfills.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest's default in a run is one worker fewer than the cores: on CI's two cores, one worker,
    // and the suite ran file after file. Two use both cores.
    maxWorkers: 2,
    sequence: { sequencer: LongFirstSequencer },
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
      { extends: true, test: { name: 'shared-modules', include: ALL, exclude: ISOLATED, isolate: false } },
    ],
  },
});
