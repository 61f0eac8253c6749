/**
 * A mark that an import is running, kept while it runs and cleared when it ends (done or failed).
 * A page reloaded or closed mid-import never clears it, so the next start finds it and says the
 * import was interrupted: its claims were never switched in (import-queue.ts writes the queue row
 * last), but the reviewer must know it did not happen. Each running import also holds a Web Lock
 * of its own, so another window's import, still running, is not taken for an interrupted one.
 */

const PREFIX = 'poe-import-running:';

interface ImportMark {
  label: string;
  startedAt: string;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage blocked (a privacy setting): imports run unmarked.
    return null;
  }
}

function lockName(id: string): string {
  return `poe-import:${id}`;
}

/** Runs `work` with the import marked as running; the mark goes when it ends, whichever way. */
export async function withImportMark<T>(label: string, work: () => Promise<T>): Promise<T> {
  const id = crypto.randomUUID();
  const run = async (): Promise<T> => {
    const mark: ImportMark = { label, startedAt: new Date().toISOString() };
    try {
      storage()?.setItem(PREFIX + id, JSON.stringify(mark));
    } catch {
      // Storage full: the import runs unmarked.
    }
    try {
      return await work();
    } finally {
      storage()?.removeItem(PREFIX + id);
    }
  };
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request(lockName(id), run) : run();
}

/**
 * Imports that were running when the page went away: their marks, with no window holding their
 * lock. Each is removed as it is reported, so it is said once.
 */
export async function takeInterruptedImports(): Promise<ImportMark[]> {
  const store = storage();
  if (!store) return [];
  const locks = globalThis.navigator?.locks;
  const held = new Set(locks ? ((await locks.query()).held ?? []).map((l) => l.name) : []);
  const found: ImportMark[] = [];
  for (const key of Object.keys(store)) {
    if (!key.startsWith(PREFIX)) continue;
    const id = key.slice(PREFIX.length);
    if (held.has(lockName(id))) continue;
    const raw = store.getItem(key);
    store.removeItem(key);
    try {
      const mark = JSON.parse(raw ?? '') as Partial<ImportMark>;
      found.push({ label: String(mark.label ?? 'a queue'), startedAt: String(mark.startedAt ?? '') });
    } catch {
      found.push({ label: 'a queue', startedAt: '' });
    }
  }
  return found;
}

/** The notice for an interrupted import: what happened, what was kept, what to do. */
export function interruptedImportNotice(mark: ImportMark): string {
  const time = /T(\d\d:\d\d)/.exec(mark.startedAt)?.[1];
  const started = time ? ` (started ${time} UTC)` : '';
  return (
    `The import of "${mark.label}"${started} was interrupted: the page was reloaded or closed before it finished. ` +
    'None of its claims were kept; the queue shows what it showed before. Open the queue again to import it.'
  );
}
