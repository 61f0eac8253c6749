import { toDecisionLogCsv, toDecisionLogJson, type DecisionLogClaim } from '@shared/decisions/export';
import { auditHead } from './audit-log';
import { db } from './database';
import { currentOf, listDecisionRowsByClaim, toDecision } from './decisions';
import { listClaims } from './repositories';

/**
 * Builds the decision log of one queue. Read-only: an export is not written to the audit chain,
 * because that would move the head and make two exports of the same records differ (the
 * export itself carries the head hash and count instead, as the anchor for later checks).
 * Reads happen in one read-only transaction, so the log is a consistent snapshot.
 */
export async function exportDecisionLog(
  queueId: string,
  format: 'csv' | 'json',
  appVersion: string,
): Promise<{ filename: string; content: string; mimeType: string }> {
  const snapshot = await db.transaction('r', [db.queues, db.claimPages, db.claimDetailPages, db.decisions, db.audit], async () => {
    const queue = await db.queues.get(queueId);
    const claims = await listClaims(queueId);
    const byClaim = await listDecisionRowsByClaim(queueId);
    const head = await auditHead();
    return { queue, claims, byClaim, head };
  });
  const claimsById = new Map(snapshot.claims.map((c) => [c.claimId, c]));
  const decided: DecisionLogClaim[] = [];
  for (const [claimId, rows] of snapshot.byClaim) {
    const current = currentOf(rows);
    if (!current) continue;
    const claim = claimsById.get(claimId);
    decided.push({ claimId, order: claim?.order ?? null, current: toDecision(current), history: rows.map(toDecision), raw: claim?.raw ?? null });
  }
  const input = {
    queue: { queueId, name: snapshot.queue?.name ?? queueId, header: snapshot.queue?.header ?? {} },
    claims: decided,
    audit: snapshot.head,
    appVersion,
  };
  const base = `${queueId}-decisions`;
  return format === 'csv'
    ? { filename: `${base}.csv`, content: toDecisionLogCsv(input), mimeType: 'text/csv;charset=utf-8' }
    : { filename: `${base}.json`, content: toDecisionLogJson(input), mimeType: 'application/json' };
}
