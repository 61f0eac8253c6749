import type { Table } from 'dexie';
import { db } from './database';
import { importKeyRange } from './claim-pages';
import { claimKey } from './keys';
import { restoreClaimDetail } from './claim-split';
import type { ClaimDetailRow, ClaimPageRow, StoredClaimDetail, StoredClaimSummary } from './types';

/**
 * Reading claims out of their pages (ClaimPageRow). Each function must run inside a transaction
 * over the tables it names, so the queue's current import and its pages are read together.
 * Pages never change once written (a re-import writes new ones under a new import ID), so
 * detail pages read recently are kept here and served again: next/previous claim usually
 * stays on the same page.
 */

const DETAIL_PAGES_KEPT = 3;
const detailPages = new Map<string, ReadonlyMap<string, StoredClaimDetail>>();

/** Needs: queues. */
export async function currentImportId(queueId: string): Promise<string | null> {
  return (await db.queues.get(queueId))?.importId ?? null;
}

/** The current import's pages of one table, in page order. Needs: queues and that table. */
async function currentPages<T, TInsert>(table: Table<T, string, TInsert>, queueId: string): Promise<T[]> {
  const importId = await currentImportId(queueId);
  if (importId === null) return [];
  const [from, to] = importKeyRange(queueId, importId);
  return table.where(':id').between(from, to, true, true).toArray();
}

/** The current import's summary pages, in page order. Needs: queues, claimPages. */
export function readSummaryPages(queueId: string): Promise<ClaimPageRow[]> {
  return currentPages(db.claimPages, queueId);
}

/** The current import's claim details (parsed claims derived again), in manifest order. Needs: queues, claimDetailPages. */
export async function readAllClaimDetails(queueId: string): Promise<ClaimDetailRow[]> {
  return (await currentPages(db.claimDetailPages, queueId)).flatMap((page) => page.details.map(restoreClaimDetail));
}

/**
 * Keys of the current import's pages holding each claim (one per claim found), from the
 * multi-entry index alone: no page is read. Needs: queues, claimPages.
 */
async function pageKeysOf(queueId: string, claimIds: readonly string[]): Promise<Map<string, string>> {
  const importId = await currentImportId(queueId);
  const byClaim = new Map<string, string>();
  if (importId === null || claimIds.length === 0) return byClaim;
  const [from] = importKeyRange(queueId, importId);
  // Index entries of every import holding a wanted claim: keep the current import's.
  await db.claimPages
    .where('claimKeys')
    .anyOf(claimIds.map((id) => claimKey(queueId, id)))
    .eachKey((key, cursor) => {
      const pageKey = cursor.primaryKey;
      if (typeof key === 'string' && typeof pageKey === 'string' && pageKey.startsWith(from)) byClaim.set(key, pageKey);
    });
  return byClaim;
}

/** One claim's stored summary, or undefined. Needs: queues, claimPages. */
export async function readClaimSummary(queueId: string, claimId: string): Promise<StoredClaimSummary | undefined> {
  const key = claimKey(queueId, claimId);
  const pageKey = (await pageKeysOf(queueId, [claimId])).get(key);
  const page = pageKey === undefined ? undefined : await db.claimPages.get(pageKey);
  return page?.summaries[page.claimKeys.indexOf(key)];
}

/** Claims' details in the order asked (undefined where none). Needs: queues, claimPages, claimDetailPages. */
export async function readClaimDetails(queueId: string, claimIds: readonly string[]): Promise<(ClaimDetailRow | undefined)[]> {
  const pageKeys = await pageKeysOf(queueId, claimIds);
  for (const pageKey of new Set(pageKeys.values())) {
    if (detailPages.has(pageKey)) continue;
    const page = await db.claimDetailPages.get(pageKey);
    // Shared by every reader from now on: frozen, so none can change another's copy.
    if (page) remember(pageKey, new Map(page.details.map((d) => [d.key, Object.freeze(d)])));
  }
  return claimIds.map((id) => {
    const key = claimKey(queueId, id);
    const pageKey = pageKeys.get(key);
    const stored = pageKey === undefined ? undefined : detailPages.get(pageKey)?.get(key);
    return stored && restoreClaimDetail(stored);
  });
}

function remember(pageKey: string, details: ReadonlyMap<string, StoredClaimDetail>): void {
  detailPages.delete(pageKey);
  detailPages.set(pageKey, details);
  // Oldest first in a Map: drop from the front past the limit.
  for (const key of detailPages.keys()) if (detailPages.size > DETAIL_PAGES_KEPT) detailPages.delete(key);
}
