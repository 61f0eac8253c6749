import { readQueueManifest, type ManifestInput, type ParsedClaim, type QueueManifest } from '@shared/queue/parse-queue';
import type { ImportIssue } from '@shared/queue/import-issue';
import { CLAIM_PAGE_SIZE, newImportId } from '@renderer/db/claim-pages';
import { putClaimPage, readImportBaseline } from '@renderer/db/import-store';
import { queueIdForName } from '@renderer/db/keys';
import type { ClaimRow, ImportProgress } from '@renderer/db/types';
import { toClaimRow } from './claim-row';
import { applyDocumentResults } from './document-results';
import type { StoredDocument } from './import-documents';

const VALIDATE_SLICE_SIZE = 2 * CLAIM_PAGE_SIZE;

export type StageReport = (phase: ImportProgress['phase'], done: number, total: number) => void;

/** What the import needs from the manifest before it reads the documents. */
export interface ClaimPlan {
  queueId: string;
  /** The ID this import's claim pages are written under (the queue row points at it at the end). */
  importId: string;
  name: string;
  header: Record<string, unknown>;
  /** Queue-level issues (syntax, schema tag, CSV rows); claim issues come with the write. */
  manifestIssues: ImportIssue[];
  /** SHA-256 (hex) of the manifest text as UTF-8, for the audit event. */
  manifestSha256: string;
  /** Documents to read and store: each queue-relative path once. */
  paths: string[];
}

export interface ClaimWriteResult {
  claimCount: number;
  imported: number;
  invalid: number;
  claimIssues: ImportIssue[];
}

/**
 * The claim half of an import: parse and validate the manifest and build a row per claim,
 * writing while validating the pages (CLAIM_PAGE_SIZE claims in manifest order) whose claims
 * need no document; once the documents are stored, the rest. Runs in the import worker in the
 * app, so JSON.parse, zod and the structured clone of 10,000 rows stay off the page's thread;
 * runs in-process where there is no Worker (unit tests), with the same code.
 */
export interface ClaimStage {
  plan(): Promise<ClaimPlan>;
  write(stored: ReadonlyMap<string, StoredDocument>): Promise<ClaimWriteResult>;
  close(): void;
}

export function createClaimStage(input: ManifestInput, report: StageReport): ClaimStage {
  let planned: { plan: ClaimPlan; rows: ClaimRow[]; writer: PageWriter; waiting: number[]; existingKeys: Set<string>; previous: Map<string, string> } | null = null;
  return {
    async plan() {
      const manifest = readQueueManifest(input);
      const manifestSha256 = await sha256Hex(input.manifestText);
      const queueId = queueIdForName(manifest.name);
      const importId = newImportId();
      const files = new Set(input.files);
      const baseline = await readImportBaseline(queueId);
      const total = manifest.rawClaims.length;
      const writer = createPageWriter(queueId, importId, total, report);
      const rows: ClaimRow[] = [];
      // Pages waiting for their documents: written once those are stored (each page once).
      const waiting: number[] = [];
      // A page whose claims need no document is final as soon as it is validated: it is written
      // while later slices validate, so parsing and IndexedDB's commits overlap.
      await validateInSlices(manifest, async (slice, done) => {
        const firstPage = rows.length / CLAIM_PAGE_SIZE;
        rows.push(...slice.map((c) => toClaimRow(queueId, c, files)));
        report('validating', done, total);
        for (let page = firstPage; page * CLAIM_PAGE_SIZE < rows.length; page++) {
          const pageRows = rows.slice(page * CLAIM_PAGE_SIZE, (page + 1) * CLAIM_PAGE_SIZE);
          if (pageRows.some(hasPendingDocument)) waiting.push(page);
          else await writer.write(page, pageRows);
        }
      });
      const paths = [...new Set(rows.flatMap((r) => r.documents.filter((d) => d.state === 'pending').map((d) => d.path)))];
      const plan: ClaimPlan = { queueId, importId, name: manifest.name, header: manifest.header, manifestIssues: manifest.issues, manifestSha256, paths };
      planned = { plan, rows, writer, waiting, existingKeys: baseline.existingKeys, previous: baseline.documentHashes };
      return plan;
    },
    async write(stored) {
      if (!planned) throw new Error('import: claims written before they were planned');
      const { plan, writer, waiting, existingKeys, previous } = planned;
      const rows = applyDocumentResults(planned.rows, stored, previous, plan.name);
      planned = null;
      for (const page of waiting) await writer.write(page, rows.slice(page * CLAIM_PAGE_SIZE, (page + 1) * CLAIM_PAGE_SIZE));
      await writer.finish();
      return {
        claimCount: rows.length,
        imported: rows.filter((r) => !existingKeys.has(r.key)).length,
        invalid: rows.filter((r) => !r.isValid).length,
        claimIssues: rows.flatMap((r) => r.issues),
      };
    },
    close() {
      planned?.writer.abandon();
      planned = null;
    },
  };
}

function hasPendingDocument(row: ClaimRow): boolean {
  return row.documents.some((d) => d.state === 'pending');
}

interface PageWriter {
  /** Writes one page once the page before it has committed (at most one write in flight). */
  write(page: number, rows: readonly ClaimRow[]): Promise<void>;
  /** Waits for every write to commit (throws the first write error). */
  finish(): Promise<void>;
  /** Writes nothing more (a page being written still commits). */
  abandon(): void;
}

function createPageWriter(queueId: string, importId: string, total: number, report: StageReport): PageWriter {
  let written = 0;
  let abandoned = false;
  let inFlight: Promise<void> = Promise.resolve();
  return {
    async write(page, rows) {
      // The next page is cloned only once the previous one committed: one transaction at a time.
      await inFlight;
      if (abandoned) return;
      inFlight = putClaimPage(queueId, importId, page, rows).then(() => {
        written += rows.length;
        report('storing', written, total);
      });
      // Awaited by the next write or by finish; marked handled so an abandoned import is quiet.
      inFlight.catch(() => undefined);
      await yieldToEventLoop();
    },
    async finish() {
      await inFlight;
    },
    abandon() {
      abandoned = true;
    },
  };
}

/** crypto.subtle hashes off the JS thread (a pure-JS SHA-256 of a 10 MB manifest blocked ~200 ms). */
async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Validates claims a slice at a time, handing each slice on, with a yield in between. */
async function validateInSlices(manifest: QueueManifest, onSlice: (slice: ParsedClaim[], done: number) => Promise<void>): Promise<void> {
  const raws = manifest.rawClaims;
  for (let start = 0; start < raws.length; start += VALIDATE_SLICE_SIZE) {
    const end = Math.min(raws.length, start + VALIDATE_SLICE_SIZE);
    const slice: ParsedClaim[] = [];
    for (let i = start; i < end; i++) slice.push(manifest.validateClaim(raws[i], i));
    await onSlice(slice, end);
    await yieldToEventLoop();
  }
}

/** Lets input, paint and other tasks run between batches. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
