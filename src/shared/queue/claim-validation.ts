import { ClaimSchema } from './claim-schema';
import type { ImportIssue } from './import-issue';
import type { ParsedClaim } from './parse-queue';
import { planDocument } from './queue-documents';

/** Where a claim sits in its manifest: the issue row and the words used in messages. */
export interface ClaimLocation {
  /** queue.json: index in claims[] (0-based); claims.csv: spreadsheet row (header = row 1). */
  row: number;
  /** "claims[3]" or "row 5". */
  ref: string;
}

export interface ValidationContext {
  queue: string;
  files: ReadonlySet<string>;
  locate(order: number): ClaimLocation;
}

/**
 * Validates claims one at a time, so callers can validate in slices and yield in between (the
 * app's import keeps the page responsive that way). Call it in manifest order: it remembers the
 * IDs seen so far to flag duplicates. Every claim is kept: an invalid claim stays with
 * claim = null, its raw value and issues that name the claim, row and field.
 *
 * Duplicate claim IDs: the first keeps its ID; each later copy is listed as "<id>#2", "#3"...
 * with claim = null and an error naming where the first one is. Both stay visible, neither is
 * merged, and only the first can be decided (a decision must name one claim unambiguously).
 */
export function createClaimValidator(ctx: ValidationContext): (raw: unknown, order: number) => ParsedClaim {
  const seen = new Map<string, string>();
  return (raw, order) => {
    const where = ctx.locate(order);
    const result = ClaimSchema.safeParse(raw);
    const originalId = result.success ? result.data.claimId : rawClaimId(raw);
    const base = { queue: ctx.queue, row: where.row, ...(originalId !== null ? { claimId: originalId } : {}) };
    const issues: ImportIssue[] = [];
    if (!isRecord(raw)) {
      issues.push({ ...base, severity: 'error', message: `${where.ref} is not an object (${describeType(raw)})` });
    } else if (!result.success) {
      const reported = new Set<string>();
      for (const issue of result.error.issues) {
        const field = formatPath(issue.path);
        // One message per field: a malformed date would otherwise also be "not a real calendar date".
        if (reported.has(field)) continue;
        reported.add(field);
        issues.push({
          ...base,
          severity: 'error',
          ...(field ? { field } : {}),
          message: `${field || 'claim'}: ${friendlyMessage(issue.message)}`,
        });
      }
    }
    issues.push(...documentIssues(raw, ctx.files, base));
    let claim = result.success ? result.data : null;
    let claimId = originalId;
    if (originalId !== null) {
      const first = seen.get(originalId);
      if (first === undefined) {
        seen.set(originalId, where.ref);
      } else {
        let n = 2;
        while (seen.has(`${originalId}#${n}`)) n++;
        claimId = `${originalId}#${n}`;
        seen.set(claimId, where.ref);
        claim = null;
        issues.unshift({
          ...base,
          severity: 'error',
          field: 'claimId',
          message: `duplicate claim ID ${originalId} (first at ${first}): this copy is listed as ${claimId} and cannot be decided until the queue is fixed`,
        });
      }
    }
    return { order, raw, claim, claimId, issues, ...(claimId !== originalId && originalId !== null ? { duplicateOf: originalId } : {}) };
  };
}

function documentIssues(raw: unknown, files: ReadonlySet<string>, base: Omit<ImportIssue, 'severity' | 'message'>): ImportIssue[] {
  if (!isRecord(raw) || !Array.isArray(raw.documents)) return [];
  const out: ImportIssue[] = [];
  raw.documents.forEach((doc: unknown, j) => {
    if (!isRecord(doc) || typeof doc.path !== 'string') return; // the schema reports it
    const plan = planDocument(doc.path, files);
    if (plan.state === 'pending' || plan.detail === null) return;
    const field = `documents[${j}].path`;
    const severity = plan.state === 'refused' ? 'error' : 'warning';
    out.push({ ...base, severity, field, document: doc.path, message: `${field}: ${plan.detail}` });
  });
  return out;
}

function rawClaimId(raw: unknown): string | null {
  if (!isRecord(raw)) return null;
  const id = raw.claimId;
  if (typeof id === 'string' && id.length > 0) return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return null;
}

/** ["customer", "country"] -> "customer.country"; ["documents", 0, "path"] -> "documents[0].path". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function friendlyMessage(message: string): string {
  return /received undefined$/.test(message) ? 'required field is missing' : message;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
