import type { ClaimDocumentRow } from '@renderer/db/types';
import type { EngineDocumentFact } from '@renderer/features/checklist/engine-protocol';
import { basename } from './claim-facts-model';

const STATE_TEXT: Record<ClaimDocumentRow['state'], string> = {
  ok: 'Read',
  pending: 'Not read yet',
  'password-required': 'Password required',
  unsupported: 'Unsupported type',
  corrupt: 'Corrupt',
  missing: 'Missing',
  refused: 'Refused',
  timeout: 'Timed out',
};

interface ClaimDocumentsProps {
  documents: readonly ClaimDocumentRow[];
  /** Reading results of the latest engine run, when it ran in this session. */
  engineFacts: readonly EngineDocumentFact[] | null;
  onShow: (path: string) => void;
}

/** The claim's documents with their state, size and SHA-256, and warnings when bytes changed. */
export function ClaimDocuments({ documents, engineFacts, onShow }: ClaimDocumentsProps) {
  if (documents.length === 0) return <p className="warning-text">This claim lists no documents.</p>;
  return (
    <ul className="doc-list">
      {documents.map((d) => {
        const fact = engineFacts?.find((f) => f.path === d.path);
        const changed = fact?.sha256 && d.sha256 && fact.sha256.toLowerCase() !== d.sha256.toLowerCase();
        const declaredMismatch = d.declaredSha256 && d.sha256 && d.declaredSha256.toLowerCase() !== d.sha256.toLowerCase();
        // A file stored whole at import may still be unreadable for the checklist (too large to
        // read, corrupt, locked): the reading's state then is the document's state, said here.
        const unread = d.state === 'ok' && fact && fact.state !== 'ok';
        const state = unread ? fact.state : d.state;
        const detail = unread ? fact.stateDetail : d.stateDetail;
        return (
          <li key={d.path} className="doc-item">
            <div className="doc-head">
              <button type="button" className="link" onClick={() => onShow(d.path)} title={d.path}>
                {basename(d.path)}
              </button>
              <span className={`badge state-${state === 'ok' ? 'ok' : state === 'pending' ? 'pending' : 'bad'}`}>{STATE_TEXT[state]}</span>
            </div>
            <div className="doc-path muted">{d.path}</div>
            {detail && state !== 'ok' && <div className="warning-text">{detail}</div>}
            <div className="doc-meta">
              {d.bytes !== null && <span>{formatBytes(d.bytes)}</span>}
              {d.mimeType && <span>{d.mimeType}</span>}
            </div>
            <div className="sha" title="SHA-256 of the bytes stored at import">
              SHA-256 <code>{d.sha256 ?? 'none (no bytes stored)'}</code>
            </div>
            {d.declaredSha256 && !d.sha256 && (
              <div className="sha" title="SHA-256 the manifest declares">
                Manifest SHA-256 <code>{d.declaredSha256}</code>
              </div>
            )}
            {declaredMismatch && (
              <div className="warning-text">
                Differs from the SHA-256 in the manifest (<code>{d.declaredSha256}</code>): the file is not the one the claim was filed
                with.
              </div>
            )}
            {changed && (
              <div className="warning-text">
                Changed since import: the bytes read now hash to <code>{fact.sha256}</code>.
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
