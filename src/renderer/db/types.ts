import type { Claim } from '@shared/queue/claim-schema';
import type { CheckStatus, ClaimCheckReport, CheckId } from '@shared/checks/types';
import type { Decision, DecisionKind } from '@shared/decisions/types';
import type { Undo } from '@shared/decisions/undo';
import type { DocumentPart, DocumentState } from '@shared/documents/types';
import type { LogEvent } from '@shared/decision-log/schema';
import type { ImportIssue } from '@shared/queue/import-issue';
import type { TextSignature } from '@shared/links/types';

export type { ImportIssue };

/**
 * Row shapes of the Dexie database and the repository API the UI uses. Only modules in
 * src/renderer/db touch tables; everything else calls the functions exported from
 * src/renderer/db/index.ts (signatures at the bottom of this file).
 */

export interface QueueRow {
  queueId: string;
  name: string;
  source: 'sample' | 'folder' | 'zip';
  label: string;
  importedAt: string;
  exportedAt: string | null;
  claimCount: number;
  issues: ImportIssue[];
  /** Top-level manifest keys other than claims, kept verbatim (unknown ones included). */
  header: Record<string, unknown>;
  /**
   * The import whose claim pages this queue shows (schema version 4 on). Each import writes its
   * pages under a new ID and switches this in the same transaction as its audit event, so readers
   * never see half of a re-import; pages of other imports are leftovers, deleted afterwards.
   */
  importId: string;
}

export interface ClaimDocumentRow {
  path: string;
  /** SHA-256 of the bytes stored at import (hex). */
  sha256: string | null;
  /** The manifest's declared sha256, if any; a mismatch is an import warning. */
  declaredSha256: string | null;
  state: DocumentState | 'pending';
  stateDetail: string | null;
  bytes: number | null;
  mimeType: string | null;
}

/** One claim in the queue, as the list shows it and the claim view opens it. */
export interface ClaimRow {
  /** `${queueId}\u0000${claimId}` */
  key: string;
  queueId: string;
  claimId: string;
  /** Index in the manifest, keeps the queue's own order. */
  order: number;
  /** Parsed claim with every unknown field kept; null when the claim failed validation. */
  claim: Claim | null;
  /** The claim exactly as the manifest had it (kept for invalid claims and for export). */
  raw: unknown;
  issues: ImportIssue[];
  isValid: boolean;
  // Denormalised for list, filters, search and sort:
  partnerName: string;
  customerName: string;
  solutionArea: string;
  status: string;
  submittedAt: string;
  workloadNames: string[];
  /** lower-cased "claimId partner customer" */
  searchText: string;
  decisionKind: DecisionKind | 'none';
  documents: ClaimDocumentRow[];
  /**
   * Set on a later copy of a duplicate claim ID (listed as "<id>#2"): the ID it repeats. Such a
   * row is shown with its error but cannot be decided (recordDecision refuses it).
   */
  duplicateOf?: string;
}

/**
 * A claim's list columns (what the whole-queue list holds for every claim). decisionKind is not
 * stored with it: readers take it from the decisions table, where it is always current.
 */
export type ClaimSummaryRow = Omit<ClaimRow, 'claim' | 'raw' | 'documents'>;
export type StoredClaimSummary = Omit<ClaimSummaryRow, 'decisionKind'>;

export interface ClaimDetailRow {
  /** Same key as the summary row. */
  key: string;
  queueId: string;
  claim: Claim | null;
  raw: unknown;
  documents: ClaimDocumentRow[];
}

/**
 * How claims are stored (schema version 4 on): in pages of consecutive claims in manifest order,
 * one import at a time. IndexedDB costs about 0.1 ms per record in Chromium whatever its size, so
 * 10,000 claims as 20,000 rows took 1.5 s to write; as 40 page rows, about 0.4 s. A claim's
 * summary and detail sit at the same page and index in the two tables.
 * Key: `${queueId}\u0000${importId}\u0000${page, six digits}` (see claim-pages.ts).
 */
export interface ClaimPageRow {
  key: string;
  queueId: string;
  importId: string;
  page: number;
  /** claimKey of each claim on the page, in order: a multi-entry index finds a claim's page. */
  claimKeys: string[];
  summaries: StoredClaimSummary[];
}

/**
 * A claim's detail as stored: the raw claim only. The parsed claim is a pure function of it
 * (ClaimSchema, for claims that were valid at import) and is derived again when read; storing
 * both doubled what an import writes.
 */
export interface StoredClaimDetail {
  key: string;
  queueId: string;
  raw: unknown;
  /** The claim passed validation at import (and is not a second copy of a claim ID). */
  isValid: boolean;
  documents: ClaimDocumentRow[];
}

/** The bulky halves of the claims of one page, read only when one of them opens. */
export interface ClaimDetailPageRow {
  key: string;
  queueId: string;
  importId: string;
  page: number;
  details: StoredClaimDetail[];
}

/** The reviewer's working checklist for a claim before (and between) decisions. */
export interface ChecklistDraftRow {
  key: string;
  queueId: string;
  claimId: string;
  entries: { id: CheckId; manualStatus: CheckStatus | null; note: string }[];
  updatedAt: string;
}

export interface AuditEventRow {
  /** Auto-increment sequence. */
  seq?: number;
  eventId: string;
  at: string;
  actor: string;
  type: 'decision-recorded' | 'decision-changed' | 'decision-undone' | 'queue-imported' | 'export' | 'restore';
  queueId: string;
  claimId: string | null;
  payload: unknown;
  /** SHA-256 over the previous hash and this event's canonical JSON (hash chain). */
  prevHash: string;
  hash: string;
}

/**
 * A document's OCR (readers/ocr.ts), kept so a scan is read once: by the document's hash, the
 * languages read and the OCR engine's version (the key is readers' ocrCacheKey, which starts with
 * the hash). The viewer shows a scan's words from here.
 */
export interface OcrCacheRow {
  key: string;
  sha256: string;
  /** OCR'd parts by page key ("page:3", "image:1"). */
  parts: Record<string, DocumentPart>;
  computedAt: string;
}

export interface EngineCacheRow {
  /** `${queueId}\u0000${claimId}\u0000${rulesetId}\u0000${sorted document sha256s}` */
  key: string;
  report: ClaimCheckReport;
  computedAt: string;
  /** How reading each document ended in that run (rows cached before this field have none). */
  documents?: { path: string; state: DocumentState; stateDetail: string | null; sha256: string | null }[];
  /** MinHash signature of each document's text, for reused-text links (null: too little text). */
  signatures?: { path: string; signature: TextSignature | null }[];
}

/**
 * What triage (the engine over the whole queue, in the background) knows of one claim: the
 * engine's outcome, and the facts the list's clocks and the queue links are made from.
 * Key: claimKey(queueId, claimId). Rows of an older import are run again (importId differs).
 */
export interface TriageRow {
  key: string;
  queueId: string;
  claimId: string;
  importId: string;
  /** done: the engine ran; failed: it threw or ran out of time; skipped: invalid claim. */
  engine: 'done' | 'failed' | 'skipped';
  message: string | null;
  suggestedDecision: DecisionKind | null;
  failing: CheckId[];
  review: CheckId[];
  /** Reading states, hashes and text signatures of the claim's documents. */
  documents: { path: string; state: DocumentState | 'pending'; sha256: string | null; signature: TextSignature | null }[];
  /** Clock inputs (ClockClaim); null for an invalid claim. */
  clock: {
    program: string;
    status: string;
    engagement: string | null;
    createdAt: string;
    submittedAt: string | null;
    statusChangedAt: string | null;
    customerConsentAt: string | null;
  } | null;
  /** Link facts; null for an invalid claim. */
  link: {
    partner: { name: string; partnerId: string };
    customer: { name: string; domain: string | null; tenantId: string | null };
    workloads: { name: string; subscriptionId: string | null; association: string | null }[];
  } | null;
  computedAt: string;
}

/** An undo as stored (shared/decisions/undo.ts), with the audit seq of its event. */
export interface UndoRow extends Undo {
  savedSeq: number;
}

export interface SettingsRow {
  key: string;
  value: unknown;
}

export interface DocumentBlobRow {
  /** `${queueId}\u0000${path}` */
  key: string;
  queueId: string;
  path: string;
  blob: Blob;
  /** SHA-256 (hex) of the bytes, to notice on re-import that a document changed on disk. */
  sha256?: string;
}

export interface ImportProgress {
  phase: 'reading' | 'validating' | 'storing' | 'documents' | 'done';
  done: number;
  total: number;
}

export interface ImportResult {
  queueId: string;
  name: string;
  imported: number;
  updated: number;
  invalid: number;
  issues: ImportIssue[];
}

export type { Decision, DecisionKind };

/** A stored decision: the Decision plus the audit seq of the event that recorded it (save order). */
export interface DecisionRow extends Decision {
  savedSeq: number;
}

/**
 * One `poe-decisions/1` event (schema version 7 on), verbatim: the local reviewer's own events
 * (chained when their decision is saved, in the same transaction) and events imported from
 * other reviewers' logs. Never edited or deleted. queueId is the log's queue (a batch's events
 * carry their team queue's id).
 */
export interface DecisionEventRow {
  /** Insertion order: each reviewer's events are stored in chain order. */
  seq?: number;
  hash: string;
  decisionId: string;
  queueId: string;
  reviewer: string;
  claimId: string;
  event: LogEvent;
  origin: 'local' | 'imported';
  /** The log file an imported event came from. */
  source: string | null;
}

/** A batch the lead split off a queue and assigned (schema version 7 on). */
export interface TeamBatchRow {
  batchId: string;
  /** The lead's queue the batch was split from. */
  queueId: string;
  name: string;
  reviewer: string;
  claimIds: string[];
  purpose: 'review' | 'second-review';
  /** Second review: claim ID -> the first decision's id. */
  secondReviewOf: Record<string, string> | null;
  createdAt: string;
  /** How it was split: "count 5", "partner Fabrikam", "ids", "QC seed 42 (10% / 5%)". */
  rule: string;
}
