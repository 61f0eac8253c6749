import { getDocumentBlob, getEngineReport, putEngineReport } from '@renderer/db';
import type { ClaimRow } from '@renderer/db/types';
import type { ClaimCheckReport } from '@shared/checks/types';
import { LIMITS } from '@shared/limits';
import { engineCacheKey } from './engine-cache-key';
import { whileReading } from '@renderer/features/viewer/ocr/ocr-reading-store';
import { runEngine } from './engine-client';
import { openingSettled } from './engine-busy';
import type { EngineDocumentFact } from './engine-protocol';

export interface EngineOutcome {
  report: ClaimCheckReport;
  /** Reading results of the run (kept in the cache from now on); null for reports cached before. */
  documents: EngineDocumentFact[] | null;
  fromCache: boolean;
}

/**
 * Budget of one claim's run: base plus per document, capped, plus the OCR of up to two scanned
 * documents (each document's OCR is bounded by the readers at LIMITS.ocrDocumentMs: pages past it
 * are left to a person). Per-document budgets are the readers'.
 */
function budgetMs(documentCount: number): number {
  return Math.min(120_000, 30_000 + 15_000 * documentCount) + LIMITS.ocrDocumentMs * Math.min(2, documentCount);
}

function abortError(): DOMException {
  return new DOMException('The claim was closed before it was checked', 'AbortError');
}

/**
 * The engine's report for a claim: from the cache when the key matches, else from the worker.
 * Until it is known, the viewer says "Text not read yet: OCR runs…" on the claim's scans.
 */
export function checkClaim(row: ClaimRow, signal: AbortSignal): Promise<EngineOutcome> {
  const hashes = row.documents.flatMap((d) => (d.sha256 ? [d.sha256] : []));
  return whileReading(hashes, () => cachedOrRun(row, signal));
}

async function cachedOrRun(row: ClaimRow, signal: AbortSignal): Promise<EngineOutcome> {
  const claim = row.claim;
  if (!claim) throw new Error(`claim ${row.claimId} failed validation, so its documents were not checked`);
  const key = engineCacheKey(row);
  const cached = await getEngineReport(key);
  if (cached) return { report: cached.report, documents: cached.documents ?? null, fromCache: true };
  if (signal.aborted) throw abortError();
  const result = await runEngine(
    async () => {
      // The claim's first screen is read first: this run's database reads and worker start wait for it.
      await openingSettled();
      if (signal.aborted) throw abortError();
      const documents = await Promise.all(
        row.documents.map(async (d) => {
          const blob = await getDocumentBlob(row.queueId, d.path);
          return { path: d.path, bytes: blob ? await blob.arrayBuffer() : null, state: d.state, stateDetail: d.stateDetail };
        }),
      );
      return { assetsBase: new URL('./', document.baseURI).href, claim, documents };
    },
    budgetMs(row.documents.length),
    signal,
  );
  await putEngineReport({ key, report: result.report, computedAt: new Date().toISOString(), documents: result.documents });
  return { report: result.report, documents: result.documents, fromCache: false };
}
