import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getQueue, listClaims, listCurrentDecisions } from '@renderer/db';
import type { ClaimRow, QueueRow } from '@renderer/db/types';
import type { DecisionKind } from '@shared/decisions/types';

const NO_ROWS: readonly ClaimRow[] = [];

export interface QueueRows {
  /** null: no queue open; undefined: loading. */
  queue: QueueRow | null | undefined;
  rows: readonly ClaimRow[];
}

/**
 * The open queue's claims. Reading 10,000 full claim rows costs the main thread ~0.5 s, so the
 * rows are read once per import (the queue row's importedAt changes), not on every change to
 * the claims table; each saved decision instead re-reads only the queue's current decisions
 * (live) and overlays their kinds on the rows.
 */
export function useQueueRows(queueId: string | null): QueueRows {
  const queue = useLiveQuery(async () => (queueId ? ((await getQueue(queueId)) ?? null) : null), [queueId]);
  const importedAt = queue?.importedAt ?? null;
  const [loaded, setLoaded] = useState<{ key: string; rows: readonly ClaimRow[] } | null>(null);
  const loadKey = `${queueId ?? ''}\u0000${importedAt ?? ''}`;

  useEffect(() => {
    if (!queueId || !importedAt) return;
    let isCurrent = true;
    listClaims(queueId).then(
      (rows) => isCurrent && setLoaded({ key: loadKey, rows }),
      () => isCurrent && setLoaded({ key: loadKey, rows: NO_ROWS }),
    );
    return () => {
      isCurrent = false;
    };
  }, [queueId, importedAt, loadKey]);

  const decisions = useLiveQuery<Map<string, DecisionKind>>(async () => {
    if (!queueId) return new Map<string, DecisionKind>();
    const current = await listCurrentDecisions(queueId);
    return new Map<string, DecisionKind>(current.map((d) => [d.claimId, d.kind] as const));
  }, [queueId]);

  const base = loaded && loaded.key === loadKey ? loaded.rows : NO_ROWS;
  const rows = useMemo<readonly ClaimRow[]>(() => {
    if (!decisions) return base;
    return base.map((row) => {
      const kind: ClaimRow['decisionKind'] = decisions.get(row.claimId) ?? 'none';
      return kind === row.decisionKind ? row : { ...row, decisionKind: kind };
    });
  }, [base, decisions]);

  return { queue: queueId ? queue : null, rows };
}
