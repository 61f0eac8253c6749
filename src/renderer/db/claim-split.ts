import type { DecisionKind } from '@shared/decisions/types';
import { ClaimSchema } from '@shared/queue/claim-schema';
import type { ClaimDetailRow, ClaimRow, ClaimSummaryRow, StoredClaimDetail, StoredClaimSummary } from './types';

/**
 * A claim row as its two stored halves (list columns, and what only an open claim needs). The
 * parsed claim is not stored: it is ClaimSchema's reading of the raw claim (restoreClaimDetail).
 */
export function splitClaimRow(row: ClaimRow): { summary: StoredClaimSummary; detail: StoredClaimDetail } {
  const { claim, raw, documents, decisionKind: _decisionKind, ...summary } = row;
  return { summary, detail: { key: row.key, queueId: row.queueId, raw, isValid: claim !== null, documents } };
}

/**
 * A stored detail with its parsed claim derived again from the raw claim, exactly as the import
 * validated it (the same schema, no context: duplicates were marked not valid at import). Should
 * a later version's schema refuse a claim an earlier one accepted, the claim reads as invalid
 * (raw kept) until the queue is imported again.
 */
export function restoreClaimDetail(stored: StoredClaimDetail): ClaimDetailRow {
  const parsed = stored.isValid ? ClaimSchema.safeParse(stored.raw) : null;
  return {
    key: stored.key,
    queueId: stored.queueId,
    claim: parsed?.success ? parsed.data : null,
    raw: stored.raw,
    documents: stored.documents,
  };
}

/** A stored summary with the claim's current decision kind (read from the decisions table). */
export function withDecisionKind(summary: StoredClaimSummary, kind: DecisionKind | undefined): ClaimSummaryRow {
  return { ...summary, decisionKind: kind ?? 'none' };
}

/**
 * The two halves joined. Both are written in one transaction, so a missing detail means a damaged
 * database: the claim then reads as one without a parsed claim or documents, not as an error.
 */
export function joinClaimRow(summary: ClaimSummaryRow, detail: ClaimDetailRow | undefined): ClaimRow {
  return { ...summary, claim: detail?.claim ?? null, raw: detail?.raw ?? null, documents: detail?.documents ?? [] };
}
