import type { ImportIssue } from '@shared/queue/import-issue';
import { hashMismatch } from '@shared/queue/queue-documents';
import type { ClaimDocumentRow, ClaimRow } from '@renderer/db/types';
import type { StoredDocument } from './import-documents';

/**
 * Puts what reading the documents found onto each claim row: state, hash, size, and warnings
 * when a document's bytes differ from the manifest's declared SHA-256 or from what an earlier
 * import stored (the document changed on disk since).
 */
export function applyDocumentResults(
  rows: readonly ClaimRow[],
  stored: ReadonlyMap<string, StoredDocument>,
  /** SHA-256 stored by the previous import, by document path. */
  previous: ReadonlyMap<string, string>,
  queue: string,
): ClaimRow[] {
  return rows.map((row) => {
    if (!row.documents.some((d) => d.state === 'pending')) return row;
    const issues: ImportIssue[] = [...row.issues];
    const documents = row.documents.map((doc): ClaimDocumentRow => {
      const result = doc.state === 'pending' ? stored.get(doc.path) : undefined;
      if (!result) return doc;
      const where = { queue, claimId: row.claimId, document: doc.path };
      if (result.state !== 'ok') {
        issues.push({ ...where, severity: 'error', message: result.detail });
        return { ...doc, state: result.state, stateDetail: result.detail, bytes: result.bytes };
      }
      const mismatch = doc.declaredSha256 === null ? null : hashMismatch(doc.path, result.sha256, doc.declaredSha256);
      if (mismatch) issues.push({ ...where, severity: 'warning', message: mismatch });
      const earlier = previous.get(doc.path);
      if (earlier && earlier !== result.sha256) {
        issues.push({
          ...where,
          severity: 'warning',
          message: `${doc.path} changed since the last import (SHA-256 was ${earlier}, now ${result.sha256})`,
        });
      }
      return { ...doc, state: 'ok', stateDetail: null, sha256: result.sha256, bytes: result.bytes };
    });
    return { ...row, documents, issues };
  });
}
