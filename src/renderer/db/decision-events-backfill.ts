import type { Transaction } from 'dexie';
import { chainLogEvent } from '@shared/decision-log/chain';
import { eventBodyFromDecision } from '@shared/decision-log/from-decision';
import { logQueueOf } from '@shared/decision-log/team';
import type { LogEvent } from '@shared/decision-log/schema';
import type { DecisionEventRow, DecisionRow, QueueRow } from './types';

/**
 * Schema version 7: the events of decisions saved before it, chained per reviewer in save
 * order (their ruleset is not known: null). Runs inside the upgrade transaction.
 */
export async function backfillDecisionEvents(tx: Transaction): Promise<void> {
  const queues = new Map((await tx.table<QueueRow, string>('queues').toArray()).map((q) => [q.queueId, q]));
  const rows = (await tx.table<DecisionRow, string>('decisions').toArray()).sort((a, b) => a.savedSeq - b.savedSeq);
  const heads = new Map<string, LogEvent>();
  const out: DecisionEventRow[] = [];
  for (const row of rows) {
    const { savedSeq: _s, ...decision } = row;
    const queue = queues.get(row.queueId);
    const logQueueId = logQueueOf(queue ?? { queueId: row.queueId, name: row.queueId }).queueId;
    const key = `${logQueueId}\u0000${row.reviewer}`;
    const event = chainLogEvent(heads.get(key) ?? null, eventBodyFromDecision(decision, { logQueueId, ruleset: null }));
    heads.set(key, event);
    out.push({
      hash: event.hash,
      decisionId: event.decisionId,
      queueId: event.queueId,
      reviewer: event.reviewer,
      claimId: event.claimId,
      event,
      origin: 'local',
      source: null,
    });
  }
  await tx.table<DecisionEventRow, number>('decisionEvents').bulkAdd(out);
}
