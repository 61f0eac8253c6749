import Dexie from 'dexie';
import { chainAuditEvent, GENESIS_HASH, verifyChain, type AuditEventBody, type ChainVerification } from '@shared/audit/hash-chain';
import { db } from './database';
import type { AuditEventRow } from './types';

export type AuditEventInput = Omit<AuditEventBody, 'type' | 'eventId' | 'at'> & {
  type: AuditEventRow['type'];
  eventId?: string;
  at?: string;
};

/**
 * Appends one event to the hash chain. Must run inside a 'rw' transaction that includes the
 * audit table (the callers' own), so reading the head and adding the event cannot interleave
 * with another writer, and the event commits or aborts with whatever it records. Synchronous
 * hashing (shared/audit/sha256) keeps the transaction alive: no foreign promise is awaited.
 */
export async function appendAuditEvent(input: AuditEventInput): Promise<AuditEventRow> {
  const row = await prepareAuditEvent(input);
  await db.audit.add(row);
  return row;
}

/**
 * Chains the next event onto the current head without writing it, for callers that write it
 * themselves later in the same transaction (the seq is theirs until the transaction ends).
 */
export async function prepareAuditEvent(input: AuditEventInput): Promise<AuditEventRow> {
  if (!isInAuditTransaction()) throw new Error('audit events must be written inside a transaction that includes the audit table');
  const head = await db.audit.orderBy('seq').last();
  const body = { ...input, eventId: input.eventId ?? crypto.randomUUID(), at: input.at ?? new Date().toISOString() };
  return chainAuditEvent(head ?? null, body);
}

function isInAuditTransaction(): boolean {
  const tx = Dexie.currentTransaction;
  return tx !== null && tx.mode === 'readwrite' && tx.storeNames.includes('audit');
}

/** Events in chain order, optionally only one queue's. */
export async function listAuditEvents(queueId?: string): Promise<AuditEventRow[]> {
  // Entries of one index key come back in primary-key (seq) order.
  return queueId === undefined ? db.audit.orderBy('seq').toArray() : db.audit.where('queueId').equals(queueId).toArray();
}

/**
 * Verifies the whole chain and names the first bad event. With `anchor` (the audit count and
 * head hash an earlier export carried) a cut tail is found too, which the chain alone cannot show.
 */
export async function verifyAuditChain(anchor?: { count: number; headHash: string }): Promise<ChainVerification> {
  return verifyChain(await db.audit.orderBy('seq').toArray(), anchor);
}

/** Count and head hash of the chain, for exports to carry (a cut tail is then detectable). */
export async function auditHead(): Promise<{ count: number; headHash: string }> {
  const last = await db.audit.orderBy('seq').last();
  return { count: await db.audit.count(), headHash: last?.hash ?? GENESIS_HASH };
}
