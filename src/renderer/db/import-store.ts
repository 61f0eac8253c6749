import { appendAuditEvent, type AuditEventInput } from './audit-log';
import { bulkDb, db } from './database';
import { buildClaimPage, importIdTime, importKeyPrefix, parseClaimPageKey } from './claim-pages';
import { readSummaryPages } from './claim-reads';
import { documentKey } from './keys';
import type { ClaimRow, QueueRow } from './types';

/**
 * Writes used by the batched queue import (features/import). Kept here because only this folder
 * touches tables; the UI does not call these.
 */

/**
 * What a re-import must know, read cheaply (page rows and keys, not 10,000 detail rows): which
 * claims the queue lists now, and the SHA-256 stored for each document.
 */
export async function readImportBaseline(queueId: string): Promise<{ existingKeys: Set<string>; documentHashes: Map<string, string> }> {
  const pages = await db.transaction('r', [db.queues, db.claimPages], () => readSummaryPages(queueId));
  const existingKeys = new Set(pages.flatMap((page) => page.claimKeys));
  const documentHashes = new Map<string, string>();
  await db.documentBlobs
    .where('queueId')
    .equals(queueId)
    .each((row) => {
      if (row.sha256) documentHashes.set(row.path, row.sha256);
    });
  return { existingKeys, documentHashes };
}

/**
 * Puts one page of claims (summary and detail rows) in one relaxed-durability transaction. Not
 * visible to readers until finishImport points the queue at this import.
 */
export async function putClaimPage(queueId: string, importId: string, page: number, rows: readonly ClaimRow[]): Promise<void> {
  const built = buildClaimPage(queueId, importId, page, rows);
  await bulkDb.transaction('rw', [bulkDb.claimPages, bulkDb.claimDetailPages], async () => {
    await bulkDb.claimPages.put(built.summaries);
    await bulkDb.claimDetailPages.put(built.details);
  });
}

/**
 * Deletes a queue's claim pages of every import but `keepImportId`: the previous import's, once
 * the queue points at the new one, and those of an import that never finished.
 */
export async function removeOtherImports(queueId: string, keepImportId: string): Promise<number> {
  const keep = importKeyPrefix(queueId, keepImportId);
  return deleteClaimPages((key) => parseClaimPageKey(key).queueId === queueId && !key.startsWith(keep));
}

/** An import still writing is younger than this; older pages no queue points at are leftovers. */
export const ABANDONED_IMPORT_MS = 60 * 60 * 1000;

/**
 * Deletes claim pages no queue shows that were written over an hour ago: what an import killed
 * mid-way left behind (a crash, a closed window) for a queue not imported again since. Younger
 * pages may belong to an import running in another window, and are left alone.
 */
export async function removeAbandonedImports(now = Date.now()): Promise<number> {
  // The queue rows are read in the deleting transaction: no import can switch queues in between.
  return db.transaction('rw', [db.queues, db.claimPages, db.claimDetailPages], async () => {
    const current = new Map((await db.queues.toArray()).map((q) => [q.queueId, q.importId]));
    return deleteClaimPages((key) => {
      const { queueId, importId } = parseClaimPageKey(key);
      if (current.get(queueId) === importId) return false;
      const madeAt = importIdTime(importId);
      return madeAt === null || now - madeAt > ABANDONED_IMPORT_MS;
    });
  });
}

/**
 * Deletes the summary and detail pages whose key `isStale` picks, in one transaction; returns
 * the number of page rows deleted. Keys only: a detail page is large, and its key says all.
 */
async function deleteClaimPages(isStale: (key: string) => boolean): Promise<number> {
  return db.transaction('rw', [db.claimPages, db.claimDetailPages], async () => {
    let removed = 0;
    for (const table of [db.claimPages, db.claimDetailPages] as const) {
      const stale = (await table.toCollection().primaryKeys()).filter(isStale);
      await table.bulkDelete(stale);
      removed += stale.length;
    }
    return removed;
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

/**
 * Writes the queue row (pointing at the import's pages) and its 'queue-imported' audit event
 * together: the moment the queue shows the new claims.
 */
export async function finishImport(queue: QueueRow, event: Omit<AuditEventInput, 'type' | 'queueId' | 'claimId'>): Promise<void> {
  await db.transaction('rw', [db.queues, db.audit], async () => {
    await db.queues.put(queue);
    await appendAuditEvent({ ...event, type: 'queue-imported', queueId: queue.queueId, claimId: null });
  });
}
