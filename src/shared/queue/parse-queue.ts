import { LIMITS, clip } from '../limits';
import type { Claim } from './claim-schema';
import { QueueManifestHeaderSchema } from './claim-schema';
import { createClaimValidator, isRecord } from './claim-validation';
import type { ImportIssue } from './import-issue';
import { findDeepNesting, type DeepNesting } from './json-depth';
import { findJsonSyntaxError, lineColumn } from './json-syntax';
import { parseClaimsCsv } from './parse-csv';
import type { NumericDateOrder } from './csv-dates';

export interface ParsedClaim {
  /** Index in the manifest's claims (queue order). */
  order: number;
  /** The claim exactly as the manifest had it. */
  raw: unknown;
  /** The validated claim, unknown keys kept; null when invalid or a duplicate copy. */
  claim: Claim | null;
  /** The claim's ID ("<id>#2" for a later copy of a duplicate ID); null when it has none. */
  claimId: string | null;
  issues: ImportIssue[];
  /** Set on a later copy of a duplicate claim ID: the ID it repeats. */
  duplicateOf?: string;
}

export interface ParsedQueue {
  /** The manifest's name, or the folder/zip label when it has none (claims.csv never has one). */
  name: string;
  /** Top-level manifest keys other than claims, verbatim (unknown ones included). */
  header: Record<string, unknown>;
  claims: ParsedClaim[];
  /** Queue-level issues (manifest syntax, schema tag, CSV rows). Claim issues sit on each claim. */
  issues: ImportIssue[];
}

export interface ManifestInput {
  manifestName: 'queue.json' | 'claims.csv';
  manifestText: string;
  /** Folder or zip name, used in messages and as the name of a queue without one. */
  label: string;
  /** Every file in the queue, queue-relative with "/" separators. */
  files: readonly string[];
  /** The ruleset's day/month rule for claims.csv dates ("7/8/2026"); the default ruleset's when absent. */
  dateOrder?: NumericDateOrder;
}

/** A manifest read but not yet validated: the raw claims and the validator that goes with them. */
export interface QueueManifest {
  name: string;
  header: Record<string, unknown>;
  issues: ImportIssue[];
  rawClaims: unknown[];
  /** Validates one raw claim; call in manifest order (duplicates are found in passing). */
  validateClaim(raw: unknown, order: number): ParsedClaim;
}

/**
 * Reads and validates a queue manifest. Pure and total: never throws, whatever the input.
 * Every claim is kept, valid or not, in manifest order; every problem is an issue naming the
 * queue, the claim (ID, or index / spreadsheet row) and the field.
 */
export function parseQueue(source: ManifestInput): ParsedQueue {
  const manifest = readQueueManifest(source);
  try {
    const claims = manifest.rawClaims.map((raw, order) => manifest.validateClaim(raw, order));
    return { name: manifest.name, header: manifest.header, claims, issues: manifest.issues };
  } catch (error) {
    return failed(manifest.name, error);
  }
}

/**
 * The first half of parseQueue: syntax, header and the list of raw claims, without validating
 * them, for callers that validate in slices (the app's import yields to the page between slices).
 * Never throws.
 */
export function readQueueManifest(source: ManifestInput): QueueManifest {
  const label = typeof source.label === 'string' && source.label !== '' ? source.label : 'queue';
  try {
    const files = new Set(source.files);
    return source.manifestName === 'claims.csv'
      ? readCsv(source.manifestText, label, files, source.dateOrder)
      : readJson(source.manifestText, label, files);
  } catch (error) {
    // Last resort: a bug here must not take the app down with a partner's file.
    const { name, header, issues } = failed(label, error);
    return {
      name,
      header,
      issues,
      rawClaims: [],
      validateClaim: createClaimValidator({ queue: label, files: new Set(), locate: (i) => ({ row: i, ref: `claims[${i}]` }) }),
    };
  }
}

function failed(name: string, error: unknown): ParsedQueue {
  const message = error instanceof Error ? error.message : String(error);
  return { name, header: {}, claims: [], issues: [{ severity: 'error', queue: name, message: `could not read the manifest: ${message}` }] };
}

function readJson(text: string, label: string, files: ReadonlySet<string>): QueueManifest {
  const empty = (message: string): QueueManifest => ({
    name: label,
    header: {},
    issues: [{ severity: 'error', queue: label, message }],
    rawClaims: [],
    validateClaim: createClaimValidator({ queue: label, files, locate: (i) => ({ row: i, ref: `claims[${i}]` }) }),
  });
  const body = text.replace(/^\uFEFF/, '');
  // Nesting is bounded before parsing: JSON.parse, zod, IndexedDB and postMessage all recurse per level.
  const deep = findDeepNesting(body, LIMITS.manifestDepth);
  if (deep?.outside != null) {
    const at = lineColumn(body, deep.outside);
    return empty(`queue.json nests deeper than ${LIMITS.manifestDepth} levels (line ${at.line}, column ${at.column}): it was not read`);
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(deep ? withoutDeepClaims(body, deep) : body);
  } catch (error) {
    const where = findJsonSyntaxError(body);
    return empty(
      where
        ? `queue.json is not valid JSON: ${where.message} at line ${where.line}, column ${where.column} (offset ${where.offset})`
        : `queue.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!isRecord(manifest)) {
    const kind = manifest === null ? 'null' : Array.isArray(manifest) ? 'an array' : typeof manifest;
    return empty(`queue.json must be an object with "schema", "name" and "claims", not ${kind}`);
  }
  const { claims: rawClaims, ...header } = manifest;
  const name = typeof header.name === 'string' && header.name.trim() !== '' ? header.name : label;
  return {
    name,
    header,
    issues: headerIssues(manifest, name),
    rawClaims: Array.isArray(rawClaims) ? rawClaims : [],
    validateClaim: refusingDeepClaims(
      createClaimValidator({ queue: name, files, locate: (i) => ({ row: i, ref: `claims[${i}]` }) }),
      deep,
      body,
      name,
    ),
  };
}

/** The manifest with each too-deep claim replaced by null (its place, and so every index, kept). */
function withoutDeepClaims(body: string, deep: DeepNesting): string {
  let out = '';
  let at = 0;
  for (const c of deep.claims) {
    out += `${body.slice(at, c.start)}null`;
    at = c.end;
  }
  return out + body.slice(at);
}

const CLAIM_ID = /"claimId"\s*:\s*("(?:[^"\\\n]|\\.){1,200}"|-?\d{1,30})/;

/** Each too-deep claim is listed, named by its ID when one can be seen, with an error; the others validate as usual. */
function refusingDeepClaims(
  validate: QueueManifest['validateClaim'],
  deep: DeepNesting | null,
  body: string,
  queue: string,
): QueueManifest['validateClaim'] {
  if (!deep) return validate;
  const byIndex = new Map(deep.claims.map((c) => [c.index, c]));
  return (raw, order) => {
    const found = byIndex.get(order);
    if (!found) return validate(raw, order);
    const literal = CLAIM_ID.exec(body.slice(found.start, found.end))?.[1];
    const parsedId: unknown = literal === undefined ? null : JSON.parse(literal);
    const claimId = typeof parsedId === 'string' || typeof parsedId === 'number' ? String(parsedId) : null;
    const message = `claims[${order}]${claimId === null ? '' : ` (claim ${claimId})`} nests deeper than ${LIMITS.manifestDepth} levels: it was not read`;
    return {
      order,
      // What can be kept without the nesting: the ID, so the claim stays listed.
      raw: claimId === null ? {} : { claimId },
      claim: null,
      claimId,
      issues: [{ severity: 'error', queue, row: order, ...(claimId === null ? {} : { claimId }), message }],
    };
  };
}
function headerIssues(manifest: Record<string, unknown>, queue: string): ImportIssue[] {
  const result = QueueManifestHeaderSchema.safeParse(manifest);
  if (result.success) return [];
  return result.error.issues.map((issue): ImportIssue => {
    const field = issue.path.map(String).join('.');
    let message: string;
    if (field === 'schema') {
      message =
        manifest.schema === undefined
          ? 'queue.json has no "schema" tag; expected "poe-queue/1"'
          : `queue.json has schema ${JSON.stringify(manifest.schema)}; this app reads "poe-queue/1"`;
    } else if (field === 'claims') {
      message = manifest.claims === undefined ? 'queue.json has no "claims" list' : 'queue.json "claims" must be a list';
    } else {
      message = `${field || 'manifest'}: ${/received undefined$/.test(issue.message) ? 'required field is missing' : issue.message}`;
    }
    return { severity: 'error', queue, ...(field ? { field } : {}), message };
  });
}

function readCsv(text: string, label: string, files: ReadonlySet<string>, dateOrder: NumericDateOrder | undefined): QueueManifest {
  const csv = parseClaimsCsv(text, label, dateOrder);
  const rows = csv.claims.map((c) => c.row);
  return {
    name: label,
    header: { source: 'claims.csv' },
    issues: csv.issues,
    rawClaims: csv.claims.map((c) => c.raw),
    validateClaim: createClaimValidator({
      queue: label,
      files,
      locate: (i) => ({ row: rows[i] ?? i + 2, ref: `row ${rows[i] ?? i + 2}` }),
    }),
  };
}

/** One line for people and logs: "Week 47: claim 1004973, row 4, customer.country: ...". */
export function formatIssue(issue: ImportIssue): string {
  // Partners' values are cut: a 5 MB claim ID must not make a 5 MB line.
  const where = [
    clip(issue.queue),
    issue.claimId !== undefined ? `claim ${clip(issue.claimId)}` : undefined,
    issue.document !== undefined ? `document ${clip(issue.document)}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return `${issue.severity === 'error' ? 'Error' : 'Warning'}: ${where}: ${clip(issue.message, LIMITS.messageChars)}`;
}
