import { splitClaimRow } from './claim-split';
import type { ClaimDetailPageRow, ClaimPageRow, ClaimRow } from './types';

/**
 * Claims are stored in pages of consecutive claims (manifest order), one set of pages per import
 * (see ClaimPageRow). 500 keeps a page's details (what opening a claim reads) near 1 MB and a
 * 10,000-claim queue at 20 pages.
 */
export const CLAIM_PAGE_SIZE = 500;

/** Keys of one import's pages share this prefix; page numbers are zero-padded so keys sort in page order. */
export function importKeyPrefix(queueId: string, importId: string): string {
  return `${queueId}\u0000${importId}\u0000`;
}

export function claimPageKey(queueId: string, importId: string, page: number): string {
  return `${importKeyPrefix(queueId, importId)}${String(page).padStart(6, '0')}`;
}

/** The smallest and largest keys of one import's pages, for a primary-key range read. */
export function importKeyRange(queueId: string, importId: string): [string, string] {
  const prefix = importKeyPrefix(queueId, importId);
  return [prefix, `${prefix}\uffff`];
}

/** The summary and detail rows of one page of claims (rows in manifest order). */
export function buildClaimPage(
  queueId: string,
  importId: string,
  page: number,
  rows: readonly ClaimRow[],
): { summaries: ClaimPageRow; details: ClaimDetailPageRow } {
  const split = rows.map(splitClaimRow);
  const key = claimPageKey(queueId, importId, page);
  return {
    summaries: { key, queueId, importId, page, claimKeys: rows.map((r) => r.key), summaries: split.map((s) => s.summary) },
    details: { key, queueId, importId, page, details: split.map((s) => s.detail) },
  };
}

/** Every row of a queue as pages: rows sorted by manifest order, cut every CLAIM_PAGE_SIZE. */
export function buildClaimPages(
  queueId: string,
  importId: string,
  rows: readonly ClaimRow[],
): { summaries: ClaimPageRow; details: ClaimDetailPageRow }[] {
  const sorted = [...rows].sort((a, b) => a.order - b.order);
  const pages = [];
  for (let start = 0, page = 0; start < sorted.length; start += CLAIM_PAGE_SIZE, page++) {
    pages.push(buildClaimPage(queueId, importId, page, sorted.slice(start, start + CLAIM_PAGE_SIZE)));
  }
  return pages;
}

/** A fresh import ID: pages written under it stay invisible until the queue row points at it. */
export function newImportId(now = Date.now()): string {
  return `${now.toString(36)}-${crypto.randomUUID()}`;
}

/** When an import ID was made (ms since the epoch), or null for one that carries no time. */
export function importIdTime(importId: string): number | null {
  const match = /^([0-9a-z]{1,11})-[0-9a-f]{8}-/.exec(importId);
  return match ? parseInt(match[1]!, 36) : null;
}

/** The queue and import a page key belongs to (queue IDs are slugs: never a NUL). */
export function parseClaimPageKey(key: string): { queueId: string; importId: string } {
  const [queueId = '', importId = ''] = key.split('\u0000');
  return { queueId, importId };
}
