import { canonicalJson, sortedKeys } from '../audit/canonical-json';
import { sha256Text } from '../audit/sha256';
import {
  LOG_SCHEMA,
  type DecisionLog,
  type DecisionLogHeader,
  type LogEvent,
  type LogEventBody,
  type LogQueue,
  type ReviewerHead,
} from './schema';

/**
 * Each reviewer's events form their own hash chain: an event's hash is SHA-256 over its
 * canonical JSON (every field but `hash`, unknown ones included), and `prev` is the hash of
 * the event before it by the same reviewer. Chains of different reviewers never link, so logs
 * of several reviewers merge without rewriting any event.
 */

/**
 * SHA-256 (hex) of UTF-8 text. The pure one is the default; a platform may pass its native one
 * (node:crypto in the command: about 10 times faster on large logs) with the same results.
 */
export type HashText = (text: string) => string;

/** SHA-256 (hex) of an event: its canonical JSON without `hash`. */
export function hashLogEvent(event: Omit<LogEvent, 'hash'> & { hash?: unknown }, hash: HashText = sha256Text): string {
  const { hash: _hash, ...rest } = event;
  return hash(canonicalJson(rest));
}

/** Chains `body` after `prev` (the reviewer's last event, or null for their first). */
export function chainLogEvent(prev: { hash: string } | null, body: LogEventBody, hash: HashText = sha256Text): LogEvent {
  const { prev: _p, hash: _h, ...clean } = body as LogEventBody & { prev?: unknown; hash?: unknown };
  // Keys in canonical order (the hash does not depend on it): such an event's canonical JSON is
  // its plain JSON, which verifying a log of 10,000 events spends most of its time writing.
  const unhashed = sortedKeys({ ...clean, prev: prev?.hash ?? null });
  return { ...unhashed, hash: hashLogEvent(unhashed, hash) };
}

/** Each reviewer's chain length and last hash, from events in chain order. */
export function headsOf(events: readonly LogEvent[]): Record<string, ReviewerHead> {
  const heads: Record<string, ReviewerHead> = {};
  for (const event of events) {
    const head = heads[event.reviewer] ?? { count: 0, hash: null };
    heads[event.reviewer] = { count: head.count + 1, hash: event.hash };
  }
  return Object.fromEntries(
    Object.keys(heads)
      .sort()
      .map((r) => [r, heads[r]!]),
  );
}

/** The log's seal: SHA-256 over its canonical JSON with each event replaced by its hash. */
export function sealOf(log: DecisionLogHeader & { events: readonly unknown[]; seal?: unknown }, hash: HashText = sha256Text): string {
  const { seal: _seal, events, ...header } = log;
  return hash(canonicalJson({ ...header, events: events.map((e) => (e as { hash?: unknown }).hash) }));
}

export interface BuildLogInput {
  queue: LogQueue;
  events: readonly LogEvent[];
  claims?: readonly ({ claimId: string } & Record<string, unknown>)[];
  /** Other top-level fields (kept, and sealed with the rest). */
  extra?: Record<string, unknown>;
}

/** A sealed `poe-decisions/1` log of events already chained. */
export function buildDecisionLog(input: BuildLogInput, hash: HashText = sha256Text): DecisionLog {
  const unsealed = {
    ...input.extra,
    schema: LOG_SCHEMA,
    queue: input.queue,
    heads: headsOf(input.events),
    events: [...input.events],
    ...(input.claims ? { claims: [...input.claims] } : {}),
  } as DecisionLogHeader & { events: LogEvent[] };
  return { ...unsealed, seal: sealOf(unsealed, hash) };
}

const EVENTS_MARK = '\u0000events\u0000';

/**
 * Events read from a file whose line hashed right, with that line: written out again as they
 * were read (10,000 events written anew took a third of a merge). A verified event is a record,
 * never changed in place (a change is a new event); the line is used only while its `hash` is
 * still the event's.
 */
const writtenLines = new WeakMap<object, string>();

/** Remembers `line` as the text of `event` (verified against its hash). */
export function rememberWrittenLine(event: LogEvent, line: string): void {
  writtenLines.set(event, line);
}

function eventLine(event: LogEvent): string {
  const line = writtenLines.get(event);
  return line !== undefined && line.endsWith(`"hash":"${event.hash}"}`) ? line : JSON.stringify(event);
}

/**
 * The log as written to a file: two-space JSON, each event on one line of its own (10,000
 * events indented field by field took a third of a merge), and a final newline.
 */
export function serializeDecisionLog(log: DecisionLog): string {
  const head = JSON.stringify({ ...log, events: EVENTS_MARK }, null, 2);
  const mark = JSON.stringify(EVENTS_MARK);
  if (head.indexOf(mark) !== head.lastIndexOf(mark)) return `${JSON.stringify(log, null, 2)}\n`;
  const lines = log.events.map((e) => `    ${eventLine(e)}`).join(',\n');
  const events = log.events.length === 0 ? '[]' : `[\n${lines}\n  ]`;
  return `${head.replace(mark, () => events)}\n`;
}
