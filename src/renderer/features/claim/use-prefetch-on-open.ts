import { useEffect, useRef } from 'react';
import { getClaimDetails } from '@renderer/db';
import type { ClaimDetailRow } from '@renderer/db/types';
import { useAppStore } from '@renderer/app/app-store';
import { prefetchForView } from '@renderer/features/viewer/prefetch';
import { whileEngineBusy, whileOpening } from '@renderer/features/checklist/engine-busy';
import { viewerDocumentsOf } from './viewer-documents';

/**
 * As a claim opens (the store's claim changes, before the claim view is drawn), its first
 * document, the one the viewer shows first, starts loading and its first screen being read
 * (`prefetchForView`). Its documents come from `knownDetail` (the list reads the highlighted
 * claim's neighbours ahead), else from the database. Opening another claim, or going back to the
 * list, ends that wish.
 */
export function usePrefetchOnOpen(knownDetail: (claimId: string) => ClaimDetailRow | null | undefined): void {
  const latest = useRef(knownDetail);
  useEffect(() => {
    latest.current = knownDetail;
  }, [knownDetail]);
  useEffect(() => {
    let opened: AbortController | null = null;
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.claimId === previous.claimId && state.view === previous.view && state.queueId === previous.queueId) return;
      opened?.abort();
      opened = null;
      const { queueId, claimId } = state;
      if (state.view !== 'claim' || !claimId || !queueId) return;
      const opening = new AbortController();
      opened = opening;
      const prefetch = (detail: ClaimDetailRow | null | undefined) => {
        const first = detail ? viewerDocumentsOf({ queueId, documents: detail.documents })[0] : undefined;
        return first && !opening.signal.aborted ? prefetchForView(first, opening.signal) : null;
      };
      // The first screen is what the reviewer waits on first: the engine and the triage wait for it.
      // Batches of the triage under way stop too (engine busy) once a first screen is being read.
      const known = latest.current(claimId);
      if (known !== undefined) {
        const reading = prefetch(known);
        if (reading) void whileEngineBusy(whileOpening(reading, opening.signal));
      } else {
        let hold: Promise<void> = Promise.resolve();
        const details = getClaimDetails(queueId, [claimId])
          .then(([detail]) => {
            const reading = prefetch(detail);
            if (reading) void whileEngineBusy(hold);
            return reading;
          })
          .catch(() => undefined);
        hold = whileOpening(details, opening.signal);
      }
    });
    return () => {
      unsubscribe();
      opened?.abort();
    };
  }, []);
}
