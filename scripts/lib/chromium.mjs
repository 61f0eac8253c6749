/**
 * Debian's Chromium as the end-to-end tests and the benchmarks launch it: one path and one list
 * of flags, so a test and a benchmark run the same browser the same way.
 */

/** The browser binary; POE_CHROMIUM points elsewhere. */
export const CHROMIUM = process.env['POE_CHROMIUM'] ?? '/usr/bin/chromium';

/** Flags that keep Chromium off the network (its background connections are refused here). */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]);
