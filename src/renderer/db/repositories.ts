import Dexie from 'dexie';
import type { z } from 'zod';
import { db } from './database';
import { joinClaimRow } from './claim-split';
import { claimKey, documentKey } from './keys';
import type { ChecklistDraftRow, ClaimDetailRow, ClaimRow, ClaimSummaryRow, EngineCacheRow, QueueRow } from './types';

/** Queues, most recently imported first. */
export async function listQueues(): Promise<QueueRow[]> {
  const rows = await db.queues.toArray();
  return rows.sort((a, b) => b.importedAt.localeCompare(a.importedAt) || a.name.localeCompare(b.name));
}

export async function getQueue(queueId: string): Promise<QueueRow | undefined> {
  return db.queues.get(queueId);
}

/**
 * A queue's claims in manifest order, whole (summary and detail joined), in one transaction.
 * For exports and tests; the list reads listClaimSummaries instead, which is far lighter.
 */
export async function listClaims(queueId: string): Promise<ClaimRow[]> {
  return db.transaction('r', [db.claimSummaries, db.claimDetails], async () => {
    const summaries = await listClaimSummaries(queueId);
    const details = await db.claimDetails.bulkGet(summaries.map((s) => s.key));
    return summaries.map((summary, i) => joinClaimRow(summary, details[i]));
  });
}

/** A queue's list columns in manifest order, read straight from the [queueId+order] index. */
export async function listClaimSummaries(queueId: string, fromOrder?: number, limit?: number): Promise<ClaimSummaryRow[]> {
  const range = db.claimSummaries.where('[queueId+order]').between([queueId, fromOrder ?? Dexie.minKey], [queueId, Dexie.maxKey], true, true);
  return limit === undefined ? range.toArray() : range.limit(limit).toArray();
}

/** The bulky halves of claims (parsed claim, raw value, documents), read when a claim opens. */
export async function getClaimDetails(queueId: string, claimIds: readonly string[]): Promise<(ClaimDetailRow | undefined)[]> {
  return db.claimDetails.bulkGet(claimIds.map((id) => claimKey(queueId, id)));
}

export async function getClaim(queueId: string, claimId: string): Promise<ClaimRow | undefined> {
  const key = claimKey(queueId, claimId);
  return db.transaction('r', [db.claimSummaries, db.claimDetails], async () => {
    const summary = await db.claimSummaries.get(key);
    return summary ? joinClaimRow(summary, await db.claimDetails.get(key)) : undefined;
  });
}

/** The bytes of a document as stored at import (undefined when missing, refused or unsupported). */
export async function getDocumentBlob(queueId: string, path: string): Promise<Blob | undefined> {
  return (await db.documentBlobs.get(documentKey(queueId, path)))?.blob;
}

export async function getChecklistDraft(queueId: string, claimId: string): Promise<ChecklistDraftRow | undefined> {
  return db.checklistDrafts.get(claimKey(queueId, claimId));
}

/** Saves the reviewer's working checklist; the key is always derived from queue and claim. */
export async function saveChecklistDraft(row: ChecklistDraftRow): Promise<void> {
  await db.checklistDrafts.put({ ...row, key: claimKey(row.queueId, row.claimId) });
}

/**
 * A setting, or `fallback` when unset. With `schema`, a stored value of the wrong shape (older
 * versions, hand edits) also gives the fallback instead of a value of the wrong type.
 */
export async function getSetting<T>(key: string, fallback: T, schema?: z.ZodType<T>): Promise<T> {
  const row = await db.settings.get(key);
  if (row === undefined) return fallback;
  if (schema) {
    const parsed = schema.safeParse(row.value);
    return parsed.success ? parsed.data : fallback;
  }
  return row.value as T;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export async function getEngineReport(key: string): Promise<EngineCacheRow | undefined> {
  return db.engineCache.get(key);
}

export async function putEngineReport(row: EngineCacheRow): Promise<void> {
  await db.engineCache.put(row);
}
