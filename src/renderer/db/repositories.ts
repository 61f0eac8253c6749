import type { z } from 'zod';
import { bulkDb, db } from './database';
import { readAllClaimDetails, readClaimDetails, readClaimSummary, readSummaryPages } from './claim-reads';
import { joinClaimRow, withDecisionKind } from './claim-split';
import { currentDecisionKinds, getCurrentDecision } from './decisions';
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
  return db.transaction('r', [db.queues, db.claimPages, db.claimDetailPages, db.decisions, db.undos], async () => {
    const summaries = await listClaimSummaries(queueId);
    const details = new Map((await readAllClaimDetails(queueId)).map((d) => [d.key, d] as const));
    return summaries.map((summary) => joinClaimRow(summary, details.get(summary.key)));
  });
}

/** A queue's list columns in manifest order, each with its current decision kind. */
export async function listClaimSummaries(queueId: string): Promise<ClaimSummaryRow[]> {
  return db.transaction('r', [db.queues, db.claimPages, db.decisions, db.undos], async () => {
    const pages = await readSummaryPages(queueId);
    const kinds = await currentDecisionKinds(queueId);
    return pages.flatMap((page) => page.summaries.map((summary) => withDecisionKind(summary, kinds.get(summary.claimId))));
  });
}

/** The bulky halves of claims (parsed claim, raw value, documents), read when a claim opens. */
export async function getClaimDetails(queueId: string, claimIds: readonly string[]): Promise<(ClaimDetailRow | undefined)[]> {
  return db.transaction('r', [db.queues, db.claimPages, db.claimDetailPages], () => readClaimDetails(queueId, claimIds));
}

export async function getClaim(queueId: string, claimId: string): Promise<ClaimRow | undefined> {
  return db.transaction('r', [db.queues, db.claimPages, db.claimDetailPages, db.decisions, db.undos], async () => {
    const summary = await readClaimSummary(queueId, claimId);
    if (!summary) return undefined;
    const [detail] = await readClaimDetails(queueId, [claimId]);
    return joinClaimRow(withDecisionKind(summary, (await getCurrentDecision(queueId, claimId))?.kind), detail);
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

/**
 * Engine reports of a batch of claims in one relaxed-durability transaction (triage): a cache,
 * recomputed if a power cut loses it, so it skips the flush a strict commit waits for.
 */
export async function putEngineReports(rows: readonly EngineCacheRow[]): Promise<void> {
  if (rows.length > 0) await bulkDb.engineCache.bulkPut([...rows]);
}
