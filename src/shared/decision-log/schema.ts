import { z } from 'zod';
import { CHECK_IDS, DecisionKindSchema } from '../checks/types';
import { ChecklistEntrySchema, DecidedDocumentSchema } from '../decisions/types';

/**
 * The decision log `poe-decisions/1` (../shared/QUEUE-FORMAT.md): what "Export decisions → JSON"
 * writes and the `decisions` command reads. An event is the stored Decision (same field names,
 * so a reader of a decision finds the same keys) plus its kind of event, the ruleset and its
 * place in the reviewer's hash chain. Unknown fields are kept (loose) and hashed with the rest.
 */

export const LOG_SCHEMA = 'poe-decisions/1';

/**
 * decision: a reviewer's decision (a change names the one it replaces in `supersedes`);
 * undo: revokes the decision named in `supersedes` (kind null);
 * settlement: the lead settles a disagreement; `settles` names the decisions it settles.
 */
export const LogEventTypeSchema = z.enum(['decision', 'undo', 'settlement']);
export type LogEventType = z.infer<typeof LogEventTypeSchema>;

export const RulesetRefSchema = z.object({ id: z.string(), version: z.string() }).loose();
export type RulesetRef = z.infer<typeof RulesetRefSchema>;

const LogEventFields = {
  /** The event's id (for a decision, the decision's client-generated id). */
  decisionId: z.string().min(1),
  type: LogEventTypeSchema,
  /** The team queue the event belongs to (a batch's events carry its whole queue's id). */
  queueId: z.string().min(1),
  claimId: z.string().min(1),
  reviewer: z.string().min(1),
  /** UTC ISO date-time. */
  decidedAt: z.string().min(1),
  /** The decision; null for an undo. */
  kind: DecisionKindSchema.nullable(),
  reasons: z.array(z.string()),
  comment: z.string(),
  overrideNote: z.string(),
  /** The engine's verdict per check beside the reviewer's override. */
  checklist: z.array(ChecklistEntrySchema),
  /** SHA-256 of each document the decision was made on. */
  documents: z.array(DecidedDocumentSchema),
  ruleset: RulesetRefSchema.nullable(),
  appVersion: z.string(),
  /** The event this one replaces (a change) or revokes (an undo). */
  supersedes: z.string().nullable(),
  /** Claims in a conflict with this one when it was decided (the review desk's links). */
  relatedClaims: z.array(z.string()).optional(),
  /** Settlement only: the decisions it settles. */
  settles: z.array(z.string()).optional(),
  /** Second review (QC) of a sampled claim: the decision it second-reviews. */
  secondReviewOf: z.string().optional(),
};

export const LogEventBodySchema = z.object(LogEventFields).loose();
export type LogEventBody = z.infer<typeof LogEventBodySchema>;

export const LogEventSchema = z
  .object({
    ...LogEventFields,
    /** Hash of the event before this one in the same reviewer's chain; null for the first. */
    prev: z.string().nullable(),
    /** SHA-256 (hex) of the event's canonical JSON without `hash`. */
    hash: z.string(),
  })
  .loose();
export type LogEvent = z.infer<typeof LogEventSchema>;

const EVENT_TYPES: ReadonlySet<unknown> = new Set(LogEventTypeSchema.options);
const KINDS: ReadonlySet<unknown> = new Set(DecisionKindSchema.options);
const CHECKS: ReadonlySet<unknown> = new Set(CHECK_IDS);
const STATUSES: ReadonlySet<unknown> = new Set(['pass', 'fail', 'review', 'n/a', null]);

/**
 * A quick check that a value passes LogEventSchema (never true where the schema would refuse):
 * verifying 10,000 events spends a quarter of its time in the schema otherwise. Nested extra
 * fields are kept as they are (the schema's parse would drop them and so change the hash).
 */
export function isWellFormedEvent(value: unknown): value is LogEvent {
  if (!isRecord(value)) return false;
  const e = value;
  return (
    isFilled(e['decisionId']) &&
    EVENT_TYPES.has(e['type']) &&
    isFilled(e['queueId']) &&
    isFilled(e['claimId']) &&
    isFilled(e['reviewer']) &&
    isFilled(e['decidedAt']) &&
    (e['kind'] === null || KINDS.has(e['kind'])) &&
    isStrings(e['reasons']) &&
    typeof e['comment'] === 'string' &&
    typeof e['overrideNote'] === 'string' &&
    Array.isArray(e['checklist']) &&
    e['checklist'].every(isChecklistEntry) &&
    Array.isArray(e['documents']) &&
    e['documents'].every((d) => isRecord(d) && typeof d['path'] === 'string' && isStringOrNull(d['sha256'])) &&
    (e['ruleset'] === null ||
      (isRecord(e['ruleset']) && typeof e['ruleset']['id'] === 'string' && typeof e['ruleset']['version'] === 'string')) &&
    typeof e['appVersion'] === 'string' &&
    isStringOrNull(e['supersedes']) &&
    (e['relatedClaims'] === undefined || isStrings(e['relatedClaims'])) &&
    (e['settles'] === undefined || isStrings(e['settles'])) &&
    (e['secondReviewOf'] === undefined || typeof e['secondReviewOf'] === 'string') &&
    isStringOrNull(e['prev']) &&
    typeof e['hash'] === 'string'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isFilled(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}
function isStringOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string';
}
function isStrings(value: unknown): boolean {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
function isChecklistEntry(value: unknown): boolean {
  return (
    isRecord(value) &&
    CHECKS.has(value['id']) &&
    STATUSES.has(value['engineStatus']) &&
    isStringOrNull(value['engineSummary']) &&
    STATUSES.has(value['manualStatus']) &&
    typeof value['note'] === 'string'
  );
}

export const LogQueueSchema = z
  .object({
    queueId: z.string().min(1),
    name: z.string(),
  })
  .loose();
export type LogQueue = z.infer<typeof LogQueueSchema>;

export const ChainHeadSchema = z.object({ count: z.number().int().nonnegative(), hash: z.string().nullable() });
export type ReviewerHead = z.infer<typeof ChainHeadSchema>;

export const DecisionLogSchema = z
  .object({
    schema: z.literal(LOG_SCHEMA),
    queue: LogQueueSchema,
    /** Each reviewer's chain: its length and last hash (a cut tail shows against it). */
    heads: z.record(z.string(), ChainHeadSchema),
    events: z.array(z.unknown()),
    /** The decided claims as their manifest had them (unknown fields kept). */
    claims: z.array(z.object({ claimId: z.string() }).loose()).optional(),
    /** SHA-256 over the header and the events' hashes: any edit outside the events shows. */
    seal: z.string(),
  })
  .loose();
/** A verified log: its events parsed. Other top-level fields are kept as they were. */
export interface DecisionLogHeader {
  schema: typeof LOG_SCHEMA;
  queue: LogQueue;
  heads: Record<string, ReviewerHead>;
  claims?: ({ claimId: string } & Record<string, unknown>)[];
  [extra: string]: unknown;
}
export interface DecisionLog extends DecisionLogHeader {
  events: LogEvent[];
  seal: string;
}
