import { useId, useState } from 'react';
import type { CheckStatus, Evidence } from '@shared/checks/types';
import { CHECK_LABELS, STATUS_LABELS, STATUS_ORDER } from './check-labels';
import type { CheckView } from './checklist-model';
import { evidenceWhere, evidenceWhereFull, formFieldLabel } from './evidence-label';

interface CheckGroupProps {
  index: number;
  check: CheckView;
  isEngineRunning: boolean;
  onStatus: (status: CheckStatus | null) => void;
  onNote: (note: string) => void;
  onEvidence: (evidence: Evidence) => void;
}

/** Evidence shown before "N more": enough to judge, short enough to keep seven checks in view. */
const EVIDENCE_SHOWN = 1;

/** A check the reviewer must still look at: the engine could not decide it, or it fails. */
export function needsReviewer(check: CheckView): boolean {
  return check.manualStatus === null && (check.effective === null || check.effective === 'review' || check.effective === 'fail');
}

/**
 * One check: the engine's verdict with its evidence (the quote first), and on demand
 * ("Override") the reviewer's Pass/Fail/Review/N/A and a note. The override opens by itself
 * when the reviewer already set something, or when the engine gave no verdict.
 */
export function CheckGroup({ index, check, isEngineRunning, onStatus, onNote, onEvidence }: CheckGroupProps) {
  const label = CHECK_LABELS[check.id];
  const name = `check-${check.id}`;
  const controlsId = useId();
  const [isAllEvidence, setAllEvidence] = useState(false);
  const [isOverrideAsked, setOverrideAsked] = useState(false);
  const evidence = isAllEvidence ? check.evidence : check.evidence.slice(0, EVIDENCE_SHOWN);
  const hidden = check.evidence.length - evidence.length;
  const isOverridden = check.manualStatus !== null && check.engineStatus !== null && check.manualStatus !== check.engineStatus;
  const isOpen = isOverrideAsked || check.manualStatus !== null || check.note !== '' || (check.engineStatus === null && !isEngineRunning);
  const toConfirm = !isEngineRunning && needsReviewer(check);
  return (
    <fieldset
      className={`check effective-${check.effective ?? 'none'}${toConfirm ? ' to-confirm' : ''}`}
      aria-label={label}
      data-check-index={index}
    >
      <legend>
        <span className="check-number" aria-hidden="true">
          {index + 1}
        </span>
        <span className="check-label">{label}</span>
        {toConfirm && <span className="to-confirm-label">To confirm</span>}
        {!isOpen && (
          <button
            type="button"
            className="small override-button"
            aria-expanded={false}
            aria-label={`Override: ${label}`}
            onClick={() => {
              setOverrideAsked(true);
              // The first status of the opened override takes the focus (keyboard users land on it).
              requestAnimationFrame(() => document.getElementById(controlsId)?.querySelector('input')?.focus());
            }}
          >
            Override
          </button>
        )}
        <span className={`badge status-${check.effective ?? 'none'}`}>
          {check.effective ? STATUS_LABELS[check.effective] : isEngineRunning ? '…' : 'Not set'}
          {isOverridden ? ' (overridden)' : check.manualStatus ? ' (yours)' : ''}
        </span>
      </legend>
      <p className="engine-line" title={check.engineSummary ?? undefined}>
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
              <button
                type="button"
                className="evidence-button"
                title={`“${e.text}”${e.formField ? `\nForm field: ${e.formField}` : ''}\n${evidenceWhereFull(e)}`}
                onClick={() => onEvidence(e)}
              >
                <span className="visually-hidden">Show evidence: </span>
                <span className="evidence-text">“{e.text}”</span>
                {/* A value typed into a fillable PDF form: which field holds it. */}
                {e.formField && <span className="evidence-field">field {formFieldLabel(e.formField)}</span>}
                <span className="evidence-where">{evidenceWhere(e)}</span>
              </button>
              {i === evidence.length - 1 && hidden > 0 && (
                <button type="button" className="small link more-evidence" onClick={() => setAllEvidence(true)}>
                  {hidden} more
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {isOpen && (
        <div className="check-controls" id={controlsId}>
          <div className="status-radios" role="radiogroup" aria-label={`Your status for ${label}`}>
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
          <input
            className="note"
            type="text"
            aria-label="Note"
            placeholder="Note"
            value={check.note}
            onChange={(e) => onNote(e.target.value)}
          />
        </div>
      )}
    </fieldset>
  );
}
