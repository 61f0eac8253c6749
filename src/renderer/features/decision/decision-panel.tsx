import { setSetting } from '@renderer/db';
import type { Decision, DecisionKind } from '@shared/decisions/types';
import { SETTINGS, useAutoAdvance, useKeyMap } from '@renderer/features/settings/settings';
import { DECISION_KIND_LABELS } from './decision-rules';

interface DecisionPanelProps {
  current: Decision | null | undefined;
  failingCount: number;
  isSaving: boolean;
  onDecide: (kind: DecisionKind) => void;
}

const KINDS: readonly DecisionKind[] = ['approve', 'action-required', 'reject'];

/** The three decisions, what is decided now, and the auto-advance setting. */
export function DecisionPanel({ current, failingCount, isSaving, onDecide }: DecisionPanelProps) {
  const autoAdvance = useAutoAdvance();
  const keys = useKeyMap();
  return (
    <section aria-label="Decision" className="decision-panel">
      <div className="decision-state">
        {current ? (
          <>
            Current: <span className={`badge decision-${current.kind}`}>{DECISION_KIND_LABELS[current.kind]}</span>{' '}
            <span className="muted">by {current.reviewer}</span>
          </>
        ) : (
          <span className="muted">{current === undefined ? 'Loading…' : 'Not decided yet'}</span>
        )}
        {failingCount > 0 && (
          <span className="failing-count">
            {failingCount} failing check{failingCount === 1 ? '' : 's'}
          </span>
        )}
      </div>
      <div className="decision-buttons">
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`decide decision-${kind}`}
            onClick={() => onDecide(kind)}
            disabled={isSaving}
            aria-keyshortcuts={keys[kind]}
          >
            {DECISION_KIND_LABELS[kind]}
            <kbd aria-hidden="true">{keys[kind]}</kbd>
          </button>
        ))}
      </div>
      <label className="auto-advance">
        <input type="checkbox" checked={autoAdvance} onChange={(e) => void setSetting(SETTINGS.autoAdvance, e.target.checked)} />
        Auto-advance
      </label>
    </section>
  );
}
