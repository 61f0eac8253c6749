import type { Evidence } from '@shared/checks/types';
import { CheckGroup } from './check-group';
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
      <div className="pane-head">
        <h2>Checklist</h2>
        <span className={`draft-state draft-${checklist.draftState}`}>{DRAFT_TEXT[checklist.draftState]}</span>
      </div>
      {isRunning && (
        <p className="engine-banner">
          <span className="spinner" aria-hidden="true" /> Checking documents…
        </p>
      )}
      {engine.status === 'failed' && (
        <p className="callout error">
          Automatic checks failed: {engine.message}. Set each check by hand; the claim can still be decided.
        </p>
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
