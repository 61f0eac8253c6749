import { importQueue } from '@renderer/features/import/import-queue';
import type { ImportProgress, ImportResult } from '@renderer/db/types';
import type { QueueSource } from '@shared/queue/queue-source';
import { setSetting } from '@renderer/db';
import { SETTINGS } from '@renderer/features/settings/settings';
import { useQueueListStore } from '@renderer/features/queue-list/queue-list-store';
import { withImportMark } from '@renderer/features/import/import-mark';
import { useAppStore } from './app-store';

/** React updates of the progress bar at most this often: the import itself must not wait on renders. */
const PROGRESS_INTERVAL_MS = 120;

export function throttledProgress(label: string): (p: ImportProgress) => void {
  let last = 0;
  return (progress) => {
    const now = performance.now();
    if (now - last < PROGRESS_INTERVAL_MS && progress.phase !== 'done') return;
    last = now;
    useAppStore.getState().setImport(label, progress);
  };
}

/** Runs an import from a source the caller obtains; reports progress, result and errors. */
export async function runImport(label: string, getSource: () => Promise<QueueSource | null>): Promise<ImportResult | null> {
  const store = useAppStore.getState();
  if (store.importProgress) {
    store.warn(`An import (${store.importLabel ?? 'queue'}) is still running; wait for it to finish.`);
    return null;
  }
  store.setImport(label, { phase: 'reading', done: 0, total: 0 });
  try {
    const source = await getSource();
    if (!source) return null;
    store.setImport(source.label, { phase: 'reading', done: 0, total: 0 });
    const result = await withImportMark(source.label, () => importQueue(source, throttledProgress(source.label)));
    useQueueListStore.getState().reset();
    useAppStore.getState().openQueue(result.queueId);
    await setSetting(SETTINGS.lastQueueId, result.queueId);
    await setSetting(SETTINGS.lastClaimId, null);
    const invalid = result.invalid > 0 ? `, ${result.invalid} invalid` : '';
    const issues = result.issues.length > 0 ? `; ${result.issues.length} import issue${result.issues.length === 1 ? '' : 's'}` : '';
    useAppStore.getState().announce(`Imported "${result.name}": ${result.imported + result.updated} claims${invalid}${issues}`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Errors from the queue sources already start with the file's name; do not say it twice.
    const named = message.startsWith(label) || message.startsWith(`"${label}"`);
    useAppStore.getState().warn(named ? message : `Could not open ${label}: ${message}`);
    return null;
  } finally {
    useAppStore.getState().setImport(null, null);
  }
}
