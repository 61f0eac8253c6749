import type { DecisionKind } from '@shared/decisions/types';
import { appendAuditEvent, type AuditEventInput } from './audit-log';
import { bulkDb, db } from './database';
import { currentOf, listDecisionRowsByClaim } from './decisions';
import { splitClaimRow } from './claim-split';
import { claimKey, documentKey } from './keys';
import type { ClaimRow, QueueRow } from './types';

/**
 * Writes used by the batched queue import (features/import). Kept here because only this folder
 * touches tables; the UI does not call these.
 */

/**
 * What a re-import must know, read cheaply (keys and small rows, not 10,000 full claim rows):
 * which claims exist, the SHA-256 stored for each document, and each claim's current decision.
 */
export async function readImportBaseline(
  queueId: string,
): Promise<{ existingKeys: Set<string>; documentHashes: Map<string, string>; decisionKinds: Map<string, DecisionKind> }> {
  const existingKeys = new Set(await db.claimSummaries.where('queueId').equals(queueId).primaryKeys());
  const documentHashes = new Map<string, string>();
  await db.documentBlobs.where('queueId').equals(queueId).each((row) => {
    if (row.sha256) documentHashes.set(row.path, row.sha256);
  });
  const decisionKinds = new Map<string, DecisionKind>();
  for (const [claimId, list] of await listDecisionRowsByClaim(queueId)) {
    const current = currentOf(list);
    if (current) decisionKinds.set(claimId, current.kind);
  }
  return { existingKeys, documentHashes, decisionKinds };
}

/** Puts one batch of claim rows, summary and detail halves, in one (relaxed-durability) transaction. */
export async function putClaimBatch(rows: readonly ClaimRow[]): Promise<void> {
  const split = rows.map(splitClaimRow);
  await bulkDb.transaction('rw', [bulkDb.claimSummaries, bulkDb.claimDetails], async () => {
    await bulkDb.claimSummaries.bulkPut(split.map((s) => s.summary));
    await bulkDb.claimDetails.bulkPut(split.map((s) => s.detail));
  });
}

/**
 * Sets each claim row's decisionKind from the decisions as they are now, in one transaction
 * with the decisions table: a decision recorded while the import was writing batches (which
 * carry the kinds read before the import) is not lost.
 */
export async function reconcileDecisionKinds(queueId: string, planned: ReadonlyMap<string, DecisionKind | 'none'>): Promise<number> {
  return db.transaction('rw', [db.claimSummaries, db.decisions], async () => {
    const byClaim = await listDecisionRowsByClaim(queueId);
    let fixed = 0;
    for (const [claimId, plannedKind] of planned) {
      const kind = currentOf(byClaim.get(claimId) ?? [])?.kind ?? 'none';
      if (kind !== plannedKind) fixed += await db.claimSummaries.update(claimKey(queueId, claimId), { decisionKind: kind });
    }
    return fixed;
  });
}

/** Deletes claim rows of a queue that the new manifest no longer lists (their decisions stay). */
export async function removeClaimsNotIn(queueId: string, keep: ReadonlySet<string>): Promise<number> {
  return db.transaction('rw', [db.claimSummaries, db.claimDetails], async () => {
    const keys = await db.claimSummaries.where('queueId').equals(queueId).primaryKeys();
    const stale = keys.filter((k) => !keep.has(k));
    if (stale.length > 0) {
      await db.claimSummaries.bulkDelete(stale);
      await db.claimDetails.bulkDelete(stale);
    }
    return stale.length;
  });
}

/** Deletes stored documents of a queue that its new manifest no longer lists (or that are gone). */
export async function removeDocumentBlobsNotIn(queueId: string, keepPaths: ReadonlySet<string>): Promise<number> {
  const keep = new Set([...keepPaths].map((p) => documentKey(queueId, p)));
  const stale = (await db.documentBlobs.where('queueId').equals(queueId).primaryKeys()).filter((k) => !keep.has(k));
  if (stale.length > 0) await db.documentBlobs.bulkDelete(stale);
  return stale.length;
}

export async function putDocumentBlob(queueId: string, path: string, blob: Blob, sha256: string): Promise<void> {
  await db.documentBlobs.put({ key: documentKey(queueId, path), queueId, path, blob, sha256 });
}

/** Writes the queue row and its 'queue-imported' audit event together. */
export async function finishImport(queue: QueueRow, event: Omit<AuditEventInput, 'type' | 'queueId' | 'claimId'>): Promise<void> {
  await db.transaction('rw', [db.queues, db.audit], async () => {
    await db.queues.put(queue);
    await appendAuditEvent({ ...event, type: 'queue-imported', queueId: queue.queueId, claimId: null });
  });
}
