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

/** Longest the opening claim's first screen holds the engine and the triage back. */
export const OPENING_HOLD_MS = 2_000;
let opening: Promise<void> = Promise.resolve();
let openings = 0;

/**
 * A claim opening: until `work` settles (its details read and, for a .docx or .xlsx, its first
 * screen: what the reviewer waits on first), at most OPENING_HOLD_MS, or until `signal` (another
 * claim opened), the claim's own engine run waits (`openingSettled`) before it loads its
 * documents and its worker, and the background triage starts no batch (`isOpening`). Called as
 * the claim opens, before the previous claim's run is cancelled: a triage worker started in
 * between loaded its 3.3 MB script and held the database while the document's bytes were read.
 * Returns when the hold ends; the caller marks the engine busy for it (`whileEngineBusy`) once a
 * first screen is being read, so that batches under way stop too.
 */
export function whileOpening(work: Promise<unknown>, signal: AbortSignal): Promise<void> {
  openings += 1;
  const settled = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, OPENING_HOLD_MS);
    const end = () => {
      clearTimeout(timer);
      resolve();
    };
    work.then(end, end);
    signal.addEventListener('abort', end, { once: true });
  }).then(() => {
    openings -= 1;
  });
  opening = settled;
  return settled;
}

/** Whether a claim is opening (see `whileOpening`). */
export function isOpening(): boolean {
  return openings > 0;
}

/** Resolves once the claim opening last has its first screen read (see `whileOpening`); at once if none is. */
export function openingSettled(): Promise<void> {
  return opening;
}
