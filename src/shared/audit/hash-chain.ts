import { canonicalJson } from './canonical-json';
import { sha256Text } from './sha256';

/**
 * The audit log's hash chain (Crosby and Wallach style): each event's hash covers the previous
 * event's hash and the event's own canonical JSON, so editing, reordering, inserting or deleting
 * an event breaks every link after it. A cut tail cannot be seen from the chain alone, so
 * exports carry the head hash and count (an anchor kept outside the database) to compare with.
 */

/** prevHash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an audit event says, before it is chained. */
export interface AuditEventBody {
  eventId: string;
  at: string;
  actor: string;
  type: string;
  queueId: string;
  claimId: string | null;
  payload: unknown;
}

/** An event in the chain: seq counts from 1 without gaps. */
export interface ChainedAuditEvent extends AuditEventBody {
  seq?: number;
  prevHash: string;
  hash: string;
}

export interface ChainHead {
  count: number;
  headHash: string;
}

export interface ChainVerification extends ChainHead {
  ok: boolean;
  /** seq of the first event that fails, or where the anchored tail was cut. */
  firstBadSeq?: number;
  reason?: string;
}

/** The hash of one event: SHA-256 over prevHash, a newline and the canonical JSON of seq and body. */
export function hashAuditEvent(prevHash: string, seq: number, body: AuditEventBody): string {
  const { eventId, at, actor, type, queueId, claimId, payload } = body;
  return sha256Text(`${prevHash}\n${canonicalJson({ seq, eventId, at, actor, type, queueId, claimId, payload })}`);
}

/** Appends an event after `head` (null for an empty log): assigns seq, prevHash and hash. */
export function chainAuditEvent<T extends AuditEventBody>(
  head: { seq?: number; hash: string } | null | undefined,
  body: T,
): T & { seq: number; prevHash: string; hash: string } {
  const seq = (head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  return { ...body, seq, prevHash, hash: hashAuditEvent(prevHash, seq, body) };
}

/**
 * Checks events in stored order (by seq). Names the first bad event: an edited one fails its own
 * hash; after a deletion the next event's seq and prevHash no longer follow; a reordered or
 * inserted event fails its hash or link. With `anchor` (from an export) a chain shorter than the
 * anchor is a cut tail, and one whose anchored event has another hash was rewritten.
 */
export function verifyChain(events: readonly ChainedAuditEvent[], anchor?: ChainHead): ChainVerification {
  let prevHash = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const expectedSeq = i + 1;
    const seq = event.seq ?? expectedSeq;
    const fail = (reason: string): ChainVerification => ({
      ok: false,
      count: events.length,
      headHash: headOf(events),
      firstBadSeq: seq,
      reason,
    });
    if (seq !== expectedSeq) {
      return fail(
        seq > expectedSeq
          ? `event ${seq} follows event ${expectedSeq - 1}: event(s) ${expectedSeq}..${seq - 1} are missing`
          : `event ${seq} is out of order (expected ${expectedSeq})`,
      );
    }
    if (event.prevHash !== prevHash) {
      return fail(`event ${seq} does not link to the event before it (inserted, deleted or reordered)`);
    }
    if (hashAuditEvent(event.prevHash, seq, event) !== event.hash) {
      return fail(`event ${seq} (${event.type}) was changed after it was written: its hash does not match`);
    }
    prevHash = event.hash;
  }
  const head: ChainHead = { count: events.length, headHash: headOf(events) };
  if (anchor) {
    // The log may have grown since the anchor was taken: the anchored event must still be there.
    if (anchor.count > head.count) {
      return {
        ok: false,
        ...head,
        firstBadSeq: head.count + 1,
        reason: `the log has ${head.count} events but an export recorded ${anchor.count}: the tail was cut`,
      };
    }
    const anchored = anchor.count === 0 ? GENESIS_HASH : events[anchor.count - 1]!.hash;
    if (anchored !== anchor.headHash) {
      return {
        ok: false,
        ...head,
        firstBadSeq: anchor.count,
        reason: `event ${anchor.count} does not have the head hash an export recorded: the log was rewritten`,
      };
    }
  }
  return { ok: true, ...head };
}

function headOf(events: readonly ChainedAuditEvent[]): string {
  return events.length === 0 ? GENESIS_HASH : events[events.length - 1]!.hash;
}
