import { sha256Text } from '@shared/audit/sha256';
import { readQueueManifest, type ParsedClaim, type QueueManifest } from '@shared/queue/parse-queue';
import type { ImportIssue } from '@shared/queue/import-issue';
import type { QueueSource } from '@shared/queue/queue-source';
import { finishImport, putClaimBatch, readImportBaseline, reconcileDecisionKinds, removeClaimsNotIn, removeDocumentBlobsNotIn } from '@renderer/db/import-store';
import { queueIdForName } from '@renderer/db/keys';
import type { ImportProgress, ImportResult, QueueRow } from '@renderer/db/types';
import { toClaimRow } from './claim-row';
import { applyDocumentResults } from './document-results';
import { storeDocuments } from './import-documents';

/** About 500 rows per transaction keeps each main-thread block well under 100 ms in Chromium. */
export const CLAIM_BATCH_SIZE = 500;
const VALIDATE_SLICE_SIZE = 1000;

/**
 * Imports a queue: read the manifest, validate claims in slices, read, hash and store every
 * document, then store the claim rows (each with its documents' states) in batches, yielding to
 * the event loop between slices and batches so the page never blocks for long.
 * Re-importing a queue of the same name updates it in place: claims are replaced by key;
 * decisions, checklist drafts, the audit log and each claim's decisionKind are kept; claims the
 * manifest no longer lists leave the list (their decisions stay, and still export).
 * Not one transaction (a 10,000-claim queue would block the page): the queue row and its
 * 'queue-imported' audit event are written last, together, so a queue shows as imported only
 * once everything is stored.
 */
export async function importQueue(source: QueueSource, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
  const report = (phase: ImportProgress['phase'], done: number, total: number): void => onProgress?.({ phase, done, total });
  report('reading', 0, 1);
  await yieldToEventLoop();
  const manifest = readQueueManifest(source);
  const parsed = await validateInSlices(manifest, (done) => report('validating', done, manifest.rawClaims.length));
  const queueId = queueIdForName(manifest.name);
  const files = new Set(source.files);
  const baseline = await readImportBaseline(queueId);
  const planned = parsed.map((c) => toClaimRow(queueId, c, files, baseline.decisionKinds.get(c.claimId ?? '')));

  // Documents first, so each claim row is written once, with its documents' final states.
  const paths = [...new Set(planned.flatMap((r) => r.documents.filter((d) => d.state === 'pending').map((d) => d.path)))];
  report('documents', 0, paths.length);
  const stored = await storeDocuments(source, queueId, paths, (done) => report('documents', done, paths.length));
  const rows = applyDocumentResults(planned, stored, baseline.documentHashes, manifest.name);

  for (let start = 0; start < rows.length; start += CLAIM_BATCH_SIZE) {
    await putClaimBatch(rows.slice(start, start + CLAIM_BATCH_SIZE));
    report('storing', Math.min(rows.length, start + CLAIM_BATCH_SIZE), rows.length);
    await yieldToEventLoop();
  }
  await reconcileDecisionKinds(queueId, new Map(rows.map((r) => [r.claimId, r.decisionKind])));
  await removeClaimsNotIn(queueId, new Set(rows.map((r) => r.key)));
  await removeDocumentBlobsNotIn(queueId, new Set(paths.filter((p) => stored.get(p)?.state === 'ok')));

  const issues: ImportIssue[] = [...manifest.issues, ...rows.flatMap((r) => r.issues)];
  const imported = rows.filter((r) => !baseline.existingKeys.has(r.key)).length;
  const result: ImportResult = { queueId, name: manifest.name, imported, updated: rows.length - imported, invalid: rows.filter((r) => !r.isValid).length, issues };
  await finishImport(queueRow(source, result, manifest.header, rows.length), {
    actor: 'import',
    payload: {
      name: manifest.name,
      label: source.label,
      source: source.source,
      manifest: source.manifestName,
      manifestSha256: sha256Text(source.manifestText),
      claims: rows.length,
      imported,
      updated: result.updated,
      invalid: result.invalid,
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
    },
  });
  report('done', rows.length, rows.length);
  return result;
}

function queueRow(source: QueueSource, result: ImportResult, header: Record<string, unknown>, claimCount: number): QueueRow {
  return {
    queueId: result.queueId,
    name: result.name,
    source: source.source,
    label: source.label,
    importedAt: new Date().toISOString(),
    exportedAt: typeof header.exportedAt === 'string' ? header.exportedAt : null,
    claimCount,
    issues: result.issues,
    header,
  };
}

/** Validates claims a slice at a time with a yield in between (zod on 10,000 claims is ~150 ms). */
async function validateInSlices(manifest: QueueManifest, onSlice: (done: number) => void): Promise<ParsedClaim[]> {
  const out: ParsedClaim[] = [];
  const raws = manifest.rawClaims;
  for (let start = 0; start < raws.length; start += VALIDATE_SLICE_SIZE) {
    const end = Math.min(raws.length, start + VALIDATE_SLICE_SIZE);
    for (let i = start; i < end; i++) out.push(manifest.validateClaim(raws[i], i));
    onSlice(end);
    await yieldToEventLoop();
  }
  return out;
}

/** Lets input, paint and other tasks run between batches. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
