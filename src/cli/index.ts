import { main } from './main';

/**
 * Entry of the built command (out/cli/index.js): bin/poe-check.mjs imports it and calls `run`.
 * The reader worker is built beside it as extract-worker.js.
 */
export function run(argv: string[]): Promise<number> {
  return main(argv, new URL('./extract-worker.js', import.meta.url));
}
