import { buildDecisionLog, serializeDecisionLog } from '@shared/decision-log/chain';
import { chainsOf, interleave } from '@shared/decision-log/merge';
import { logQueueOf, teamAssignmentOf } from '@shared/decision-log/team';
import { toDecisionLogCsv, type DecisionLogClaim } from '@shared/decisions/export';
import { auditHead } from './audit-log';
import { db } from './database';
import { decisionEvents } from './decision-events';
import { currentOf, listDecisionRowsByClaim, revokedIds, toDecision } from './decisions';
import { listClaims } from './repositories';

/**
 * Builds the decision log of one queue: CSV (one row per decided claim, for people) or the
 * `poe-decisions/1` JSON (every event of the queue's log, each reviewer's hash chain, sealed).
 * Read-only: an export is not written to the audit chain, because that would move the head and
 * make two exports of the same records differ (the export itself carries the head hash and
 * count instead, as the anchor for later checks). Reads happen in one read-only transaction, so
 * the log is a consistent snapshot.
 */
export async function exportDecisionLog(
  queueId: string,
  format: 'csv' | 'json',
  appVersion: string,
): Promise<{ filename: string; content: string; mimeType: string }> {
  const snapshot = await db.transaction(
    'r',
    [db.queues, db.claimPages, db.claimDetailPages, db.decisions, db.audit, db.decisionEvents, db.undos],
    async () => {
      const queue = await db.queues.get(queueId);
      const claims = await listClaims(queueId);
      const byClaim = await listDecisionRowsByClaim(queueId);
      const head = await auditHead();
      const logQueue = logQueueOf(queue ?? { queueId, name: queueId });
      const events = await decisionEvents.list(logQueue.queueId);
      const revoked = await revokedIds(queueId);
      return { queue, claims, byClaim, head, logQueue, events, revoked };
    },
  );
  const claimsById = new Map(snapshot.claims.map((c) => [c.claimId, c]));
  const base = `${queueId}-decisions`;
  if (format === 'json') {
    const decidedIds = [...new Set(snapshot.events.map((e) => e.claimId))].sort();
    const batch = teamAssignmentOf(snapshot.queue?.header);
    const log = buildDecisionLog({
      queue: snapshot.logQueue,
      events: interleave([...chainsOf(snapshot.events).values()]),
      claims: decidedIds.filter((id) => claimsById.has(id)).map((claimId) => ({ claimId, claim: claimsById.get(claimId)?.raw ?? null })),
      extra: {
        appVersion,
        audit: snapshot.head,
        ...(batch ? { batch: { batchId: batch.batchId, name: batch.batchName, reviewer: batch.reviewer } } : {}),
      },
    });
    return { filename: `${base}.json`, content: serializeDecisionLog(log), mimeType: 'application/json' };
  }
  const decided: DecisionLogClaim[] = [];
  for (const [claimId, rows] of snapshot.byClaim) {
    const current = currentOf(rows, snapshot.revoked);
    if (!current) continue;
    const claim = claimsById.get(claimId);
    decided.push({
      claimId,
      order: claim?.order ?? null,
      current: toDecision(current),
      history: rows.map(toDecision),
      raw: claim?.raw ?? null,
    });
  }
  const input = {
    queue: { queueId, name: snapshot.queue?.name ?? queueId, header: snapshot.queue?.header ?? {} },
    claims: decided,
    audit: snapshot.head,
    appVersion,
  };
  return { filename: `${base}.csv`, content: toDecisionLogCsv(input), mimeType: 'text/csv;charset=utf-8' };
}
