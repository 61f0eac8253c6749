import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the Electron build (out/, built by `electron-vite build`) through
 * Playwright's `_electron`. Each test launches the app with a fresh --user-data-dir. Where the
 * Electron binary is not installed (it cannot be downloaded on the build machine) every test
 * is skipped with "Electron binary not installed: Electron end-to-end test skipped".
 * shell-in-chromium.spec.ts runs everywhere: the same renderer build under main's protocol
 * handler, CSP and IPC handlers, in Debian's Chromium.
 */
export default defineConfig({
  testDir: 'test/e2e-electron',
  // The shell-in-Chromium test imports main's modules, which use the @shared alias.
  tsconfig: './tsconfig.test.json',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/electron',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
