import { getDocumentBlob, getEngineReport, putEngineReport } from '@renderer/db';
import type { ClaimRow } from '@renderer/db/types';
import type { ClaimCheckReport } from '@shared/checks/types';
import { engineCacheKey } from './engine-cache-key';
import { runEngine } from './engine-client';
import type { EngineDocumentFact } from './engine-protocol';

export interface EngineOutcome {
  report: ClaimCheckReport;
  /** Reading results of the run (kept in the cache from now on); null for reports cached before. */
  documents: EngineDocumentFact[] | null;
  fromCache: boolean;
}

/** Budget of one claim's run: base plus per document, capped. Per-document budgets are the readers'. */
function budgetMs(documentCount: number): number {
  return Math.min(120_000, 30_000 + 15_000 * documentCount);
}

function abortError(): DOMException {
  return new DOMException('The claim was closed before it was checked', 'AbortError');
}

/** The engine's report for a claim: from the cache when the key matches, else from the worker. */
export async function checkClaim(row: ClaimRow, signal: AbortSignal): Promise<EngineOutcome> {
  const claim = row.claim;
  if (!claim) throw new Error(`claim ${row.claimId} failed validation, so its documents were not checked`);
  const key = engineCacheKey(row);
  const cached = await getEngineReport(key);
  if (cached) return { report: cached.report, documents: cached.documents ?? null, fromCache: true };
  if (signal.aborted) throw abortError();
  const result = await runEngine(async () => {
    if (signal.aborted) throw abortError();
    const documents = await Promise.all(
      row.documents.map(async (d) => {
        const blob = await getDocumentBlob(row.queueId, d.path);
        return { path: d.path, bytes: blob ? await blob.arrayBuffer() : null, state: d.state, stateDetail: d.stateDetail };
      }),
    );
    return { assetsBase: new URL('./', document.baseURI).href, claim, documents };
  }, budgetMs(row.documents.length));
  await putEngineReport({ key, report: result.report, computedAt: new Date().toISOString(), documents: result.documents });
  return { report: result.report, documents: result.documents, fromCache: false };
}
