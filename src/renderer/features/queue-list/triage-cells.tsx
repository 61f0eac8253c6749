import type { TriageInfo } from '@renderer/features/triage/triage-info';
import { CHECK_LABELS } from '@renderer/features/checklist/check-labels';
import { ClockBadge } from '@renderer/features/triage/clock-badge';
import { LinkFlags } from '@renderer/features/triage/link-flags';

export const SUGGESTION_LABELS = { approve: 'Approve', 'action-required': 'Action required', reject: 'Reject' } as const;

/** The list's triage columns: suggestion (with link flags), failing checks, days in review, deadline. */
export function TriageCells({ info }: { info: TriageInfo | undefined }) {
  const failingNames = info?.failing.map((id) => CHECK_LABELS[id]).join(', ') ?? '';
  return (
    <>
      <div role="cell" className="triage-suggested">
        {!info ? (
          <span className="muted">Not checked yet</span>
        ) : info.engine === 'failed' ? (
          <span className="badge state-bad" title={info.message ?? ''}>
            Engine failed
          </span>
        ) : info.suggestedDecision ? (
          <span className={`badge suggest-${info.suggestedDecision}`}>{SUGGESTION_LABELS[info.suggestedDecision]}</span>
        ) : (
          <span className="muted">—</span>
        )}
        {info && info.linkCount > 0 && <LinkFlags info={info} compact short />}
      </div>
      <div role="cell" title={failingNames}>
        {info && info.engine === 'done' ? (info.failing.length > 0 ? `${info.failing.length}: ${failingNames}` : 'none') : ''}
      </div>
      <div role="cell">{info?.clocks?.daysInReview != null ? `${info.clocks.daysInReview} d` : ''}</div>
      <div role="cell">{info?.clocks?.next ? <ClockBadge clock={info.clocks.next} compact /> : ''}</div>
    </>
  );
}
