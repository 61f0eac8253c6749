import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { currentDecisionKinds, getClaimDetails, getQueue, joinClaimRow, listClaimSummaries } from '@renderer/db';
import { usePrefetchOnOpen } from '@renderer/features/claim/use-prefetch-on-open';
import type { ClaimDetailRow, ClaimRow, ClaimSummaryRow, QueueRow } from '@renderer/db/types';
import type { DecisionKind } from '@shared/decisions/types';
import { useAppStore } from './app-store';

const NO_ROWS: readonly ClaimRow[] = [];
/** Details read ahead of the claim in manifest order, so next/previous open without a wait. */
const READ_AHEAD = 3;
const CACHE_LIMIT = 200;

export interface QueueRows {
  /** null: no queue open; undefined: loading. */
  queue: QueueRow | null | undefined;
  /**
   * Every claim of the queue, in manifest order, with the list columns. Only the claim open in
   * the claim view carries its `claim`, `raw` and `documents`; the others have null, null and []
   * there, so the list holds 10,000 small rows instead of 10,000 whole claims. In the claim view,
   * rows stays empty until the open claim's details are read (the shell says "Loading claim");
   * the details of the claims around it are read ahead, so moving to the next is immediate.
   */
  rows: readonly ClaimRow[];
}

/**
 * The open queue's claims. The summary rows are read once per import (the queue row's importId
 * changes), not on every change to the claims; each saved decision instead re-reads only the
 * queue's current decisions (live) and overlays their kinds.
 */
export function useQueueRows(queueId: string | null): QueueRows {
  const queue = useLiveQuery(async () => (queueId ? ((await getQueue(queueId)) ?? null) : null), [queueId]);
  const importId = queue?.importId ?? null;
  const loadKey = `${queueId ?? ''}\u0000${importId ?? ''}`;
  const [loaded, setLoaded] = useState<{ key: string; rows: readonly ClaimRow[] } | null>(null);
  const claimId = useAppStore((s) => s.claimId);
  const isClaimView = useAppStore((s) => s.view === 'claim');
  const details = useDetailCache(loadKey);
  // The open claim's first document is read as it opens, from the details read ahead here.
  usePrefetchOnOpen(details.get);

  useEffect(() => {
    if (!queueId || !importId) return;
    let isCurrent = true;
    listClaimSummaries(queueId).then(
      (rows) => isCurrent && setLoaded({ key: loadKey, rows: rows.map(listRow) }),
      () => isCurrent && setLoaded({ key: loadKey, rows: NO_ROWS }),
    );
    return () => {
      isCurrent = false;
    };
  }, [queueId, importId, loadKey]);

  const decisions = useLiveQuery<Map<string, DecisionKind>>(
    () => (queueId ? currentDecisionKinds(queueId) : new Map<string, DecisionKind>()),
    [queueId],
  );

  const base = loaded && loaded.key === loadKey ? loaded.rows : NO_ROWS;
  const withKinds = useMemo<readonly ClaimRow[]>(() => {
    if (!decisions) return base;
    return base.map((row) => {
      const kind: ClaimRow['decisionKind'] = decisions.get(row.claimId) ?? 'none';
      return kind === row.decisionKind ? row : { ...row, decisionKind: kind };
    });
  }, [base, decisions]);

  // The highlighted row's details are read too (in the list), so Enter opens it at once.
  const index = claimId ? base.findIndex((r) => r.claimId === claimId) : -1;
  const wanted = index < 0 ? [] : base.slice(Math.max(0, index - 1), index + 1 + READ_AHEAD).map((r) => r.claimId);
  const wantedKey = wanted.join('\u0000');
  const { read, has } = details;
  useEffect(() => {
    const missing = wantedKey ? wantedKey.split('\u0000').filter((id) => !has(id)) : [];
    if (queueId && missing.length > 0) read(queueId, missing);
  }, [queueId, wantedKey, read, has]);

  // Only the claim view carries a claim's details; in the list, rows keep their identity as the
  // highlight moves (no re-filtering of 10,000 rows per arrow key).
  const openDetail = isClaimView && claimId ? details.get(claimId) : undefined;
  const rows = useMemo<readonly ClaimRow[]>(() => {
    if (!isClaimView || index < 0) return withKinds;
    // Not read yet: no rows rather than an open claim without its documents.
    if (openDetail === undefined) return NO_ROWS;
    const next = [...withKinds];
    next[index] = joinClaimRow(withKinds[index]!, openDetail ?? undefined);
    return next;
  }, [withKinds, isClaimView, index, openDetail]);

  return { queue: queueId ? queue : null, rows };
}

/**
 * Claim details by claim ID for one queue import (cleared when loadKey changes): undefined
 * while unread, null when the database has none. `read` fetches the given ones in one request
 * (those already on their way are skipped).
 */
function useDetailCache(loadKey: string) {
  const [state, setState] = useState<{ key: string; byId: ReadonlyMap<string, ClaimDetailRow | null> }>({ key: loadKey, byId: new Map() });
  const pending = useRef(new Set<string>());
  const byId = state.key === loadKey ? state.byId : null;
  const has = useMemo(() => (claimId: string) => byId?.has(claimId) ?? false, [byId]);
  const read = useMemo(
    () => (queueId: string, claimIds: string[]) => {
      const missing = claimIds.filter((id) => !pending.current.has(`${loadKey}\u0000${id}`));
      if (missing.length === 0) return;
      for (const id of missing) pending.current.add(`${loadKey}\u0000${id}`);
      const settle = (found: (ClaimDetailRow | undefined)[] | null) => {
        for (const id of missing) pending.current.delete(`${loadKey}\u0000${id}`);
        setState((prev) => {
          const next = new Map(prev.key === loadKey ? prev.byId : []);
          missing.forEach((id, i) => next.set(id, found?.[i] ?? null));
          // Oldest first in a Map: drop from the front past the limit.
          for (const id of next.keys()) if (next.size > CACHE_LIMIT) next.delete(id);
          return { key: loadKey, byId: next };
        });
      };
      getClaimDetails(queueId, missing).then(settle, () => settle(null));
    },
    [loadKey],
  );
  const get = useMemo(() => (claimId: string) => byId?.get(claimId), [byId]);
  return { get, has, read };
}

/** A summary as a list row: the detail fields stay empty until the claim opens. */
function listRow(summary: ClaimSummaryRow): ClaimRow {
  return joinClaimRow(summary, undefined);
}
