import { useAppStore } from '@renderer/app/app-store';
import { ClockBadge } from './clock-badge';
import { LinkFlags } from './link-flags';
import type { TriageInfo } from './triage-info';

/** Above the claim: its clocks, and its links with a way to each linked claim (and Compare for conflicts). */
export function ClaimFlags({ queueId, triage }: { queueId: string; triage: TriageInfo }) {
  const openQueueAt = useAppStore((s) => s.openQueueAt);
  const openCompare = useAppStore((s) => s.openCompare);
  const clocks = triage.clocks?.clocks ?? [];
  if (clocks.length === 0 && triage.linked.length === 0) return null;
  return (
    <section className="claim-flags" aria-label="Deadlines and linked claims">
      {clocks.map((c) => (
        <ClockBadge key={c.kind} clock={c} compact="short" />
      ))}
      {triage.clocks?.daysInReview != null && <span className="muted">{triage.clocks.daysInReview} d in review</span>}
      <LinkFlags linked={triage.linked} compact />
      {triage.linked.map((l) => (
        <span key={`${l.kind}-${l.queueId}-${l.claimId}`} className="linked-claim">
          <button type="button" className="link small" onClick={() => openQueueAt(l.queueId, l.claimId)} title={`${l.kind}: ${l.why}`}>
            {l.claimId}
          </button>
          {l.kind === 'conflict' && (
            <button type="button" className="small" onClick={() => openCompare({ queueId: l.queueId, claimId: l.claimId })}>
              Compare with {l.claimId}
            </button>
          )}
          {queueId !== l.queueId && <span className="muted"> (other queue)</span>}
        </span>
      ))}
    </section>
  );
}
