import type { Evidence } from '@shared/checks/types';
import { CheckGroup, needsReviewer } from './check-group';
import { CHECK_LABELS } from './check-labels';
import './checklist.css';
import type { Checklist, DraftState } from './use-checklist';
import type { EngineState } from './use-engine-report';

interface ChecklistPanelProps {
  checklist: Checklist;
  engine: EngineState;
  onEvidence: (evidence: Evidence) => void;
}

const DRAFT_TEXT: Record<DraftState, string> = {
  idle: '',
  unsaved: 'Unsaved changes…',
  saving: 'Saving…',
  saved: 'Checklist saved',
  failed: 'Not saved',
};

/** The seven checks: the engine's verdicts with evidence, and the reviewer's own statuses. */
export function ChecklistPanel({ checklist, engine, onEvidence }: ChecklistPanelProps) {
  const isRunning = engine.status === 'checking';
  return (
    <section aria-label="Checklist" className="checklist" aria-busy={isRunning}>
      {/* One line: the heading, what is left to confirm, the draft's state (room for seven checks at 1366×768). */}
      <div className="pane-head checklist-head">
        <h2>Checklist</h2>
        {!isRunning && <ToConfirm checklist={checklist} />}
        <span className={`draft-state draft-${checklist.draftState}`}>{DRAFT_TEXT[checklist.draftState]}</span>
      </div>
      {isRunning && (
        <p className="engine-banner">
          <span className="spinner" aria-hidden="true" /> Checking documents…
        </p>
      )}
      {engine.status === 'failed' && (
        <p className="callout error">Automatic checks failed: {engine.message}. Set each check by hand; the claim can still be decided.</p>
      )}
      {engine.status === 'skipped' && <p className="callout warning">{engine.message}</p>}
      {checklist.draftError && <p className="callout error">{checklist.draftError}</p>}
      {checklist.checks.map((check, i) => (
        <CheckGroup
          key={check.id}
          index={i}
          check={check}
          isEngineRunning={isRunning}
          onStatus={(status) => checklist.setStatus(check.id, status)}
          onNote={(note) => checklist.setNote(check.id, note)}
          onEvidence={onEvidence}
        />
      ))}
    </section>
  );
}

/**
 * What the reviewer must still look at: checks without a verdict, to review, or failing, that
 * they have not set. On one line, by the checks' numbers (each such check is marked too); the
 * names are read out and shown on hover.
 */
function ToConfirm({ checklist }: { checklist: Checklist }) {
  const open = checklist.checks.map((check, i) => ({ check, n: i + 1 })).filter(({ check }) => needsReviewer(check));
  if (open.length === 0) return <p className="to-confirm-summary done">Nothing left to confirm</p>;
  return (
    <p className="to-confirm-summary" title={open.map(({ check, n }) => `${n} ${CHECK_LABELS[check.id]}`).join('\n')}>
      <strong>To confirm ({open.length}):</strong>{' '}
      {open.map(({ check, n }, i) => (
        <span key={check.id}>
          {i > 0 && ', '}
          {n}
          <span className="visually-hidden"> {CHECK_LABELS[check.id]}</span>
        </span>
      ))}
    </p>
  );
}
