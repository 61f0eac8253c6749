import { readCsvDate, type NumericDateOrder } from './csv-dates';
import Papa from 'papaparse';
import {
  activityFromRole,
  columnTarget,
  normaliseActivity,
  normaliseProgram,
  normaliseSector,
  parseBooleanCell,
  type ColumnTarget,
} from './csv-columns';
import type { ImportIssue } from './import-issue';

export { decodeManifestBytes } from './decode-manifest';

/** Claims read from claims.csv, each with its spreadsheet row (header = row 1). */
export interface CsvClaims {
  claims: { row: number; raw: Record<string, unknown> }[];
  issues: ImportIssue[];
}

/**
 * Reads a Partner Center "Export claims data"-shaped CSV (column mapping: csv-columns.ts) into
 * claim-shaped objects for the same validation queue.json claims get. Tolerates a BOM, CRLF /
 * LF / CR line ends mixed in one file, quoted line breaks and ",", ";" or tab delimiters.
 * Errors name the spreadsheet row as Excel would number it (a quoted line break does not start
 * a new row). Never throws. Dates are read with `dateOrder`, the ruleset's country rule.
 */
export function parseClaimsCsv(text: string, queue: string, dateOrder?: NumericDateOrder): CsvClaims {
  // One line-end style for papaparse, which guesses a single one per file.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(normalised, { header: false, newline: '\n', skipEmptyLines: false });
  const issues: ImportIssue[] = [];
  for (const error of parsed.errors) {
    // A one-column sheet has no delimiter to find; papaparse then reads commas, which is right.
    if (error.code === 'UndetectableDelimiter') continue;
    // Excel row = record index + 1 (the header is record 0, row 1).
    const row = typeof error.row === 'number' ? error.row + 1 : undefined;
    issues.push({
      severity: 'error',
      queue,
      ...(row !== undefined ? { row } : {}),
      message: `${row !== undefined ? `row ${row}: ` : ''}${describeCsvError(error)}`,
    });
  }
  const records = parsed.data;
  const headerIndex = records.findIndex((r) => r.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) {
    issues.push({ severity: 'error', queue, message: 'claims.csv is empty: no header row' });
    return { claims: [], issues };
  }
  const headers = records[headerIndex]!.map((h) => h.trim());
  const targets = headers.map(columnTarget);
  if (!targets.some((t) => t?.kind === 'top' && t.key === 'claimId')) {
    issues.push({
      severity: 'error',
      queue,
      row: headerIndex + 1,
      message: `row ${headerIndex + 1}: no "Claim ID" column among the headers (${headers.join(', ')})`,
    });
  }
  const claims: CsvClaims['claims'] = [];
  for (let r = headerIndex + 1; r < records.length; r++) {
    const cells = records[r]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const row = r + 1;
    if (cells.length !== headers.length) {
      issues.push({
        severity: 'warning',
        queue,
        row,
        message: `row ${row}: has ${cells.length} cells but the header has ${headers.length}`,
      });
    }
    claims.push({ row, raw: toClaim(headers, targets, cells, dateOrder) });
  }
  return { claims, issues };
}

function toClaim(
  headers: readonly string[],
  targets: readonly (ColumnTarget | null)[],
  cells: readonly string[],
  dateOrder: NumericDateOrder | undefined,
): Record<string, unknown> {
  const claim: Record<string, unknown> = {};
  const partner: Record<string, unknown> = {};
  const customer: Record<string, unknown> = {};
  let hasWorkloads = false;
  let hasDocuments = false;
  cells.forEach((cell, i) => {
    const value = cell.trim();
    const target = targets[i];
    const header = headers[i] ?? `column ${i + 1}`;
    if (!target) {
      if (value !== '' && header !== '') claim[header] = value;
      return;
    }
    switch (target.kind) {
      case 'workloads':
        hasWorkloads = true;
        claim.workloads = splitList(value, /[;,\n]/).map((name) => ({ name, subscriptionId: null, association: 'none' }));
        return;
      case 'documents':
        hasDocuments = true;
        claim.documents = splitList(value, /[;|\n]/).map((path) => ({ path }));
        return;
      case 'partner':
        if (value !== '') partner[target.key] = value;
        return;
      case 'customer':
        if (value !== '') customer[target.key] = target.key === 'sector' ? normaliseSector(value) : value;
        return;
      case 'top':
        if (value !== '') claim[target.key] = topValue(target.key, value);
        return;
    }
  });
  if (claim.activity === undefined && typeof claim.partnerRole === 'string') {
    const activity = activityFromRole(claim.partnerRole);
    if (activity) claim.activity = activity;
  }
  for (const key of CSV_DATE_FIELDS) {
    const value = claim[key];
    if (typeof value === 'string')
      claim[key] = readCsvDate(value, typeof customer.country === 'string' ? customer.country : null, dateOrder);
  }
  if (Object.keys(partner).length > 0) claim.partner = partner;
  if (Object.keys(customer).length > 0) claim.customer = customer;
  // A sheet without these columns lists none; a column present but empty also means none.
  if (!hasWorkloads) claim.workloads = [];
  if (!hasDocuments) claim.documents = [];
  return claim;
}

const CSV_DATE_FIELDS = ['createdAt', 'submittedAt', 'statusChangedAt', 'transactionDate'] as const;

function topValue(key: string, value: string): unknown {
  switch (key) {
    case 'program':
      return normaliseProgram(value);
    case 'activity':
      return normaliseActivity(value);
    case 'incentiveOptOut':
      return parseBooleanCell(value);
    default:
      return value;
  }
}

function splitList(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function describeCsvError(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'a quoted cell is never closed (unbalanced "); everything after it was read into that cell';
    case 'InvalidQuotes':
      return 'a quoted cell has text after its closing quote (a stray ")';
    case 'UndetectableDelimiter':
      return 'could not tell which delimiter separates the cells';
    case 'TooFewFields':
    case 'TooManyFields':
      return error.message;
  }
}
