/** Outcome of work run under a time budget. */
export type Budgeted<T> = { status: 'ok'; value: T; ms: number } | { status: 'timed-out'; ms: number };

export interface Clock {
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Waits for `work` at most `budgetMs`. When the budget runs out, `onTimeout` is called (it should
 * destroy the loading task or cancel the render so the worker stops), the result is
 * `timed-out`, and whatever `work` does later is ignored. A rejection within the budget is passed on.
 * Hostile PDFs must end in a clear state instead of hanging the viewer.
 */
export function withTimeBudget<T>(
  work: Promise<T>,
  budgetMs: number,
  onTimeout: () => void,
  clock: Clock = realClock,
): Promise<Budgeted<T>> {
  const started = clock.now();
  return new Promise<Budgeted<T>>((resolve, reject) => {
    let settled = false;
    const timer = clock.setTimeout(() => {
      if (settled) return;
      settled = true;
      try {
        onTimeout();
      } catch {
        // Stopping failed (e.g. the worker is already gone): the work is abandoned either way.
      }
      resolve({ status: 'timed-out', ms: clock.now() - started });
    }, budgetMs);
    work.then(
      (value) => {
        if (settled) return;
        settled = true;
        clock.clearTimeout(timer);
        resolve({ status: 'ok', value, ms: clock.now() - started });
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        clock.clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
