import { useEffect, useRef } from 'react';
import { getClaim, getSetting, listQueues, removeAbandonedImports } from '@renderer/db';
import type { Bridge } from '@renderer/bridge/bridge';
import { NullableId, SETTINGS } from '@renderer/features/settings/settings';
import { useAppStore } from './app-store';
import { runImport } from './run-import';
import { isBenchMode } from './bench';
import { interruptedImportNotice, takeInterruptedImports } from '@renderer/features/import/import-mark';

/**
 * True while the reviewer has done nothing yet: no queue opened, no import started. Startup only
 * navigates then; a reviewer who clicked "Open sample queue" while the database was being read
 * is not pulled back to yesterday's claim when the read ends.
 */
function isUntouched(): boolean {
  const s = useAppStore.getState();
  return s.queueId === null && s.importProgress === null;
}

/**
 * First start lands on the bundled sample queue; later starts reopen the last queue and claim
 * (unless the reviewer already went elsewhere). Runs once per app (the ref survives StrictMode's
 * double effect).
 */
export function useStartup(bridge: Bridge): void {
  const hasStarted = useRef(false);
  useEffect(() => {
    if (hasStarted.current) return;
    hasStarted.current = true;
    void (async () => {
      try {
        // An import the last page did not finish (a reload, a closed window) is said, once.
        const interrupted = await takeInterruptedImports().catch(() => []);
        if (interrupted.length > 0) useAppStore.getState().warn(interrupted.map(interruptedImportNotice).join(' '));
        const queues = await listQueues();
        // In bench mode the benchmark imports its own queue: a sample import would skew its figures.
        // End-to-end tests that open their own queue skip it too (window.__poeFirstRunSkipsSample).
        if (queues.length === 0 && (isBenchMode(window.location.search) || window.__poeFirstRunSkipsSample === true)) return;
        if (queues.length === 0) {
          if (isUntouched()) await runImport('the sample queue', () => bridge.openSampleQueue());
          return;
        }
        const lastQueue = await getSetting<string | null>(SETTINGS.lastQueueId, null, NullableId);
        const queue = queues.find((q) => q.queueId === lastQueue) ?? queues[0];
        if (!queue) return;
        const lastClaim = await getSetting<string | null>(SETTINGS.lastClaimId, null, NullableId);
        const reopen = lastClaim !== null && (await getClaim(queue.queueId, lastClaim)) !== undefined;
        if (!isUntouched()) return;
        // Queue and claim in one step: the list does not flash up before the claim opens.
        useAppStore.getState().openQueueAt(queue.queueId, reopen ? lastClaim : null);
      } catch (error) {
        useAppStore.getState().warn(`Could not read the local database: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        // Housekeeping after the reviewer's start, never in its way: a failure only leaves space unreclaimed.
        removeAbandonedImports().catch(() => undefined);
      }
    })();
  }, [bridge]);
}
