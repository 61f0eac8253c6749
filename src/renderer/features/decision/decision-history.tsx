import { useLiveQuery } from 'dexie-react-hooks';
import { getDecisionHistory, undoneDecisionIds } from '@renderer/db';
import { formatDate } from '@renderer/app/clock';
import { findReason } from '@shared/decisions/reasons';
import { DECISION_KIND_LABELS } from './decision-rules';
import './decision-history.css';

/** Every decision on the claim, newest first: who, when, what, why. */
export function DecisionHistory({ queueId, claimId }: { queueId: string; claimId: string }) {
  const history = useLiveQuery(() => getDecisionHistory(queueId, claimId), [queueId, claimId]);
  const undone = useLiveQuery(() => undoneDecisionIds(queueId, claimId), [queueId, claimId]);
  const sorted = history ? [...history].sort((a, b) => (a.decidedAt < b.decidedAt ? 1 : a.decidedAt > b.decidedAt ? -1 : 0)) : [];
  return (
    <section aria-label="Decision history" className="history">
      <h2>Decision history</h2>
      {history === undefined ? (
        <p className="muted">Loading…</p>
      ) : sorted.length === 0 ? (
        <p className="muted">No decision yet.</p>
      ) : (
        <ol className="history-list">
          {sorted.map((d) => {
            const isUndone = undone?.has(d.decisionId) === true;
            const isCurrent = !isUndone && d === sorted.find((x) => !undone?.has(x.decisionId));
            return (
              <li key={d.decisionId} className={isCurrent ? 'current' : 'superseded'}>
                <div className="history-head">
                  <span className={`badge decision-${d.kind}`}>{DECISION_KIND_LABELS[d.kind]}</span>
                  <span>{d.reviewer}</span>
                  <time dateTime={d.decidedAt} title={d.decidedAt}>
                    {formatDate(d.decidedAt)}
                  </time>
                  <span className="muted">{isUndone ? 'undone' : isCurrent ? 'current' : 'superseded'}</span>
                </div>
                {d.reasons.length > 0 && (
                  <ul className="history-reasons">
                    {d.reasons.map((code) => (
                      <li key={code}>{findReason(code)?.label ?? code}</li>
                    ))}
                  </ul>
                )}
                {d.comment && <p className="history-comment">{d.comment}</p>}
                {d.overrideNote && <p className="history-comment">Override note: {d.overrideNote}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
