import { bulkDb, db } from './database';
import type { TriageRow } from './types';

/** A queue's triage rows (any import; callers compare importId). */
export async function listTriage(queueId: string): Promise<TriageRow[]> {
  return db.triage.where('queueId').equals(queueId).toArray();
}

/**
 * Every queue's triage rows of its current import: links are found across every queue imported,
 * never with a claim an older import had and the current one dropped.
 */
export async function listAllTriage(): Promise<TriageRow[]> {
  return db.transaction('r', db.queues, db.triage, async () => {
    const current = new Map((await db.queues.toArray()).map((q) => [q.queueId, q.importId]));
    return (await db.triage.toArray()).filter((r) => current.get(r.queueId) === r.importId);
  });
}

export async function getTriage(key: string): Promise<TriageRow | undefined> {
  return db.triage.get(key);
}

/** Triage rows in one relaxed-durability transaction: recomputed if a power cut loses them. */
export async function putTriage(rows: readonly TriageRow[]): Promise<void> {
  if (rows.length > 0) await bulkDb.triage.bulkPut([...rows]);
}
