import { sha256Text } from '@shared/audit/sha256';
import { parseQueue } from '@shared/queue/parse-queue';
import type { ImportIssue } from '@shared/queue/import-issue';
import type { QueueSource } from '@shared/queue/queue-source';
import { finishImport, putClaimBatch, readImportBaseline, removeClaimsNotIn } from '@renderer/db/import-store';
import { queueIdForName } from '@renderer/db/keys';
import type { ClaimRow, ImportProgress, ImportResult } from '@renderer/db/types';
import { toClaimRow } from './claim-row';
import { applyDocumentResults } from './document-results';
import { storeDocuments } from './import-documents';

/** About 500 rows per transaction keeps each main-thread block well under 100 ms in Chromium. */
export const CLAIM_BATCH_SIZE = 500;

/**
 * Imports a queue: parse and validate (pure), store claims in batches with a yield to the event
 * loop between them, then read, hash and store every document and record each document's state
 * on its claim. Re-importing a queue of the same name updates it in place: claims are replaced
 * by key, decisions, checklist drafts, the audit log and each claim's decisionKind are kept, and
 * claims the manifest no longer lists are removed from the list (their decisions stay).
 * Not one transaction (a 10,000-claim queue would block the page): the queue row and its
 * 'queue-imported' audit event are written last, together, so a queue shows as imported only
 * once everything is stored.
 */
export async function importQueue(source: QueueSource, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
  const report = (phase: ImportProgress['phase'], done: number, total: number): void => onProgress?.({ phase, done, total });
  report('reading', 0, 1);
  await yieldToEventLoop();
  const parsed = parseQueue(source);
  report('validating', parsed.claims.length, parsed.claims.length);
  const queueId = queueIdForName(parsed.name);
  const files = new Set(source.files);
  const baseline = await readImportBaseline(queueId);

  let rows = parsed.claims.map((c) => toClaimRow(queueId, c, files, baseline.decisionKinds.get(c.claimId ?? '')));
  await writeInBatches(rows, (done) => report('storing', done, rows.length));
  await removeClaimsNotIn(queueId, new Set(rows.map((r) => r.key)));

  const paths = [...new Set(rows.flatMap((r) => r.documents.filter((d) => d.state === 'pending').map((d) => d.path)))];
  report('documents', 0, paths.length);
  const stored = await storeDocuments(source, queueId, paths, (done) => report('documents', done, paths.length));
  const withDocuments = applyDocumentResults(rows, stored, baseline.existing, parsed.name);
  rows = withDocuments.rows;
  await writeInBatches(withDocuments.changed, () => undefined);

  const issues: ImportIssue[] = [...parsed.issues, ...rows.flatMap((r) => r.issues)];
  const imported = rows.filter((r) => !baseline.existing.has(r.claimId)).length;
  const result: ImportResult = { queueId, name: parsed.name, imported, updated: rows.length - imported, invalid: rows.filter((r) => !r.isValid).length, issues };
  const exportedAt = parsed.header.exportedAt;
  await finishImport(
    {
      queueId,
      name: parsed.name,
      source: source.source,
      label: source.label,
      importedAt: new Date().toISOString(),
      exportedAt: typeof exportedAt === 'string' ? exportedAt : null,
      claimCount: rows.length,
      issues,
      header: parsed.header,
    },
    {
      actor: 'import',
      payload: {
        name: parsed.name,
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
    },
  );
  report('done', rows.length, rows.length);
  return result;
}

async function writeInBatches(rows: readonly ClaimRow[], onBatch: (done: number) => void): Promise<void> {
  for (let start = 0; start < rows.length; start += CLAIM_BATCH_SIZE) {
    await putClaimBatch(rows.slice(start, start + CLAIM_BATCH_SIZE));
    onBatch(Math.min(rows.length, start + CLAIM_BATCH_SIZE));
    await yieldToEventLoop();
  }
}

/** Lets input, paint and other tasks run between batches. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
