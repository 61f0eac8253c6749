import type { ImportIssue } from '@shared/queue/import-issue';
import type { QueueSource } from '@shared/queue/queue-source';
import { finishImport, removeDocumentBlobsNotIn, removeOtherImports } from '@renderer/db/import-store';
import type { ImportProgress, ImportResult, QueueRow } from '@renderer/db/types';
import { startClaimStage } from './claim-stage-client';
import { storeDocuments, type StoredDocument } from './import-documents';

/**
 * Imports a queue: parse the manifest, then, at the same time, validate the claims (in the
 * worker) and read, hash and store every document (here); the claims are written in pages,
 * each with its documents' states, as soon as both are ready. The claim half (parse,
 * validate, write) runs in a worker (claim-stage-client), so the page never blocks for long;
 * documents are read here, through the platform's source.
 * Re-importing a queue of the same name updates it in place: its claims are replaced by the new
 * manifest's; decisions, checklist drafts and the audit log are kept (claims the manifest no
 * longer lists leave the list; their decisions stay, and still export).
 * Not one transaction (a 10,000-claim queue would block the page): claim pages are written under
 * a new import ID, and the queue row (pointing at it) and its 'queue-imported' audit event are
 * written last, together, so the queue switches from its old claims to all of the new at once.
 */
export async function importQueue(source: QueueSource, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
  const report = (phase: ImportProgress['phase'], done: number, total: number): void => onProgress?.({ phase, done, total });
  // Nothing to count yet: the bar shows "Reading …" without a made-up "0 / 1".
  report('reading', 0, 0);
  await yieldToEventLoop();
  const input = { manifestName: source.manifestName, manifestText: source.manifestText, label: source.label, files: source.files };
  const stage = startClaimStage(input, report);
  try {
    // The documents are read and stored while the worker validates the claims: it names them
    // as soon as the manifest is parsed. Their progress shows once validation is done.
    const early: { reading: Promise<Map<string, StoredDocument>> | null } = { reading: null };
    let validated = false;
    const plan = await stage.plan((toRead) => {
      early.reading = storeDocuments(source, toRead.queueId, toRead.paths, (done) => {
        if (validated) report('documents', done, toRead.paths.length);
      });
      early.reading.then((stored) => stage.documentsStored(stored)).catch(() => undefined);
    });
    validated = true;
    const { queueId, importId, paths } = plan;
    const stored = new Map(early.reading ? await early.reading : []);
    report('documents', stored.size, paths.length);
    // Documents only validation found (the early list comes from the raw claims): read now.
    const rest = paths.filter((p) => !stored.has(p));
    const more = await storeDocuments(source, queueId, rest, (done) => report('documents', stored.size + done, paths.length));
    for (const [path, result] of more) stored.set(path, result);
    const written = await stage.write(stored);
    await removeDocumentBlobsNotIn(queueId, new Set(paths.filter((p) => stored.get(p)?.state === 'ok')));

    const issues: ImportIssue[] = [...plan.manifestIssues, ...written.claimIssues];
    const { claimCount, imported, invalid } = written;
    const result: ImportResult = { queueId, name: plan.name, imported, updated: claimCount - imported, invalid, issues };
    await finishImport(queueRow(source, result, plan.header, claimCount, importId), {
      actor: 'import',
      payload: {
        name: plan.name,
        label: source.label,
        source: source.source,
        manifest: source.manifestName,
        manifestSha256: plan.manifestSha256,
        claims: claimCount,
        imported,
        updated: result.updated,
        invalid,
        errors: issues.filter((i) => i.severity === 'error').length,
        warnings: issues.filter((i) => i.severity === 'warning').length,
      },
    });
    // The queue now shows this import's pages; the previous import's (and any left by an
    // import that never finished) go. Failing here loses nothing: the next import retries.
    await removeOtherImports(queueId, importId).catch(() => 0);
    report('done', claimCount, claimCount);
    return result;
  } finally {
    stage.close();
  }
}

function queueRow(
  source: QueueSource,
  result: ImportResult,
  header: Record<string, unknown>,
  claimCount: number,
  importId: string,
): QueueRow {
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
    importId,
  };
}

/** Lets input, paint and other tasks run between batches. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
