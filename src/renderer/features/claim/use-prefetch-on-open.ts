import { useEffect, useRef } from 'react';
import type { ClaimRow } from '@renderer/db/types';
import { useAppStore } from '@renderer/app/app-store';
import { prefetchForView } from '@renderer/features/viewer/prefetch';
import { viewerDocumentsOf } from './viewer-documents';

/**
 * As a claim opens (the store's claim changes, before the claim view is drawn), its first
 * document, the one the viewer shows, starts loading and its first screen being read
 * (`prefetchForView`); opening another claim, or going back to the list, ends that wish.
 */
export function usePrefetchOnOpen(rows: readonly ClaimRow[]): void {
  const latestRows = useRef(rows);
  useEffect(() => {
    latestRows.current = rows;
  }, [rows]);
  useEffect(() => {
    let opened: AbortController | null = null;
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.claimId === previous.claimId && state.view === previous.view) return;
      opened?.abort();
      opened = null;
      if (state.view !== 'claim' || !state.claimId) return;
      const row = latestRows.current.find((r) => r.claimId === state.claimId);
      const first = row ? viewerDocumentsOf(row)[0] : undefined;
      if (!first) return;
      opened = new AbortController();
      prefetchForView(first, opened.signal);
    });
    return () => {
      unsubscribe();
      opened?.abort();
    };
  }, []);
}
