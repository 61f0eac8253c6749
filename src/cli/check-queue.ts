import { availableParallelism } from 'node:os';
import { openQueueSource } from '../node/queue-source';
import { runChecks } from '@shared/checks/engine';
import { rulesetLabel, type Ruleset } from '@shared/checks/ruleset';
import { CHECK_IDS, CheckReportSchema, type CheckReport, type CheckReportError, type ClaimCheckReport } from '@shared/checks/types';
import type { ExtractedDocument } from '@shared/documents/types';
import { documentSignature } from '@shared/links/document-signature';
import { findLinks } from '@shared/links/find-links';
import type { LinkClaim, TextSignature } from '@shared/links/types';
import { formatIssue, parseQueue } from '@shared/queue/parse-queue';
import { ExtractPool, failedDocument } from './worker-pool';

/** The queue itself cannot be used (not found, no manifest, bad JSON): exit non-zero. */
export class QueueUnusableError extends Error {}

export interface CheckQueueOptions {
  ruleset: Ruleset;
  workerUrl: URL;
  jobs?: number;
  timeoutMs?: number;
  now?: Date;
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

function collectErrors(doc: ExtractedDocument, claimId: string, out: CheckReportError[], depth: number): void {
  // Attachments of types we do not read (.txt, .ics) are not errors; broken or locked ones are.
  const skip = depth > 0 && doc.state === 'unsupported';
  if (doc.state !== 'ok' && !skip) out.push({ claimId, document: doc.path, message: `${doc.state}${doc.stateDetail ? `: ${doc.stateDetail}` : ''}` });
  if (depth < 8) for (const a of doc.attachments) collectErrors(a, claimId, out, depth + 1);
}

/** Reads every document of a queue on all cores and runs the checklist on every claim. */
export async function checkQueue(fsPath: string, options: CheckQueueOptions): Promise<CheckReport> {
  const source = await openQueueSource(fsPath).catch((err: unknown) => {
    throw new QueueUnusableError(err instanceof Error ? err.message : String(err));
  });
  const parsed = parseQueue({ manifestName: source.manifestName, manifestText: source.manifestText, label: source.label, files: source.files });
  const queueErrors = parsed.issues.filter((i) => i.severity === 'error');
  if (queueErrors.length > 0 && parsed.claims.length === 0) {
    throw new QueueUnusableError(queueErrors.map(formatIssue).join('\n'));
  }
  const errors: CheckReportError[] = queueErrors.map((i) => ({ message: formatIssue(i) }));
  const files = new Set(source.files);
  const paths = [...new Set(parsed.claims.flatMap((c) => c.claim?.documents.map((d) => d.path) ?? []))];
  const size = Math.max(1, Math.min(options.jobs ?? availableParallelism(), paths.length));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const docs = new Map<string, Promise<ExtractedDocument>>();
  const uses = new Map<string, number>();
  for (const pc of parsed.claims) for (const d of pc.claim?.documents ?? []) uses.set(d.path, (uses.get(d.path) ?? 0) + 1);
  let done = 0;
  // What links need of each document, kept after the document itself is dropped.
  const facts = new Map<string, { sha256?: string; signature: TextSignature | null }>();
  const pool = paths.length > 0 ? new ExtractPool({ size, workerUrl: options.workerUrl, timeoutMs, graceMs: 15_000, maxHeapMb: 1536 }) : null;
  try {
    for (const path of paths) {
      const read = !files.has(path) || !pool
        ? Promise.resolve(failedDocument(path, 'missing', 'not found in the queue'))
        : pool.run({ path, load: () => source.readFile(path) });
      docs.set(path, read.then((d) => {
        facts.set(path, { sha256: d.sha256, signature: documentSignature(d) });
        options.onProgress?.(++done, paths.length);
        return d;
      }));
    }
    const claims: ClaimCheckReport[] = [];
    const linkClaims: LinkClaim[] = [];
    for (const pc of parsed.claims) {
      const claim = pc.claim;
      if (!claim) {
        const messages = pc.issues.filter((i) => i.severity === 'error').map(formatIssue);
        errors.push({ ...(pc.claimId ? { claimId: pc.claimId } : {}), message: `claim not checked: ${messages.join('; ') || 'invalid claim'}` });
        continue;
      }
      const documents = await Promise.all(claim.documents.map((d) => docs.get(d.path) ?? Promise.resolve(failedDocument(d.path, 'missing', 'not read'))));
      linkClaims.push({
        ...claim,
        // The file's own hash when it was read; the manifest's when it was not.
        documents: claim.documents.map((d) => ({ path: d.path, sha256: facts.get(d.path)?.sha256 ?? d.sha256, signature: facts.get(d.path)?.signature })),
      });
      for (const d of documents) documentErrors(d, claim.claimId, errors);
      claims.push(safeRunChecks(claim.claimId, () => runChecks({ claim, documents, ruleset: options.ruleset, now: options.now }), errors));
      // Keep memory flat on big queues: drop a document once the last claim using it is checked.
      for (const d of claim.documents) {
        const left = (uses.get(d.path) ?? 1) - 1;
        uses.set(d.path, left);
        if (left <= 0) docs.delete(d.path);
      }
    }
    const links = findLinks(linkClaims, options.ruleset.workloads);
    return CheckReportSchema.parse({ schema: 'poe-checks/1', ruleset: rulesetLabel(options.ruleset), queue: parsed.name, claims, links, errors });
  } finally {
    await pool?.close();
  }
}

/** An engine bug on one claim becomes an error line and a claim to review, not a crash. */
function safeRunChecks(claimId: string, run: () => ClaimCheckReport, errors: CheckReportError[]): ClaimCheckReport {
  try {
    return run();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    errors.push({ claimId, message: `checks failed: ${message}` });
    return {
      claimId,
      suggestedDecision: 'action-required',
      checks: CHECK_IDS.map((id) => ({ id, status: 'review' as const, summary: `The check could not run (${message}): a person must look`, evidence: [] })),
    };
  }
}
