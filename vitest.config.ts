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

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts', 'vite/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    setupFiles: ['test/support/polyfills.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest's default in a run is one worker fewer than the cores: on CI's two cores, one worker,
    // and the suite ran file after file. Two use both cores.
    maxWorkers: 2,
    sequence: { sequencer: LongFirstSequencer },
  },
});
