import { readQueueManifest, type ManifestInput, type ParsedClaim, type QueueManifest } from '@shared/queue/parse-queue';
import type { ImportIssue } from '@shared/queue/import-issue';
import { CLAIM_PAGE_SIZE, newImportId } from '@renderer/db/claim-pages';
import { putClaimPage, readImportBaseline } from '@renderer/db/import-store';
import { queueIdForName } from '@renderer/db/keys';
import type { ClaimRow, ImportProgress } from '@renderer/db/types';
import { documentRows, toClaimRow } from './claim-row';
import { applyDocumentResults } from './document-results';
import type { StoredDocument } from './import-documents';
import { isRecord } from '@shared/queue/claim-validation';

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
  /** Every document the claims need read and stored: each queue-relative path once. */
  paths: string[];
}

export interface ClaimWriteResult {
  claimCount: number;
  imported: number;
  invalid: number;
  claimIssues: ImportIssue[];
}

/** The documents a queue's claims point at, known as soon as the manifest is parsed. */
export interface DocumentsToRead {
  queueId: string;
  paths: string[];
}

/**
 * The claim half of an import: parse the manifest, validate its claims and write them as pages
 * (CLAIM_PAGE_SIZE claims in manifest order). The documents to read are announced right after
 * parsing (`onDocuments`), so the page reads and stores them while the claims validate; once
 * `documentsStored` hands the results over, each page is written as soon as it is validated.
 * Pages written during plan() are final (each page is written once); write() writes the rest.
 * Runs in the import worker in the app, so JSON.parse, zod and the structured clone of 10,000
 * rows stay off the page's thread; runs in-process where there is no Worker (unit tests).
 */
export interface ClaimStage {
  plan(onDocuments: (toRead: DocumentsToRead) => void): Promise<ClaimPlan>;
  /** Results of reading (some of) the documents; may come while plan() still runs. */
  documentsStored(stored: ReadonlyMap<string, StoredDocument>): void;
  /** Writes every page not written yet, with `stored` (every document read), and waits for all. */
  write(stored: ReadonlyMap<string, StoredDocument>): Promise<ClaimWriteResult>;
  close(): void;
}

export function createClaimStage(input: ManifestInput, report: StageReport): ClaimStage {
  let stored: ReadonlyMap<string, StoredDocument> = new Map();
  // Set by plan(); write() takes them over (and close() abandons what is left).
  let pages: PagePlan | null = null;
  let existingKeys: ReadonlySet<string> = new Set();
  return {
    async plan(onDocuments) {
      const manifest = readQueueManifest(input);
      const queueId = queueIdForName(manifest.name);
      const files = new Set(input.files);
      // Read before any document is stored again: the hashes the last import stored.
      const baseline = await readImportBaseline(queueId);
      onDocuments({ queueId, paths: documentPathsOf(manifest.rawClaims, files) });
      const manifestSha256 = await sha256Hex(input.manifestText);
      const total = manifest.rawClaims.length;
      const importId = newImportId();
      // One progress bar: while claims validate, that is what it shows (pages written meanwhile
      // show in the 'storing' count once validation is done).
      let validating = true;
      const writer = createPageWriter(queueId, importId, (written) => !validating && report('storing', written, total));
      const current = createPagePlan(writer, baseline.documentHashes, manifest.name);
      pages = current;
      existingKeys = baseline.existingKeys;
      await validateInSlices(manifest, async (slice, done) => {
        current.add(slice.map((c) => toClaimRow(queueId, c, files)));
        report('validating', done, total);
        await current.writeReady(stored);
      });
      validating = false;
      report('storing', writer.written(), total);
      return {
        queueId,
        importId,
        name: manifest.name,
        header: manifest.header,
        manifestIssues: manifest.issues,
        manifestSha256,
        paths: current.documentPaths(),
      };
    },
    documentsStored(results) {
      stored = new Map([...stored, ...results]);
    },
    async write(results) {
      const current = pages;
      if (!current) throw new Error('import: claims written before they were planned');
      pages = null;
      stored = new Map([...stored, ...results]);
      const rows = await current.finish(stored);
      return {
        claimCount: rows.length,
        imported: rows.filter((r) => !existingKeys.has(r.key)).length,
        invalid: rows.filter((r) => !r.isValid).length,
        claimIssues: rows.flatMap((r) => r.issues),
      };
    },
    close() {
      pages?.abandon();
      pages = null;
    },
  };
}

/**
 * The queue-relative paths to read, from the raw claims (before validation, which takes far
 * longer): every listed path that is in the queue and of a supported type, once. A path only
 * validation finds (none should) is still read: the plan's own list is the one that counts.
 */
export function documentPathsOf(rawClaims: readonly unknown[], files: ReadonlySet<string>): string[] {
  const paths = new Set<string>();
  for (const raw of rawClaims) {
    if (!isRecord(raw)) continue;
    for (const doc of documentRows(raw.documents, files)) if (doc.state === 'pending') paths.add(doc.path);
  }
  return [...paths];
}

/** The claim rows as they validate, cut into pages; each page written once, when final. */
interface PagePlan {
  add(rows: readonly ClaimRow[]): void;
  /** Writes, in order, each full page whose documents are all in `stored` (or that has none). */
  writeReady(stored: ReadonlyMap<string, StoredDocument>): Promise<void>;
  /** Every document path the claims list that needs reading (each once). */
  documentPaths(): string[];
  /** Writes what is left (the last page may be partial), waits for every write, and gives every row as written. */
  finish(stored: ReadonlyMap<string, StoredDocument>): Promise<ClaimRow[]>;
  abandon(): void;
}

function createPagePlan(writer: PageWriter, previous: ReadonlyMap<string, string>, queueName: string): PagePlan {
  const rows: ClaimRow[] = [];
  const paths = new Set<string>();
  let nextPage = 0;
  const pageRows = (page: number) => rows.slice(page * CLAIM_PAGE_SIZE, (page + 1) * CLAIM_PAGE_SIZE);
  async function writeReady(stored: ReadonlyMap<string, StoredDocument>, includePartial: boolean): Promise<void> {
    while ((nextPage + 1) * CLAIM_PAGE_SIZE <= rows.length || (includePartial && nextPage * CLAIM_PAGE_SIZE < rows.length)) {
      const page = nextPage;
      const waiting = pageRows(page).filter(hasPendingDocument);
      if (waiting.some((row) => row.documents.some((d) => d.state === 'pending' && !stored.has(d.path)))) return;
      const final = waiting.length === 0 ? pageRows(page) : applyDocumentResults(pageRows(page), stored, previous, queueName);
      rows.splice(page * CLAIM_PAGE_SIZE, final.length, ...final);
      nextPage++;
      await writer.write(page, final);
    }
  }
  return {
    add(more) {
      rows.push(...more);
      for (const row of more) for (const doc of row.documents) if (doc.state === 'pending') paths.add(doc.path);
    },
    writeReady: (stored) => writeReady(stored, false),
    documentPaths() {
      return [...paths];
    },
    async finish(stored) {
      await writeReady(stored, true);
      if (nextPage * CLAIM_PAGE_SIZE < rows.length) throw new Error('import: claims left unwritten, waiting for documents never read');
      await writer.finish();
      return rows;
    },
    abandon() {
      writer.abandon();
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
  /** Claims in pages committed so far. */
  written(): number;
}

function createPageWriter(queueId: string, importId: string, onWritten: (written: number) => void): PageWriter {
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
        onWritten(written);
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
    written: () => written,
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
