import Dexie from 'dexie';
import type { z } from 'zod';
import { db } from './database';
import { claimKey, documentKey } from './keys';
import type { ChecklistDraftRow, ClaimRow, EngineCacheRow, QueueRow } from './types';

/** Queues, most recently imported first. */
export async function listQueues(): Promise<QueueRow[]> {
  const rows = await db.queues.toArray();
  return rows.sort((a, b) => b.importedAt.localeCompare(a.importedAt) || a.name.localeCompare(b.name));
}

export async function getQueue(queueId: string): Promise<QueueRow | undefined> {
  return db.queues.get(queueId);
}

/** A queue's claims in manifest order, read straight from the [queueId+order] index. */
export async function listClaims(queueId: string): Promise<ClaimRow[]> {
  return db.claims.where('[queueId+order]').between([queueId, Dexie.minKey], [queueId, Dexie.maxKey]).toArray();
}

export async function getClaim(queueId: string, claimId: string): Promise<ClaimRow | undefined> {
  return db.claims.get(claimKey(queueId, claimId));
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
