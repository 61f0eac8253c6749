import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

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
  },
});
