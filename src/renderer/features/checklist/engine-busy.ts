/**
 * Whether the open claim's engine run is under way: the reviewer is waiting on it, so the
 * background triage holds its claims until it is done (see triage-runner).
 */
let running = 0;
const listeners = new Set<(isBusy: boolean) => void>();

export function isEngineBusy(): boolean {
  return running > 0;
}

/** Calls `listener` each time the engine turns busy or idle; returns the unsubscribe. */
export function onEngineBusy(listener: (isBusy: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks the engine busy until `work` settles; returns `work`. */
export function whileEngineBusy<T>(work: Promise<T>): Promise<T> {
  running += 1;
  if (running === 1) for (const l of [...listeners]) l(true);
  const done = () => {
    running -= 1;
    if (running === 0) for (const l of [...listeners]) l(false);
  };
  work.then(done, done);
  return work;
}
