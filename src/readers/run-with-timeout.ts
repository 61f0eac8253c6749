/**
 * Time budgets for readers. A budget cannot stop synchronous library code already running on
 * this thread (mammoth, exceljs): it only stops waiting for it. The callers that must bound CPU
 * (the CLI's worker_threads, the app's engine worker) terminate the whole worker; pdf.js work is
 * stopped for real by destroying its loading task (see `onTimeout`).
 */

export class ReaderTimeoutError extends Error {
  override name = 'ReaderTimeoutError';
  constructor(readonly ms: number) {
    super(`reading took longer than ${ms} ms and was stopped`);
  }
}

/**
 * Resolves with `work`, or rejects with ReaderTimeoutError after `ms`, calling `onTimeout`
 * first so the caller can destroy what is still running.
 */
export async function runWithTimeout<T>(work: Promise<T>, ms: number, onTimeout?: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      try {
        onTimeout?.();
      } finally {
        reject(new ReaderTimeoutError(ms));
      }
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Milliseconds left before `deadline` (epoch ms), never below a small floor so work can start. */
export function remainingMs(deadline: number, floor = 50): number {
  return Math.max(floor, deadline - Date.now());
}

/** Lets timers and other tasks run between chunks of synchronous work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
