import Dexie from 'dexie';
import { DEFAULT_RULESET } from '@shared/checks/ruleset';
import { chainLogEvent } from '@shared/decision-log/chain';
import { eventBodyFromDecision } from '@shared/decision-log/from-decision';
import { logQueueOf, teamAssignmentOf } from '@shared/decision-log/team';
import type { LogEvent, LogEventBody, RulesetRef } from '@shared/decision-log/schema';
import type { Decision } from '@shared/decisions/types';
import { db } from './database';
import type { DecisionEventRow } from './types';

/**
 * The decision event store: the one interface features use for `poe-decisions/1` events, so a
 * replicated store (PouchDB, docs/TEAM-SCALE.md) can replace this Dexie one without touching
 * them. Events are only ever added; each reviewer's events are kept in chain order.
 */
export interface DecisionEventStore {
  /** Chains a local event after its reviewer's last one; inside the caller's rw transaction. */
  append(body: LogEventBody): Promise<LogEvent>;
  /** Adds events of a verified log (chain order kept), skipping ones already stored. */
  addVerified(events: readonly LogEvent[], source: string): Promise<{ added: number; skipped: number }>;
  /** A log queue's events, each reviewer's in chain order. */
  list(logQueueId: string): Promise<LogEvent[]>;
  /** Whether any of a log queue's events came from a log merged here (not made on this machine). */
  hasMerged(logQueueId: string): Promise<boolean>;
}

export const RULESET_REF: RulesetRef = { id: DEFAULT_RULESET.id, version: DEFAULT_RULESET.version };

export const decisionEvents: DecisionEventStore = {
  async append(body) {
    const tx = Dexie.currentTransaction;
    if (!tx || tx.mode !== 'readwrite' || !tx.storeNames.includes('decisionEvents')) {
      throw new Error('decision events must be appended inside a transaction that includes decisionEvents');
    }
    const head = await db.decisionEvents.where('[queueId+reviewer]').equals([body.queueId, body.reviewer]).last();
    const event = chainLogEvent(head?.event ?? null, body);
    await db.decisionEvents.add(toRow(event, 'local', null));
    return event;
  },
  async addVerified(events, source) {
    return db.transaction('rw', db.decisionEvents, async () => {
      const have = new Set(
        (
          await db.decisionEvents
            .where('hash')
            .anyOf(events.map((e) => e.hash))
            .toArray()
        ).map((r) => r.hash),
      );
      const fresh = events.filter((e) => !have.has(e.hash));
      await db.decisionEvents.bulkAdd(fresh.map((e) => toRow(e, 'imported', source)));
      return { added: fresh.length, skipped: events.length - fresh.length };
    });
  },
  async list(logQueueId) {
    // Entries of one index key come back in primary-key (seq) order: chain order per reviewer.
    return (await db.decisionEvents.where('queueId').equals(logQueueId).toArray()).map((r) => r.event);
  },
  async hasMerged(logQueueId) {
    const merged = await db.decisionEvents
      .where('queueId')
      .equals(logQueueId)
      .and((r) => r.origin === 'imported')
      .first();
    return merged !== undefined;
  },
};

/** The log event of a decision being recorded (its queue row gives the log queue). */
export async function appendDecisionEvent(decision: Decision, extra: { secondReviewOf?: string } = {}): Promise<LogEvent> {
  const queue = await db.queues.get(decision.queueId);
  const logQueue = logQueueOf(queue ?? { queueId: decision.queueId, name: decision.queueId });
  // A QC batch names, per claim, the first decision that this one second-reviews.
  const secondReviewOf = extra.secondReviewOf ?? teamAssignmentOf(queue?.header)?.secondReviewOf?.[decision.claimId];
  return decisionEvents.append(
    eventBodyFromDecision(decision, { logQueueId: logQueue.queueId, ruleset: RULESET_REF, ...(secondReviewOf ? { secondReviewOf } : {}) }),
  );
}

export function toRow(event: LogEvent, origin: DecisionEventRow['origin'], source: string | null): DecisionEventRow {
  return {
    hash: event.hash,
    decisionId: event.decisionId,
    queueId: event.queueId,
    reviewer: event.reviewer,
    claimId: event.claimId,
    event,
    origin,
    source,
  };
}
