import { DecisionSchema, type Decision, type DecisionKind } from '@shared/decisions/types';
import { prepareAuditEvent } from './audit-log';
import { db } from './database';
import { appendDecisionEvent } from './decision-events';
import { readClaimSummary } from './claim-reads';
import type { DecisionRow } from './types';

/**
 * Records a decision: ONE read-write transaction writes the decision, its hash-chained audit
 * event and its decision-log event (the reviewer's own chain), so all commit or none does (the list reads each claim's decision kind from here). Idempotent by
 * decisionId (client-generated): a retry after a crash or timeout returns 'already-saved' and
 * writes nothing. Resolves only once the transaction has committed (durability 'strict').
 */
export async function recordDecision(decision: Decision): Promise<'saved' | 'already-saved'> {
  const checked = DecisionSchema.safeParse(decision);
  if (!checked.success) {
    const detail = checked.error.issues.map((i) => `${i.path.join('.') || 'decision'}: ${i.message}`).join('; ');
    throw new Error(`Decision not saved: ${detail}`);
  }
  const d = checked.data;
  return db.transaction('rw', [db.decisions, db.audit, db.queues, db.claimPages, db.decisionEvents, db.undos], async () => {
    if (await db.decisions.get(d.decisionId)) return 'already-saved' as const;
    const claim = await readClaimSummary(d.queueId, d.claimId);
    if (claim?.duplicateOf !== undefined) {
      throw new Error(
        `Decision not saved: claim ${d.claimId} is a second copy of claim ${claim.duplicateOf} in the manifest; decide ${claim.duplicateOf}, or fix the queue and import it again`,
      );
    }
    const prior = await db.decisions.where('[queueId+claimId]').equals([d.queueId, d.claimId]).toArray();
    const revoked = await revokedIds(d.queueId);
    const isChange = d.supersedes !== null || prior.some((p) => !revoked.has(p.decisionId));
    const event = await prepareAuditEvent({
      type: isChange ? 'decision-changed' : 'decision-recorded',
      actor: d.reviewer,
      queueId: d.queueId,
      claimId: d.claimId,
      payload: d,
    });
    const row: DecisionRow = { ...d, savedSeq: event.seq ?? 0 };
    await db.decisions.add(row);
    await db.audit.add(event);
    await appendDecisionEvent(d);
    return 'saved' as const;
  });
}

/** Every decision on a claim, oldest first (in the order they were saved). */
export async function getDecisionHistory(queueId: string, claimId: string): Promise<Decision[]> {
  const rows = await db.decisions.where('[queueId+claimId]').equals([queueId, claimId]).toArray();
  return sortBySaved(rows).map(toDecision);
}

export async function getCurrentDecision(queueId: string, claimId: string): Promise<Decision | undefined> {
  const rows = await db.decisions.where('[queueId+claimId]').equals([queueId, claimId]).toArray();
  const current = currentOf(rows, await revokedIds(queueId));
  return current ? toDecision(current) : undefined;
}

/** The current decision of every decided claim in a queue, in save order. */
export async function listCurrentDecisions(queueId: string): Promise<Decision[]> {
  const byClaim = await listDecisionRowsByClaim(queueId);
  const revoked = await revokedIds(queueId);
  const current = [...byClaim.values()].map((rows) => currentOf(rows, revoked)).filter((d): d is DecisionRow => d !== undefined);
  return sortBySaved(current).map(toDecision);
}

/** All decision rows of a queue grouped by claim, each group oldest first. */
export async function listDecisionRowsByClaim(queueId: string): Promise<Map<string, DecisionRow[]>> {
  const rows = sortBySaved(await db.decisions.where('queueId').equals(queueId).toArray());
  const byClaim = new Map<string, DecisionRow[]>();
  for (const row of rows) {
    const list = byClaim.get(row.claimId);
    if (list) list.push(row);
    else byClaim.set(row.claimId, [row]);
  }
  return byClaim;
}

/** Each decided claim's current decision kind. */
export async function currentDecisionKinds(queueId: string): Promise<Map<string, DecisionKind>> {
  const kinds = new Map<string, DecisionKind>();
  const revoked = await revokedIds(queueId);
  for (const [claimId, rows] of await listDecisionRowsByClaim(queueId)) {
    const current = currentOf(rows, revoked);
    if (current) kinds.set(claimId, current.kind);
  }
  return kinds;
}

/** IDs of the queue's undone decisions (undos never go away, so neither does this). */
export async function revokedIds(queueId: string): Promise<Set<string>> {
  return new Set((await db.undos.where('queueId').equals(queueId).toArray()).map((u) => u.revokes));
}

/**
 * The decision in force: the latest saved one, not undone, that no other standing decision
 * supersedes; none when every decision was undone. (Two reviewers deciding the same claim
 * without seeing each other's decision both stand; the later save wins, both stay in the history.)
 */
export function currentOf(all: readonly DecisionRow[], revoked: ReadonlySet<string> = new Set()): DecisionRow | undefined {
  const rows = all.filter((r) => !revoked.has(r.decisionId));
  const superseded = new Set(rows.map((r) => r.supersedes).filter((s): s is string => s !== null));
  return sortBySaved(rows.filter((r) => !superseded.has(r.decisionId))).at(-1) ?? sortBySaved(rows).at(-1);
}

function sortBySaved<T extends DecisionRow>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.savedSeq - b.savedSeq);
}

export function toDecision(row: DecisionRow): Decision {
  const { savedSeq: _savedSeq, ...decision } = row;
  return decision;
}
