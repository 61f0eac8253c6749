import { UndoSchema, type Undo } from '@shared/decisions/undo';
import { prepareAuditEvent } from './audit-log';
import { db } from './database';
import { revokedIds, toDecision } from './decisions';
import { decisionEvents, RULESET_REF } from './decision-events';
import { eventBodyFromUndo } from '@shared/decision-log/from-decision';
import { logQueueOf } from '@shared/decision-log/team';
import type { Decision } from './types';

/**
 * Records an undo: ONE transaction writes the undo row and its hash-chained audit event
 * ("decision-undone", naming the revoked decision) and its decision-log "undo" event; nothing
 * is edited or deleted. Idempotent by
 * undoId. Refuses an undo of a decision that does not exist or is already undone.
 */
export async function recordUndo(undo: Undo): Promise<'saved' | 'already-saved'> {
  const u = UndoSchema.parse(undo);
  return db.transaction('rw', [db.decisions, db.undos, db.audit, db.queues, db.decisionEvents], async () => {
    if (await db.undos.get(u.undoId)) return 'already-saved' as const;
    const target = await db.decisions.get(u.revokes);
    if (!target || target.queueId !== u.queueId || target.claimId !== u.claimId)
      throw new Error(`Nothing undone: decision ${u.revokes} of claim ${u.claimId} is not stored`);
    if ((await db.undos.where('revokes').equals(u.revokes).count()) > 0)
      throw new Error(`Nothing undone: the decision on claim ${u.claimId} was already undone`);
    const event = await prepareAuditEvent({
      type: 'decision-undone',
      actor: u.reviewer,
      queueId: u.queueId,
      claimId: u.claimId,
      payload: u,
    });
    await db.undos.add({ ...u, savedSeq: event.seq ?? 0 });
    await db.audit.add(event);
    // The decision log (poe-decisions/1) gets it as an "undo" event in the reviewer's chain.
    const queue = await db.queues.get(u.queueId);
    const logQueue = logQueueOf(queue ?? { queueId: u.queueId, name: u.queueId });
    await decisionEvents.append(eventBodyFromUndo(u, { logQueueId: logQueue.queueId, ruleset: RULESET_REF }));
    return 'saved' as const;
  });
}

/** The reviewer's latest decision in a queue that is not undone yet: what Undo takes back next. */
export async function lastUndoableDecision(queueId: string, reviewer: string): Promise<Decision | undefined> {
  return db.transaction('r', [db.decisions, db.undos], async () => {
    const revoked = await revokedIds(queueId);
    const mine = (await db.decisions.where('queueId').equals(queueId).toArray()).filter(
      (d) => d.reviewer === reviewer && !revoked.has(d.decisionId),
    );
    const last = mine.sort((a, b) => a.savedSeq - b.savedSeq).at(-1);
    return last ? toDecision(last) : undefined;
  });
}

/** IDs of a claim's undone decisions (for the history). */
export async function undoneDecisionIds(queueId: string, claimId: string): Promise<Set<string>> {
  return new Set((await db.undos.where('queueId').equals(queueId).toArray()).filter((u) => u.claimId === claimId).map((u) => u.revokes));
}
