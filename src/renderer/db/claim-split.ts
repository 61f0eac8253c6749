import type { ClaimDetailRow, ClaimRow, ClaimSummaryRow } from './types';

/** A claim row as its two stored halves (list columns, and what only an open claim needs). */
export function splitClaimRow(row: ClaimRow): { summary: ClaimSummaryRow; detail: ClaimDetailRow } {
  const { claim, raw, documents, ...summary } = row;
  return { summary, detail: { key: row.key, queueId: row.queueId, claim, raw, documents } };
}

/**
 * The two halves joined. Both are written in one transaction, so a missing detail means a damaged
 * database: the claim then reads as one without a parsed claim or documents, not as an error.
 */
export function joinClaimRow(summary: ClaimSummaryRow, detail: ClaimDetailRow | undefined): ClaimRow {
  return { ...summary, claim: detail?.claim ?? null, raw: detail?.raw ?? null, documents: detail?.documents ?? [] };
}
