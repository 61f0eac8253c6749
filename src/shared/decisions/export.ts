import { CHECK_IDS } from '../checks/types';
import { findReason } from './reasons';
import type { ChecklistEntry, DecidedDocument, Decision } from './types';

/**
 * The decision log as people read it: CSV for spreadsheets (the JSON log for machines is
 * `poe-decisions/1`, shared/decision-log). Pure and
 * deterministic: the same records give byte-identical output (no export timestamp in the body;
 * claims in queue order, then by claim ID).
 */

export interface DecisionLogClaim {
  claimId: string;
  /** Position in the queue; null when the claim is no longer in the imported manifest. */
  order: number | null;
  /** The decision in force. */
  current: Decision;
  /** Every decision on the claim, oldest first (current included). */
  history: readonly Decision[];
  /** The claim as its manifest had it (unknown fields included); null when not imported. */
  raw: unknown;
}

export interface DecisionLogInput {
  queue: { queueId: string; name: string; header: Record<string, unknown> };
  claims: readonly DecisionLogClaim[];
  /** Anchor of the audit hash chain at export time: a later cut tail shows against it. */
  audit: { count: number; headHash: string };
  /** The exporting app's version (each decision also carries the version that made it). */
  appVersion: string;
}

/** CSV (RFC 4180, CRLF), one row per decided claim, formula-like cells neutralised. */
export function toDecisionLogCsv(input: DecisionLogInput): string {
  const header = [
    'queue',
    'claimId',
    'decision',
    ...DECISION_COLUMNS,
    'appVersion',
    'decisionId',
    'supersedes',
    'historyCount',
    'auditCount',
    'auditHeadHash',
    'relatedClaims',
  ];
  const rows = [header];
  for (const claim of sortClaims(input.claims)) {
    const d = claim.current;
    rows.push([
      input.queue.name,
      claim.claimId,
      d.kind,
      ...decisionCells(d),
      d.appVersion,
      d.decisionId,
      d.supersedes ?? '',
      String(claim.history.length),
      String(input.audit.count),
      input.audit.headHash,
      (d.relatedClaims ?? []).join(' '),
    ]);
  }
  return csvText(rows);
}

/** Rows as CSV text: every cell through csvCell, comma-separated, each row ending in CRLF. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** Three columns per check: the engine's verdict, the reviewer's status, the note. */
const CHECK_COLUMNS: readonly string[] = CHECK_IDS.flatMap((id) => [`${id}: engine`, `${id}: manual`, `${id}: note`]);

/** The columns of what a reviewer decided, alike in both CSVs (the cells come from `decisionCells`). */
export const DECISION_COLUMNS: readonly string[] = [
  'reasons',
  'comment',
  'overrideNote',
  'reviewer',
  'decidedAt',
  ...CHECK_COLUMNS,
  'documents',
];

/** What a decision and a decision-log event both carry, as far as the CSVs show it. */
type DecidedFields = Pick<Decision, 'reasons' | 'comment' | 'overrideNote' | 'reviewer' | 'decidedAt' | 'checklist' | 'documents'>;

/** The cells under DECISION_COLUMNS, in their order. */
export function decisionCells(d: DecidedFields): string[] {
  return [
    reasonsCell(d.reasons),
    d.comment,
    d.overrideNote,
    d.reviewer,
    toUtcIso(d.decidedAt),
    ...checklistCells(d.checklist),
    documentsCell(d.documents),
  ];
}

function checklistCells(checklist: readonly ChecklistEntry[]): string[] {
  return CHECK_IDS.flatMap((id) => {
    const entry = checklist.find((c) => c.id === id);
    return [entry?.engineStatus ?? '', entry?.manualStatus ?? '', entry?.note ?? ''];
  });
}

/** Reason codes with their labels: "names-missing (Names missing); …". */
function reasonsCell(reasons: readonly string[]): string {
  return reasons
    .map((code) => {
      const label = findReason(code)?.label;
      return label ? `${code} (${label})` : code;
    })
    .join('; ');
}

function documentsCell(documents: readonly DecidedDocument[]): string {
  return documents.map((doc) => `${doc.path} sha256:${doc.sha256 ?? 'none'}`).join('; ');
}

/**
 * One CSV cell: text starting with = + - @, tab, CR or NUL is prefixed with ' so spreadsheets
 * do not run it as a formula (OWASP ASVS 1.2.10); then RFC 4180 quoting.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r\0]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function sortClaims(claims: readonly DecisionLogClaim[]): DecisionLogClaim[] {
  return [...claims].sort((a, b) => {
    if (a.order !== b.order) {
      if (a.order === null) return 1;
      if (b.order === null) return -1;
      return a.order - b.order;
    }
    return a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0;
  });
}

function toUtcIso(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}
