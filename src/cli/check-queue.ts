import { EngineRunner } from './engine-runner';
import { LIMITS } from '@shared/limits';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { openQueueSource } from '../node/queue-source';
import { rulesetLabel, type Ruleset } from '@shared/checks/ruleset';
import { CheckReportSchema, type CheckReport, type CheckReportError, type ClaimCheckReport } from '@shared/checks/types';
import type { ExtractedDocument } from '@shared/documents/types';
import { documentSignature } from '@shared/links/document-signature';
import { findLinks } from '@shared/links/find-links';
import type { LinkClaim, TextSignature } from '@shared/links/types';
import { formatIssue, parseQueue } from '@shared/queue/parse-queue';
import type { ImportIssue } from '@shared/queue/import-issue';
import { hashMismatch, planDocument, type DocumentPlan } from '@shared/queue/queue-documents';
import { clip } from '@shared/limits';
import { ocrLanguagesFor } from '@shared/documents/ocr';
import { ExtractPool, failedDocument } from './worker-pool';

/** The queue itself cannot be used (not found, no manifest, bad JSON): exit non-zero. */
export class QueueUnusableError extends Error {}

export interface CheckQueueOptions {
  ruleset: Ruleset;
  workerUrl: URL;
  jobs?: number;
  timeoutMs?: number;
  now?: Date;
  /** The checklist's budget per claim (LIMITS.claimCheckMs). */
  claimBudgetMs?: number;
  /** OCR of scanned pages: its budget per document and cache folder; `false` turns it off (`--no-ocr`). Default on, no cache. */
  ocr?: { budgetMs?: number; cacheDir?: string } | false;
  /** Called after each document is read (for progress on stderr). */
  onProgress?: (done: number, total: number) => void;
}

/** Problems worth a line in `errors`: documents not "ok", and attachments that are broken or locked. */
function documentErrors(doc: ExtractedDocument, claimId: string, out: CheckReportError[]): void {
  const found: CheckReportError[] = [];
  collectErrors(doc, claimId, found, 0);
  // An email with hundreds of refused attachments gets a few lines and a count, not hundreds.
  const shown = found.slice(0, MAX_ERRORS_PER_DOCUMENT);
  out.push(...shown);
  const rest = found.slice(MAX_ERRORS_PER_DOCUMENT);
  if (rest.length > 0) {
    const states = [...new Set(rest.map((e) => e.message.split(':')[0] ?? ''))].join(', ');
    out.push({ claimId, document: doc.path, message: `${states}: ${rest.length} more attachment(s) of this document not read` });
  }
}

const MAX_ERRORS_PER_DOCUMENT = 10;

/** The queue sources word a refusal '"docs/a.pdf" refused: reason'; the error names the document and its state already. */
const NAMED_REFUSAL = /^"(?:[^"\\]|\\.)*" refused: /;

/** "refused: it leaves the queue folder", "corrupt: could not be read: …": the state, then why, each said once. */
function stateMessage(doc: ExtractedDocument): string {
  if (!doc.stateDetail) return doc.state;
  return `${doc.state}: ${doc.state === 'refused' ? doc.stateDetail.replace(NAMED_REFUSAL, '') : doc.stateDetail}`;
}

function collectErrors(doc: ExtractedDocument, claimId: string, out: CheckReportError[], depth: number): void {
  // Attachments of types we do not read (.txt, .ics) are not errors; broken or locked ones are.
  const skip = depth > 0 && doc.state === 'unsupported';
  if (doc.state !== 'ok' && !skip) out.push({ claimId, document: doc.path, message: stateMessage(doc) });
  if (depth < 8) for (const a of doc.attachments) collectErrors(a, claimId, out, depth + 1);
}

/** Where in the manifest: "queue.json claims[3]", "claims.csv row 4", or the file alone. */
function placeOf(manifest: string, row: number | undefined): string {
  if (row === undefined) return manifest;
  return manifest.endsWith('.csv') ? `${manifest} row ${row}` : `${manifest} claims[${row}]`;
}

/** An issue's message led by the field it is about (the report's entry names the claim). */
function issueText(issue: ImportIssue): string {
  const message = clip(issue.message, LIMITS.messageChars);
  return issue.field && !message.startsWith(issue.field) ? `${issue.field}: ${message}` : message;
}

/** Reads every document of a queue on all cores and runs the checklist on every claim. */
export async function checkQueue(fsPath: string, options: CheckQueueOptions): Promise<CheckReport> {
  const source = await openQueueSource(fsPath).catch((err: unknown) => {
    throw new QueueUnusableError(err instanceof Error ? err.message : String(err));
  });
  const parsed = parseQueue({
    manifestName: source.manifestName,
    manifestText: source.manifestText,
    label: source.label,
    files: source.files,
    // claims.csv dates ("7/8/2026") by the country rule of the ruleset the claims are checked with.
    dateOrder: options.ruleset.numericDateOrder,
  });
  const queueErrors = parsed.issues.filter((i) => i.severity === 'error');
  if (queueErrors.length > 0 && parsed.claims.length === 0) {
    throw new QueueUnusableError(queueErrors.map(formatIssue).join('\n'));
  }
  const manifest = source.manifestName;
  const errors: CheckReportError[] = queueErrors.map((i) => ({
    ...(i.claimId !== undefined ? { claimId: i.claimId } : {}),
    message: `${placeOf(manifest, i.row)}: ${issueText(i)}`,
  }));
  const files = new Set(source.files);
  // The app's rule and words for each listed path: refused (with the reason), missing, unsupported, or read.
  const plans = new Map<string, DocumentPlan>();
  for (const pc of parsed.claims)
    for (const d of pc.claim?.documents ?? []) if (!plans.has(d.path)) plans.set(d.path, planDocument(d.path, files));
  const pathOf = (raw: string): string => plans.get(raw)?.path ?? raw;
  const unique = new Map([...plans.values()].map((p) => [p.path, p]));
  const toRead = [...unique.values()].filter((p) => p.state === 'pending');
  const size = Math.max(1, Math.min(options.jobs ?? availableParallelism(), toRead.length));
  const timeoutMs = options.timeoutMs ?? LIMITS.documentMs;
  const docs = new Map<string, Promise<ExtractedDocument>>();
  const hashes = new Map<string, string>();
  const uses = new Map<string, number>();
  for (const pc of parsed.claims) for (const d of pc.claim?.documents ?? []) uses.set(pathOf(d.path), (uses.get(pathOf(d.path)) ?? 0) + 1);
  // OCR reads a scan in the languages of the countries of the claims that list it (English last).
  const countries = new Map<string, string[]>();
  for (const pc of parsed.claims)
    for (const d of pc.claim?.documents ?? [])
      countries.set(pathOf(d.path), [...(countries.get(pathOf(d.path)) ?? []), pc.claim?.customer.country ?? '']);
  const ocr =
    options.ocr === false
      ? undefined
      : { budgetMs: options.ocr?.budgetMs ?? LIMITS.ocrDocumentMs, ...(options.ocr?.cacheDir ? { cacheDir: options.ocr.cacheDir } : {}) };
  let done = 0;
  // The engine runs in its own thread with a budget per claim, as in the app.
  const engine = new EngineRunner({
    workerUrl: new URL('./engine-worker.js', options.workerUrl),
    ruleset: options.ruleset,
    budgetMs: options.claimBudgetMs ?? LIMITS.claimCheckMs,
  });
  // What links need of each document, kept after the document itself is dropped.
  const facts = new Map<string, { sha256?: string; signature: TextSignature | null }>();
  const pool =
    toRead.length > 0
      ? new ExtractPool({
          size,
          workerUrl: options.workerUrl,
          timeoutMs,
          graceMs: 15_000,
          maxHeapMb: LIMITS.readerHeapBytes / 1024 / 1024,
          maxResidentBytes: LIMITS.checkResidentBytes,
          maxTotalResidentBytes: LIMITS.checkTotalResidentBytes,
          ...(ocr ? { ocr } : {}),
        })
      : null;
  const load = async (path: string): Promise<Uint8Array> => {
    const bytes = await source.readFile(path);
    // Hashed here, not in the reader: a reader that is ended still leaves the hash to compare.
    hashes.set(path, createHash('sha256').update(bytes).digest('hex'));
    return bytes;
  };
  try {
    for (const plan of unique.values()) {
      const read =
        plan.state !== 'pending' || !pool
          ? Promise.resolve(failedDocument(plan.path, plan.state === 'pending' ? 'missing' : plan.state, plan.detail ?? 'not read'))
          : pool.run({
              path: plan.path,
              load: () => load(plan.path),
              ...(ocr ? { languages: ocrLanguagesFor(countries.get(plan.path) ?? [], options.ruleset.ocr) } : {}),
            });
      docs.set(
        plan.path,
        read.then((d) => {
          facts.set(plan.path, { sha256: hashes.get(plan.path) ?? d.sha256, signature: documentSignature(d) });
          options.onProgress?.(++done, unique.size);
          return d;
        }),
      );
    }
    const claims: ClaimCheckReport[] = [];
    const linkClaims: LinkClaim[] = [];
    for (const pc of parsed.claims) {
      const claim = pc.claim;
      if (!claim) {
        const issues = pc.issues.filter((i) => i.severity === 'error');
        errors.push({
          ...(pc.claimId ? { claimId: pc.claimId } : {}),
          message: `claim not checked (${placeOf(manifest, issues[0]?.row ?? pc.order)}): ${issues.map(issueText).join('; ') || 'invalid claim'}`,
        });
        continue;
      }
      const documents = await Promise.all(
        claim.documents.map((d) => docs.get(pathOf(d.path)) ?? Promise.resolve(failedDocument(d.path, 'missing', 'not read'))),
      );
      linkClaims.push({
        ...claim,
        // The file's own hash when it was read; the manifest's when it was not.
        documents: claim.documents.map((d) => ({
          path: pathOf(d.path),
          sha256: facts.get(pathOf(d.path))?.sha256 ?? d.sha256,
          signature: facts.get(pathOf(d.path))?.signature,
        })),
      });
      for (const d of documents) documentErrors(d, claim.claimId, errors);
      const hashWarnings = claim.documents.flatMap((d) => {
        const actual = hashes.get(pathOf(d.path));
        const message = d.sha256 && actual ? hashMismatch(pathOf(d.path), actual, d.sha256) : null;
        return message ? [{ document: pathOf(d.path), message }] : [];
      });
      for (const w of hashWarnings) errors.push({ claimId: claim.claimId, ...w });
      const outcome = await engine.run(claim, documents, options.now);
      if (outcome.error) errors.push({ claimId: claim.claimId, message: outcome.error });
      const report = outcome.report;
      claims.push(hashWarnings.length > 0 ? { ...report, documentWarnings: hashWarnings } : report);
      // Keep memory flat on big queues: drop a document once the last claim using it is checked.
      for (const d of claim.documents) {
        const left = (uses.get(pathOf(d.path)) ?? 1) - 1;
        uses.set(pathOf(d.path), left);
        if (left <= 0) docs.delete(pathOf(d.path));
      }
    }
    const links = findLinks(linkClaims, options.ruleset.workloads);
    return CheckReportSchema.parse({
      schema: 'poe-checks/1',
      ruleset: rulesetLabel(options.ruleset),
      queue: parsed.name,
      claims,
      links,
      errors: errors.map(clipError),
    });
  } finally {
    await pool?.close();
    await engine.close();
  }
}

/** Values from partners' files are echoed cut to a bounded length (a 5 MB field is not a 5 MB report). */
function clipError(e: CheckReportError): CheckReportError {
  return {
    ...e,
    ...(e.claimId !== undefined ? { claimId: clip(e.claimId) } : {}),
    ...(e.document !== undefined ? { document: clip(e.document, LIMITS.messageChars) } : {}),
    message: clip(e.message, LIMITS.messageChars),
  };
}
