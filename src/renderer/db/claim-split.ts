import type { DecisionKind } from '@shared/decisions/types';
import type { ClaimDetailRow, ClaimRow, ClaimSummaryRow, StoredClaimSummary } from './types';

/** A claim row as its two stored halves (list columns, and what only an open claim needs). */
export function splitClaimRow(row: ClaimRow): { summary: StoredClaimSummary; detail: ClaimDetailRow } {
  const { claim, raw, documents, decisionKind: _decisionKind, ...summary } = row;
  return { summary, detail: { key: row.key, queueId: row.queueId, claim, raw, documents } };
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
