import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getClaim, getDocumentBlob } from '@renderer/db';
import type { ClaimRow } from '@renderer/db/types';
import { useAppStore } from '@renderer/app/app-store';
import { formatDate } from '@renderer/app/clock';
import { CHECK_LABELS } from '@renderer/features/checklist/check-labels';
import { DocumentViewer, type ViewerDocument } from '@renderer/features/viewer/document-viewer';
import { SUGGESTION_LABELS } from '@renderer/features/queue-list/triage-cells';
import { compareFacts } from './compare-facts';
import type { TriageInfo } from './triage-info';

function viewerDocuments(row: ClaimRow): ViewerDocument[] {
  return row.documents.map((d) => ({
    path: d.path,
    name: d.path.split('/').pop() ?? d.path,
    mimeType: d.mimeType,
    state: d.state,
    stateDetail: d.stateDetail,
    load: () => getDocumentBlob(row.queueId, d.path),
  }));
}

function CheckSummary({ info }: { info: TriageInfo | undefined }) {
  if (!info) return <p className="muted">Not checked yet.</p>;
  if (info.engine !== 'done') return <p className="muted">The engine did not run: {info.message}</p>;
  const list = (ids: readonly string[]) => ids.map((id) => CHECK_LABELS[id as keyof typeof CHECK_LABELS] ?? id).join(', ') || 'none';
  return (
    <p>
      Suggested: <strong>{info.suggestedDecision ? SUGGESTION_LABELS[info.suggestedDecision] : 'none'}</strong> · failing:{' '}
      {list(info.failing)} · to review: {list(info.review)}
    </p>
  );
}

function DocumentsPane({ row, label }: { row: ClaimRow; label: string }) {
  const documents = useMemo(() => viewerDocuments(row), [row]);
  const [active, setActive] = useState<string | null>(row.documents[0]?.path ?? null);
  return (
    <section className="pane viewer-pane compare-docs" aria-label={label}>
      <DocumentViewer documents={documents} activePath={active} onActivePathChange={setActive} focus={null} />
    </section>
  );
}

/** Two conflicting claims side by side: facts with differences marked, checks, POE in two viewers. */
export function CompareView({
  left,
  leftTriage,
  otherTriage,
}: {
  left: ClaimRow;
  leftTriage: TriageInfo | undefined;
  otherTriage: TriageInfo | undefined;
}) {
  const target = useAppStore((s) => s.compareWith);
  const close = useAppStore((s) => s.closeCompare);
  const right = useLiveQuery(
    async () => (target ? ((await getClaim(target.queueId, target.claimId)) ?? null) : null),
    [target?.queueId, target?.claimId],
  );
  const facts = compareFacts(left.claim, right?.claim ?? null);
  if (!target) return null;
  return (
    <div className="compare-view" aria-label={`Compare claim ${left.claimId} with claim ${target.claimId}`} role="region">
      <div className="compare-head">
        <h2>
          Compare claim {left.claimId} with claim {target.claimId}
        </h2>
        <button type="button" onClick={close}>
          Close compare
        </button>
      </div>
      {right === undefined ? (
        <p className="muted">Loading claim {target.claimId}…</p>
      ) : right === null ? (
        <p className="field-error">Claim {target.claimId} is not stored any more (a later import removed it).</p>
      ) : (
        <>
          <table className="compare-facts" aria-label="Facts side by side">
            <thead>
              <tr>
                <th scope="col">Fact</th>
                <th scope="col">Claim {left.claimId}</th>
                <th scope="col">Claim {target.claimId}</th>
              </tr>
            </thead>
            <tbody>
              {facts.map((f) => (
                <tr key={f.label} className={f.isDifferent ? 'differs' : undefined} data-differs={f.isDifferent || undefined}>
                  <th scope="row">
                    {f.label}
                    {f.isDifferent && <span className="visually-hidden"> (differs)</span>}
                  </th>
                  <td>{/^\d{4}-\d{2}-\d{2}/.test(f.left) ? formatDate(f.left) : f.left}</td>
                  <td>{/^\d{4}-\d{2}-\d{2}/.test(f.right) ? formatDate(f.right) : f.right}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Checks</th>
                <td>
                  <CheckSummary info={leftTriage} />
                </td>
                <td>
                  <CheckSummary info={otherTriage} />
                </td>
              </tr>
            </tbody>
          </table>
          <div className="compare-panes">
            <DocumentsPane row={left} label={`Documents of claim ${left.claimId}`} />
            <DocumentsPane row={right} label={`Documents of claim ${target.claimId}`} />
          </div>
        </>
      )}
    </div>
  );
}
