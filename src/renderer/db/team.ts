import { buildDecisionLog } from '@shared/decision-log/chain';
import { chainsOf, interleave, mergeDecisionLogs, type LogInput } from '@shared/decision-log/merge';
import type { LogEvent, LogQueue } from '@shared/decision-log/schema';
import type { DecisionKind } from '@shared/decisions/types';
import { db } from './database';
import { decisionEvents, RULESET_REF } from './decision-events';
import { listClaims, getDocumentBlob } from './repositories';
import type { TeamBatchRow } from './types';

/**
 * The lead's side of a team queue: the batches written for reviewers, the reviewers' logs
 * merged into the decision event store, and settlements. Events go through the one
 * DecisionEventStore (decision-events.ts), so a replicated store can replace it.
 */

export async function listTeamBatches(queueId: string): Promise<TeamBatchRow[]> {
  const rows = await db.teamBatches.where('queueId').equals(queueId).toArray();
  return rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.name < b.name ? -1 : 1));
}

/** Records batches written (one transaction, committed before it resolves). */
export async function saveTeamBatches(rows: readonly TeamBatchRow[]): Promise<void> {
  await db.transaction('rw', db.teamBatches, () => db.teamBatches.bulkPut([...rows]));
}

export interface BatchFiles {
  /** The claims as their manifest had them, in queue order. */
  claims: unknown[];
  /** The stored documents of those claims. */
  documents: { path: string; blob: Blob }[];
  /** Documents listed by the claims but not stored (missing or refused at import): named. */
  missing: string[];
}

/** What a batch .zip carries: the claims' manifest entries and their documents' bytes. */
export async function readBatchFiles(queueId: string, claimIds: readonly string[]): Promise<BatchFiles> {
  const wanted = new Set(claimIds);
  const rows = (await listClaims(queueId)).filter((r) => wanted.has(r.claimId) && r.duplicateOf === undefined);
  const documents: BatchFiles['documents'] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const doc of row.documents) {
      if (seen.has(doc.path)) continue;
      seen.add(doc.path);
      const blob = await getDocumentBlob(queueId, doc.path);
      if (blob) documents.push({ path: doc.path, blob });
      else missing.push(doc.path);
    }
  }
  return { claims: rows.map((r) => r.raw), documents, missing };
}

/** The events of a team queue, each reviewer's in chain order. */
export function listLogEvents(logQueueId: string): Promise<LogEvent[]> {
  return decisionEvents.list(logQueueId);
}

/** The events of a team queue when some came from reviewers' logs merged here; null when none did. */
export async function listMergedLogEvents(logQueueId: string): Promise<LogEvent[] | null> {
  return (await decisionEvents.hasMerged(logQueueId)) ? decisionEvents.list(logQueueId) : null;
}

export interface LogImport {
  source: string;
  /** Accepted: events it brought that were not merged before (0 when merged already). */
  added?: number;
  events?: number;
  /** Refused: why (nothing of it is stored). */
  refused?: string;
}

const MERGED = '(the logs merged before)';

/**
 * Merges reviewers' logs into the team queue's events, one file at a time against everything
 * merged so far: each is verified (chain, seal) and refused with the reason when broken, of
 * another queue, or forking a reviewer's chain already merged. A refused file changes nothing;
 * a file merged twice adds nothing.
 */
export async function importDecisionLogs(logQueue: LogQueue, inputs: readonly LogInput[]): Promise<LogImport[]> {
  const results: LogImport[] = [];
  for (const input of inputs) {
    const have = await decisionEvents.list(logQueue.queueId);
    const base: LogInput[] =
      have.length > 0
        ? [{ source: MERGED, data: buildDecisionLog({ queue: logQueue, events: interleave([...chainsOf(have).values()]) }) }]
        : [];
    const merged = mergeDecisionLogs([...base, input], { queueId: logQueue.queueId });
    const refusedInput = merged.refused.find((r) => r.source === input.source);
    const refusedBase = merged.refused.find((r) => r.source === MERGED);
    if (refusedInput || refusedBase || !merged.log) {
      const reason = refusedInput?.reason ?? `it does not fit the logs merged before: ${refusedBase?.reason ?? 'no events'}`;
      results.push({ source: input.source, refused: reason });
      continue;
    }
    const stored = await decisionEvents.addVerified(merged.log.events, input.source);
    const accepted = merged.accepted.find((a) => a.source === input.source);
    results.push({ source: input.source, added: stored.added, events: accepted?.events ?? 0 });
  }
  return results;
}

export interface Settlement {
  logQueueId: string;
  claimId: string;
  /** The lead settling. */
  lead: string;
  kind: DecisionKind;
  /** The standing decisions it settles. */
  settles: readonly LogEvent[];
  /** The decision whose reasons, comment and checklist the settlement takes. */
  basis: LogEvent;
  note: string;
  appVersion: string;
}

/**
 * Settles a disagreement: a settlement event in the lead's own chain naming the decisions it
 * settles. Resolves once the transaction has committed.
 */
export async function settleDisagreement(s: Settlement): Promise<LogEvent> {
  return db.transaction('rw', db.decisionEvents, () =>
    decisionEvents.append({
      decisionId: crypto.randomUUID(),
      type: 'settlement',
      queueId: s.logQueueId,
      claimId: s.claimId,
      reviewer: s.lead,
      decidedAt: new Date().toISOString(),
      kind: s.kind,
      reasons: [...s.basis.reasons],
      comment: s.basis.comment,
      overrideNote: s.note,
      checklist: s.basis.checklist.map((c) => ({ ...c })),
      documents: s.basis.documents.map((d) => ({ ...d })),
      ruleset: RULESET_REF,
      appVersion: s.appVersion,
      supersedes: null,
      settles: s.settles.map((e) => e.decisionId),
    }),
  );
}
