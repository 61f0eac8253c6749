import { getQueue } from '@renderer/db';
import { importQueue } from '@renderer/features/import/import-queue';
import { queueSourceFromUrl } from '@renderer/bridge/web-bridge';
import { useAppStore } from './app-store';
import { useTriageStore } from '@renderer/features/triage/triage-store';
import { throttledProgress } from './run-import';

/**
 * Benchmark hooks for scripts/bench (helper H7), installed only when the page URL has
 * `?bench=1`: `window.__poeBench.importQueueFromUrl(url)`, `.openClaim(claimId)`, `.nextClaim()`.
 * They drive the same code paths a reviewer does and resolve once the UI shows the result.
 */

const WAIT_LIMIT_MS = 30_000;

function waitFor(check: () => boolean, what: string): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) resolve();
      else if (performance.now() - started > WAIT_LIMIT_MS) reject(new Error(`bench: timed out waiting for ${what}`));
      else requestAnimationFrame(tick);
    };
    tick();
  });
}

function renderedClaimId(): string | null {
  return document.querySelector<HTMLElement>('.claim-view[data-claim-id]')?.dataset.claimId ?? null;
}

export function isBenchMode(search: string): boolean {
  return new URLSearchParams(search).get('bench') === '1';
}

export function installBench(): void {
  window.__poeBench = {
    async importQueueFromUrl(url) {
      const started = performance.now();
      // Marks let a profile split the time between reading/storing and showing the list.
      performance.mark('poe:import-start');
      const source = await queueSourceFromUrl(url, url, 'folder');
      const result = await importQueue(source, throttledProgress(source.label));
      performance.mark('poe:import-stored');
      useAppStore.getState().setImport(null, null);
      useAppStore.getState().openQueue(result.queueId);
      const queue = await getQueue(result.queueId);
      await waitFor(
        () =>
          document.querySelector('[role="table"][aria-label="Claims"] [role="row"][data-claim-id]') !== null ||
          (queue?.claimCount ?? 0) === 0,
        'the claim list',
      );
      performance.mark('poe:list-shown');
      return { ms: performance.now() - started, claims: queue?.claimCount ?? result.imported + result.updated };
    },
    async openClaim(claimId) {
      useAppStore.getState().openClaim(claimId);
      await waitFor(() => renderedClaimId() === claimId, `claim ${claimId}`);
    },
    async waitForTriage() {
      const started = performance.now();
      // Triage starts once the list shows the imported queue; wait for it to start, then to end.
      await new Promise<void>((resolve) => {
        const tick = () => {
          const t = useTriageStore.getState();
          const queueId = useAppStore.getState().queueId;
          if (t.queueId === queueId && !t.isRunning && t.total > 0 && t.done === t.total) resolve();
          else setTimeout(tick, 100);
        };
        tick();
      });
      const t = useTriageStore.getState();
      return { ms: performance.now() - started, done: t.done, failed: t.failed };
    },
    async nextClaim() {
      const before = renderedClaimId();
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
      await waitFor(() => renderedClaimId() !== before, 'the next claim');
    },
  };
}
