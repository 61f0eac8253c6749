/// <reference types="vite/client" />

/** Set by the Vite configs: "web" for the browser build, absent (undefined) in Electron's renderer build. */
declare const __POE_PLATFORM__: 'web' | 'electron' | undefined;

interface PoeBench {
  /** Imports the queue whose queue.json is at `url` (files.json beside it lists the files). */
  importQueueFromUrl(url: string): Promise<{ ms: number; claims: number }>;
  /** Opens a claim of the active queue; resolves once its view has rendered. */
  openClaim(claimId: string): Promise<void>;
  /** Waits until the background triage has checked every claim of the open queue. */
  waitForTriage(): Promise<{ ms: number; done: number; failed: number }>;
  /** Moves to the next claim in the list; resolves once its view has rendered. */
  nextClaim(): Promise<void>;
}

interface Window {
  /** Benchmark hooks, only with `?bench=1` in the page URL (see src/renderer/app/bench.ts). */
  __poeBench?: PoeBench;
  /**
   * Set by the end-to-end tests before the page loads (test/support/e2e-fixtures.ts) for tests that
   * are not about the background checks: the run starts paused, as if the reviewer had pressed Pause.
   */
  __poeTriageStartsPaused?: boolean;
  /**
   * Set by the end-to-end tests before the page loads (test/support/e2e-fixtures.ts) for tests that
   * open their own queue: a first run with an empty database lands on the start screen, as after
   * closing the sample, instead of importing the bundled sample queue.
   */
  __poeFirstRunSkipsSample?: boolean;
}
