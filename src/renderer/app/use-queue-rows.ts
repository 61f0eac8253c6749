import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getClaimDetail, getQueue, joinClaimRow, listClaimSummaries, listCurrentDecisions } from '@renderer/db';
import type { ClaimDetailRow, ClaimRow, ClaimSummaryRow, QueueRow } from '@renderer/db/types';
import type { DecisionKind } from '@shared/decisions/types';
import { useAppStore } from './app-store';

const NO_ROWS: readonly ClaimRow[] = [];
/** Summary rows read per transaction: each read stays a short task even for 10,000 claims. */
const PAGE_SIZE = 2000;

export interface QueueRows {
  /** null: no queue open; undefined: loading. */
  queue: QueueRow | null | undefined;
  /**
   * Every claim of the queue, in manifest order, with the list columns. Only the claim open in
   * the claim view carries its `claim`, `raw` and `documents`; the others have null, null
   * and [] there, so the list holds 10,000 small rows instead of 10,000 whole claims. While the
   * open claim's details load in the claim view, rows is empty (the shell says "Loading claim").
   */
  rows: readonly ClaimRow[];
}

/**
 * The open queue's claims. The summary rows are read once per import (the queue row's
 * importedAt changes), a page at a time, not on every change to the claims; each saved decision
 * instead re-reads only the queue's current decisions (live) and overlays their kinds.
 */
export function useQueueRows(queueId: string | null): QueueRows {
  const queue = useLiveQuery(async () => (queueId ? ((await getQueue(queueId)) ?? null) : null), [queueId]);
  const importedAt = queue?.importedAt ?? null;
  const loadKey = `${queueId ?? ''}\u0000${importedAt ?? ''}`;
  const [loaded, setLoaded] = useState<{ key: string; rows: readonly ClaimRow[] } | null>(null);
  const claimId = useAppStore((s) => s.claimId);
  const isClaimView = useAppStore((s) => s.view === 'claim');
  const [detail, setDetail] = useState<{ key: string; row: ClaimDetailRow | null } | null>(null);
  // Only the claim view needs a claim's details; in the list, rows keep their identity as the
  // highlight moves (no re-filtering of 10,000 rows per arrow key).
  const openClaimId = isClaimView ? claimId : null;
  const detailKey = `${loadKey}\u0000${openClaimId ?? ''}`;

  useEffect(() => {
    if (!queueId || !importedAt) return;
    let isCurrent = true;
    readSummaries(queueId, () => isCurrent).then(
      (rows) => isCurrent && setLoaded({ key: loadKey, rows: rows.map(listRow) }),
      () => isCurrent && setLoaded({ key: loadKey, rows: NO_ROWS }),
    );
    return () => {
      isCurrent = false;
    };
  }, [queueId, importedAt, loadKey]);

  useEffect(() => {
    if (!queueId || !importedAt || !openClaimId) return;
    let isCurrent = true;
    getClaimDetail(queueId, openClaimId).then(
      (row) => isCurrent && setDetail({ key: detailKey, row: row ?? null }),
      () => isCurrent && setDetail({ key: detailKey, row: null }),
    );
    return () => {
      isCurrent = false;
    };
  }, [queueId, importedAt, openClaimId, detailKey]);

  const decisions = useLiveQuery<Map<string, DecisionKind>>(async () => {
    if (!queueId) return new Map<string, DecisionKind>();
    const current = await listCurrentDecisions(queueId);
    return new Map<string, DecisionKind>(current.map((d) => [d.claimId, d.kind] as const));
  }, [queueId]);

  const base = loaded && loaded.key === loadKey ? loaded.rows : NO_ROWS;
  const withKinds = useMemo<readonly ClaimRow[]>(() => {
    if (!decisions) return base;
    return base.map((row) => {
      const kind: ClaimRow['decisionKind'] = decisions.get(row.claimId) ?? 'none';
      return kind === row.decisionKind ? row : { ...row, decisionKind: kind };
    });
  }, [base, decisions]);

  const openDetail = detail && detail.key === detailKey ? detail.row : undefined;
  const rows = useMemo<readonly ClaimRow[]>(() => {
    if (!openClaimId) return withKinds;
    const index = withKinds.findIndex((r) => r.claimId === openClaimId);
    if (index < 0) return withKinds;
    // Not loaded yet: no rows rather than an open claim without its documents.
    if (openDetail === undefined) return NO_ROWS;
    const next = [...withKinds];
    next[index] = joinClaimRow(withKinds[index]!, openDetail ?? undefined);
    return next;
  }, [withKinds, openClaimId, openDetail]);

  return { queue: queueId ? queue : null, rows };
}

async function readSummaries(queueId: string, isCurrent: () => boolean): Promise<ClaimSummaryRow[]> {
  const out: ClaimSummaryRow[] = [];
  let from = 0;
  for (;;) {
    const page = await listClaimSummaries(queueId, from, PAGE_SIZE);
    out.push(...page);
    const last = page.at(-1);
    if (page.length < PAGE_SIZE || last === undefined || !isCurrent()) return out;
    from = last.order + 1;
    // Lets input and paint run between pages.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** A summary as a list row: the detail fields stay empty until the claim opens. */
function listRow(summary: ClaimSummaryRow): ClaimRow {
  return joinClaimRow(summary, undefined);
}
