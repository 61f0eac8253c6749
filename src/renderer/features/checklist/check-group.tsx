import { useState } from 'react';
import type { CheckStatus, Evidence } from '@shared/checks/types';
import { basename } from '@renderer/features/claim/claim-facts-model';
import { CHECK_LABELS, STATUS_LABELS, STATUS_ORDER } from './check-labels';
import type { CheckView } from './checklist-model';

interface CheckGroupProps {
  index: number;
  check: CheckView;
  isEngineRunning: boolean;
  onStatus: (status: CheckStatus | null) => void;
  onNote: (note: string) => void;
  onEvidence: (evidence: Evidence) => void;
}

function where(e: Evidence): string {
  const at = e.page ? `p. ${e.page}` : e.part ?? '';
  return [basename(e.document), at].filter(Boolean).join(' · ');
}

/** Evidence shown before "N more": enough to judge, short enough to keep seven checks in view. */
const EVIDENCE_SHOWN = 3;

/** One check: engine verdict and evidence, the reviewer's Pass/Fail/Review/N/A and a note. */
export function CheckGroup({ index, check, isEngineRunning, onStatus, onNote, onEvidence }: CheckGroupProps) {
  const label = CHECK_LABELS[check.id];
  const name = `check-${check.id}`;
  const [isAllEvidence, setAllEvidence] = useState(false);
  const evidence = isAllEvidence ? check.evidence : check.evidence.slice(0, EVIDENCE_SHOWN);
  const hidden = check.evidence.length - evidence.length;
  return (
    <fieldset className={`check effective-${check.effective ?? 'none'}`} aria-label={label} data-check-index={index}>
      <legend>
        <span className="check-number" aria-hidden="true">
          {index + 1}
        </span>
        {label}
        <span className={`badge status-${check.effective ?? 'none'}`}>
          {check.effective ? STATUS_LABELS[check.effective] : isEngineRunning ? '…' : 'Not set'}
          {check.manualStatus && check.engineStatus && check.manualStatus !== check.engineStatus ? ' (overridden)' : ''}
        </span>
      </legend>
      <p className="engine-line">
        {check.engineStatus ? (
          <>
            <span className={`engine-verdict status-${check.engineStatus}`}>Engine: {STATUS_LABELS[check.engineStatus]}</span>{' '}
            <span>{check.engineSummary}</span>
          </>
        ) : (
          <span className="muted">{isEngineRunning ? 'Engine: checking…' : 'Engine: no verdict'}</span>
        )}
      </p>
      {check.evidence.length > 0 && (
        <ul className="evidence">
          {evidence.map((e, i) => (
            <li key={i}>
              <button type="button" className="evidence-button" aria-label={`Show evidence: ${e.text}`} title={e.text} onClick={() => onEvidence(e)}>
                <span className="evidence-text">“{e.text}”</span>
                <span className="evidence-where">{where(e)}</span>
              </button>
            </li>
          ))}
          {hidden > 0 && (
            <li>
              <button type="button" className="small more" onClick={() => setAllEvidence(true)}>
                {hidden} more evidence
              </button>
            </li>
          )}
        </ul>
      )}
      <div className="check-controls">
        <div className="status-radios">
          {STATUS_ORDER.map((status) => (
            <label key={status} className={`radio status-${status}`}>
              <input type="radio" name={name} value={status} checked={check.manualStatus === status} onChange={() => onStatus(status)} />
              {STATUS_LABELS[status]}
            </label>
          ))}
          {check.manualStatus && (
            <button type="button" className="small" onClick={() => onStatus(null)} title="Go back to the engine's verdict">
              Clear
            </button>
          )}
        </div>
        <input className="note" type="text" aria-label="Note" placeholder="Note" value={check.note} onChange={(e) => onNote(e.target.value)} />
      </div>
    </fieldset>
  );
}
