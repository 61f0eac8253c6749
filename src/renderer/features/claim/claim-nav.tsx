import type { ReactNode } from 'react';
import type { ClaimRow } from '@renderer/db/types';
import { DECISION_LABELS } from '@renderer/features/queue-list/queue-filters';

interface ClaimNavProps {
  row: ClaimRow;
  position: number;
  total: number;
  onBack: () => void;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
  /** Shown after the title on the same line (the claim's deadlines and links). */
  children?: ReactNode;
}

/** The claim view's top bar: where am I in the queue, and the ways out. */
export function ClaimNav({ row, position, total, onBack, onPrevious, onNext, children }: ClaimNavProps) {
  const name = row.claim?.claimName;
  return (
    <div className="claim-nav">
      <button type="button" onClick={onBack} aria-keyshortcuts="Escape">
        <span aria-hidden="true">← </span>Back to queue
      </button>
      <button type="button" onClick={onPrevious ?? undefined} disabled={!onPrevious} aria-keyshortcuts="k">
        Previous claim
      </button>
      <button type="button" onClick={onNext ?? undefined} disabled={!onNext} aria-keyshortcuts="j">
        Next claim
      </button>
      <h1 className="claim-title">
        Claim <span className="mono">{row.claimId}</span>
        {name && <span className="claim-name"> · {name}</span>}
        <span className="muted">
          {' '}
          · {row.partnerName || '—'} → {row.customerName || '—'}
        </span>
      </h1>
      {children}
      {!row.isValid && <span className="badge invalid">Invalid</span>}
      <span className={`badge decision-${row.decisionKind}`}>{DECISION_LABELS[row.decisionKind]}</span>
      <span className="muted position">{position > 0 ? `${position} of ${total}` : `not in the filtered list (${total})`}</span>
    </div>
  );
}
