import type { z } from 'zod';
import { sha256Text } from '../audit/sha256';
import { hashLogEvent, headsOf, rememberWrittenLine, sealOf, type HashText } from './chain';
import {
  DecisionLogSchema,
  isWellFormedEvent,
  LOG_SCHEMA,
  LogEventSchema,
  type DecisionLog,
  type DecisionLogHeader,
  type LogEvent,
} from './schema';

export type LogVerification =
  | { ok: true; log: DecisionLog; count: number; last: { reviewer: string; at: string } | null; message: string }
  | {
      ok: false;
      reason: string;
      /** 1-based position of the first bad event, when an event is to blame. */ eventNumber?: number;
      eventId?: string;
      message: string;
    };

export interface VerifyOptions {
  /** SHA-256 of the queue's documents still at hand, by path: each event's document hashes are compared. */
  documents?: ReadonlyMap<string, string>;
  /** The SHA-256 to use (the pure one by default). */
  hash?: HashText;
}

/**
 * Verifies a `poe-decisions/1` log: every event's hash against its content, every reviewer's
 * chain link by link in file order, each chain's length and last hash against `heads` (a cut
 * tail), the seal over header and event list, and (when given) the documents' hashes. Names the
 * first event that does not match. An edited, removed, inserted or reordered event is always
 * caught; a forger who recomputes every SHA-256 is not (see docs/TEAM-SCALE.md).
 */
export function verifyDecisionLog(data: unknown, options: VerifyOptions = {}): LogVerification {
  return verifyParsed(data, options, null);
}

/**
 * `written`: each event's line as the file has it (from readWrittenLog), or null. An event's
 * hash is then first compared with SHA-256 over that text less its `hash` member, which is the
 * canonical JSON this app wrote and hashed: no event is written out again to be hashed. When
 * that does not match (a hand edit, or a log written by another tool), the event's canonical
 * JSON decides, as without `written`.
 */
function verifyParsed(data: unknown, options: VerifyOptions, written: readonly string[] | null): LogVerification {
  // The header's schema, without walking the events (each is checked below).
  const events0 = isRecord(data) ? data['events'] : undefined;
  const header = DecisionLogSchema.safeParse(isRecord(data) && Array.isArray(events0) ? { ...data, events: [] } : data);
  if (!header.success) {
    const isOther = typeof data !== 'object' || data === null || (data as Record<string, unknown>)['schema'] !== LOG_SCHEMA;
    return refuse(
      isOther ? `not a ${LOG_SCHEMA} log (no "schema": "${LOG_SCHEMA}")` : `the log's header is malformed: ${issuesText(header.error)}`,
    );
  }
  const log = { ...header.data, events: Array.isArray(events0) ? events0 : header.data.events } as DecisionLogHeader & {
    events: unknown[];
    seal: string;
  };
  const events: LogEvent[] = [];
  const lastHash = new Map<string, string>();
  const seenHashes = new Set<string>();
  const seenIds = new Map<string, number>();
  for (let i = 0; i < log.events.length; i++) {
    const n = i + 1;
    // The event as written (extra fields, nested ones too, kept for the hash and the merged
    // log); the schema runs only when the quick shape check fails, to name what is wrong.
    const raw = log.events[i];
    let event: LogEvent;
    if (isWellFormedEvent(raw)) event = raw;
    else {
      const parsed = LogEventSchema.safeParse(raw);
      if (!parsed.success) return refuse(`event ${n} is malformed: ${issuesText(parsed.error)}`, n);
      event = raw as LogEvent;
    }
    const fail = (why: string) =>
      refuse(`event ${n} (${event.decisionId}, claim ${event.claimId}, by ${event.reviewer}) ${why}`, n, event.decisionId);
    const line = written?.[i];
    if (line !== undefined && hashesAsWritten(line, event.hash, options.hash)) rememberWrittenLine(event, line);
    else if (hashLogEvent(event, options.hash) !== event.hash)
      return fail('was changed after it was written: its content does not match its hash');
    if (event.queueId !== log.queue.queueId) return fail(`belongs to queue ${event.queueId}, not to this log's queue ${log.queue.queueId}`);
    const earlier = seenIds.get(event.decisionId);
    if (earlier !== undefined) return fail(`repeats the id of event ${earlier}`);
    const expected = lastHash.get(event.reviewer) ?? null;
    if (event.prev !== expected) {
      if (expected === null)
        return fail(`is ${event.reviewer}'s first event here but links to an earlier one: events before it were removed`);
      if (event.prev === null) return fail(`starts ${event.reviewer}'s chain again: it does not link to the event before it`);
      if (seenHashes.has(event.prev))
        return fail(`links to an earlier event of ${event.reviewer}, not the one just before it: events were reordered or one was removed`);
      return fail(`does not link to the event before it in ${event.reviewer}'s chain: an event was removed or reordered`);
    }
    const mismatch = options.documents ? documentMismatch(event, options.documents) : null;
    if (mismatch) return fail(mismatch);
    lastHash.set(event.reviewer, event.hash);
    seenHashes.add(event.hash);
    seenIds.set(event.decisionId, n);
    events.push(event);
  }
  const cut = cutTail(headsOf(events), log.heads);
  if (cut) return refuse(cut);
  if (sealOf(log, options.hash) !== log.seal) return refuse("the log's header was changed after it was written: its seal does not match");
  const last = latest(events);
  const count = events.length;
  const message = last ? `intact, ${count} event${count === 1 ? '' : 's'}, last by ${last.reviewer} at ${last.at}` : 'intact, 0 events';
  return { ok: true, log: { ...log, events }, count, last, message };
}

/** Reads a log from its text (JSON) and verifies it. */
export function verifyDecisionLogText(text: string, options: VerifyOptions = {}): LogVerification {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const written = readWrittenLog(json);
  if (written) return verifyParsed(written.data, options, written.lines);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    return refuse(`not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  return verifyParsed(data, options, null);
}

const EVENTS_OPEN = '\n  "events": [\n';
const EVENTS_CLOSE = '\n  ]';
const LINE_INDENT = '    ';
const HASH_MEMBER = ',"hash":"';
const HEX_64 = /^[0-9a-f]{64}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A log as serializeDecisionLog writes it (the top-level `events` one per line), parsed line by
 * line so that each event's own text is known: the same value JSON.parse gives for the whole
 * text, or null when the text is laid out otherwise (the caller then parses it whole). Each
 * line must parse as a JSON value on its own, and the rest of the file, the event list replaced
 * by a marker no file can contain, must parse with that marker as its top-level `events`: so
 * the lines are exactly the events JSON.parse would find, and nothing else is.
 */
function readWrittenLog(text: string): { data: Record<string, unknown>; lines: string[] } | null {
  const open = text.indexOf(EVENTS_OPEN);
  if (open < 0) return null;
  const first = open + EVENTS_OPEN.length;
  const close = text.indexOf(EVENTS_CLOSE, first);
  if (close < 0) return null;
  const rows = text.slice(first, close).split('\n');
  const lines: string[] = new Array<string>(rows.length);
  const events: unknown[] = new Array<unknown>(rows.length);
  try {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const isLast = i === rows.length - 1;
      if (!row.startsWith(LINE_INDENT) || row.endsWith(',') === isLast) return null;
      const line = row.slice(LINE_INDENT.length, isLast ? row.length : row.length - 1);
      events[i] = JSON.parse(line);
      lines[i] = line;
    }
    const marker = `\u0000events ${Math.random().toString(36).slice(2)} ${Date.now()}`;
    const rest = JSON.parse(
      `${text.slice(0, open)}\n  "events": ${JSON.stringify(marker)}${text.slice(close + EVENTS_CLOSE.length)}`,
    ) as unknown;
    if (typeof rest !== 'object' || rest === null || Array.isArray(rest)) return null;
    const data = rest as Record<string, unknown>;
    if (data['events'] !== marker) return null;
    data['events'] = events;
    return { data, lines };
  } catch {
    return null;
  }
}

/**
 * True when `line` (an event as written) ends with its `hash` member, and SHA-256 over the line
 * without that member is `hash`: then the text hashed when the event was chained is this one.
 */
function hashesAsWritten(line: string, hash: string, sha: HashText | undefined): boolean {
  if (!HEX_64.test(hash)) return false;
  const suffix = HASH_MEMBER.length + hash.length + 2;
  if (line.length <= suffix || !line.endsWith(`${HASH_MEMBER}${hash}"}`)) return false;
  const unhashed = `${line.slice(0, line.length - suffix)}}`;
  return (sha ?? sha256Text)(unhashed) === hash;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(reason: string, eventNumber?: number, eventId?: string): LogVerification {
  return {
    ok: false,
    reason,
    message: `broken: ${reason}`,
    ...(eventNumber !== undefined ? { eventNumber } : {}),
    ...(eventId !== undefined ? { eventId } : {}),
  };
}

function issuesText(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'value'}: ${i.message}`)
    .join('; ');
}

function documentMismatch(event: LogEvent, documents: ReadonlyMap<string, string>): string | null {
  for (const doc of event.documents) {
    const now = documents.get(doc.path);
    if (doc.sha256 && now && now.toLowerCase() !== doc.sha256.toLowerCase()) {
      return `was made on ${doc.path} with SHA-256 ${doc.sha256.slice(0, 12)}…, but that document now has ${now.slice(0, 12)}…`;
    }
  }
  return null;
}

function cutTail(
  found: Record<string, { count: number; hash: string | null }>,
  recorded: Record<string, { count: number; hash: string | null }>,
): string | null {
  for (const reviewer of Object.keys(recorded).sort()) {
    const want = recorded[reviewer]!;
    const got = found[reviewer] ?? { count: 0, hash: null };
    if (got.count < want.count)
      return `${reviewer}'s chain has ${got.count} event${got.count === 1 ? '' : 's'} but the log recorded ${want.count}: the last were removed`;
    if (got.count !== want.count || got.hash !== want.hash)
      return `${reviewer}'s chain does not end where the log recorded (${want.count} events): events were added or changed`;
  }
  const unrecorded = Object.keys(found).find((r) => !(r in recorded));
  return unrecorded ? `${unrecorded}'s events are not recorded in the log's heads: they were added after it was written` : null;
}

function latest(events: readonly LogEvent[]): { reviewer: string; at: string } | null {
  let best: LogEvent | null = null;
  let bestAt = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    // UTC times as this app writes them compare as text (no date read per event).
    if (best && ISO_UTC.test(e.decidedAt) && ISO_UTC.test(best.decidedAt)) {
      if (e.decidedAt >= best.decidedAt) best = e;
      bestAt = Number.NaN;
      continue;
    }
    const at = Date.parse(e.decidedAt);
    if (best && Number.isNaN(bestAt)) bestAt = Date.parse(best.decidedAt);
    if (!best || at >= bestAt) {
      best = e;
      bestAt = at;
    }
  }
  return best ? { reviewer: best.reviewer, at: best.decidedAt } : null;
}
