import { db } from './database';
import type { TriageRow } from './types';

/** A queue's triage rows (any import; callers compare importId). */
export async function listTriage(queueId: string): Promise<TriageRow[]> {
  return db.triage.where('queueId').equals(queueId).toArray();
}

/** Every queue's triage rows: links are found across every queue imported. */
export async function listAllTriage(): Promise<TriageRow[]> {
  return db.triage.toArray();
}

export async function getTriage(key: string): Promise<TriageRow | undefined> {
  return db.triage.get(key);
}

export async function putTriage(rows: readonly TriageRow[]): Promise<void> {
  if (rows.length > 0) await db.triage.bulkPut([...rows]);
}
