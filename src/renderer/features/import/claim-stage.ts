import { readQueueManifest, type ManifestInput, type ParsedClaim, type QueueManifest } from '@shared/queue/parse-queue';
import type { ImportIssue } from '@shared/queue/import-issue';
import { putClaimBatch, readImportBaseline, reconcileDecisionKinds, removeClaimsNotIn } from '@renderer/db/import-store';
import { queueIdForName } from '@renderer/db/keys';
import type { ClaimRow, ImportProgress } from '@renderer/db/types';
import { toClaimRow } from './claim-row';
import { applyDocumentResults } from './document-results';
import type { StoredDocument } from './import-documents';

/** About 500 rows per transaction keeps each block well under 100 ms when this runs on the page. */
export const CLAIM_BATCH_SIZE = 500;
const VALIDATE_SLICE_SIZE = 1000;

export type StageReport = (phase: ImportProgress['phase'], done: number, total: number) => void;

/** What the import needs from the manifest before it reads the documents. */
export interface ClaimPlan {
  queueId: string;
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
 * The claim half of an import: parse and validate the manifest and plan a row per claim, writing
 * in batches the rows that need no document while validating; once the documents are stored,
 * write the rest. Runs in the import worker in the app, so
 * JSON.parse, zod and the structured clone of 10,000 rows stay off the page's thread; runs
 * in-process where there is no Worker (unit tests), with the same code.
 */
export interface ClaimStage {
  plan(): Promise<ClaimPlan>;
  write(stored: ReadonlyMap<string, StoredDocument>): Promise<ClaimWriteResult>;
  close(): void;
}

export function createClaimStage(input: ManifestInput, report: StageReport): ClaimStage {
  let planned: { plan: ClaimPlan; rows: ClaimRow[]; writer: BatchWriter; existingKeys: Set<string>; previous: Map<string, string> } | null = null;
  return {
    async plan() {
      const manifest = readQueueManifest(input);
      const manifestSha256 = await sha256Hex(input.manifestText);
      const queueId = queueIdForName(manifest.name);
      const files = new Set(input.files);
      const baseline = await readImportBaseline(queueId);
      const total = manifest.rawClaims.length;
      const writer = createBatchWriter(total, CLAIM_BATCH_SIZE, report);
      const rows: ClaimRow[] = [];
      // A row whose documents need no reading is final as soon as it is validated: it is written
      // while later slices validate, so parsing and IndexedDB's commits overlap. Rows waiting
      // for their documents are written once those are stored (each row is written once).
      await validateInSlices(manifest, async (slice, done) => {
        const sliceRows = slice.map((c) => toClaimRow(queueId, c, files, baseline.decisionKinds.get(c.claimId ?? '')));
        rows.push(...sliceRows);
        report('validating', done, total);
        await writer.add(sliceRows.filter((r) => !hasPendingDocument(r)));
      });
      const paths = [...new Set(rows.flatMap((r) => r.documents.filter((d) => d.state === 'pending').map((d) => d.path)))];
      const plan: ClaimPlan = { queueId, name: manifest.name, header: manifest.header, manifestIssues: manifest.issues, manifestSha256, paths };
      planned = { plan, rows, writer, existingKeys: baseline.existingKeys, previous: baseline.documentHashes };
      return plan;
    },
    async write(stored) {
      if (!planned) throw new Error('import: claims written before they were planned');
      const { plan, writer, existingKeys, previous } = planned;
      const beforeDocuments = planned.rows;
      const rows = applyDocumentResults(beforeDocuments, stored, previous, plan.name);
      planned = null;
      // The rows not written during plan(): those that were waiting for their documents.
      await writer.add(rows.filter((_, i) => hasPendingDocument(beforeDocuments[i]!)));
      await writer.finish();
      await reconcileDecisionKinds(plan.queueId, new Map(rows.map((r) => [r.claimId, r.decisionKind])));
      await removeClaimsNotIn(plan.queueId, new Set(rows.map((r) => r.key)));
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

interface BatchWriter {
  /** Queues rows; writes every full batch, with at most one batch in flight. */
  add(rows: readonly ClaimRow[]): Promise<void>;
  /** Writes the rest and waits for every write to commit (throws the first write error). */
  finish(): Promise<void>;
  abandon(): void;
}

function createBatchWriter(total: number, batchSize: number, report: StageReport): BatchWriter {
  let buffer: ClaimRow[] = [];
  let written = 0;
  let inFlight: Promise<void> = Promise.resolve();
  async function send(batch: ClaimRow[]): Promise<void> {
    // The next batch is cloned only once the previous one committed: one transaction at a time.
    await inFlight;
    inFlight = putClaimBatch(batch).then(() => {
      written += batch.length;
      report('storing', written, total);
    });
    // Awaited by the next send or by finish; marked handled so an abandoned import is quiet.
    inFlight.catch(() => undefined);
    await yieldToEventLoop();
  }
  return {
    async add(rows) {
      buffer.push(...rows);
      while (buffer.length >= batchSize) await send(buffer.splice(0, batchSize));
    },
    async finish() {
      while (buffer.length > 0) await send(buffer.splice(0, batchSize));
      await inFlight;
    },
    abandon() {
      buffer = [];
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
