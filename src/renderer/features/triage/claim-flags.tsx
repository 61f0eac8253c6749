import { useAppStore } from '@renderer/app/app-store';
import { ClockBadge } from './clock-badge';
import { LinkFlags } from './link-flags';
import type { TriageInfo } from './triage-info';

/** Linked claims given a button each; conflicts always are (each has its Compare), the rest up to this. */
const BUTTONS_SHOWN = 10;

/** Above the claim: its clocks, and its links with a way to each linked claim (and Compare for conflicts). */
export function ClaimFlags({ queueId, triage }: { queueId: string; triage: TriageInfo }) {
  const openQueueAt = useAppStore((s) => s.openQueueAt);
  const openCompare = useAppStore((s) => s.openCompare);
  const clocks = triage.clocks?.clocks ?? [];
  if (clocks.length === 0 && triage.linkCount === 0) return null;
  const others = [...triage.linkedOf('duplicate-document'), ...triage.linkedOf('reused-text')];
  // One button per linked claim, whatever links it (a conflict with the same file is one claim).
  const byClaim = new Map<string, { queueId: string; claimId: string; why: string[]; isConflict: boolean }>();
  for (const l of [...triage.linkedOf('conflict'), ...others.slice(0, BUTTONS_SHOWN)]) {
    const key = `${l.queueId}\u0000${l.claimId}`;
    const entry = byClaim.get(key) ?? { queueId: l.queueId, claimId: l.claimId, why: [], isConflict: false };
    entry.why.push(`${l.kind}: ${l.why}`);
    entry.isConflict ||= l.kind === 'conflict';
    byClaim.set(key, entry);
  }
  const hidden = others.length - Math.min(others.length, BUTTONS_SHOWN);
  return (
    <section className="claim-flags" aria-label="Deadlines and linked claims">
      {clocks.map((c) => (
        <ClockBadge key={c.kind} clock={c} compact="short" />
      ))}
      {triage.clocks?.daysInReview != null && <span className="muted">{triage.clocks.daysInReview} d in review</span>}
      <LinkFlags info={triage} compact />
      {[...byClaim.values()].map((l) => (
        <span key={`${l.queueId}-${l.claimId}`} className="linked-claim">
          <button type="button" className="link small" onClick={() => openQueueAt(l.queueId, l.claimId)} title={l.why.join('\n')}>
            {l.claimId}
          </button>
          {l.isConflict && (
            <button type="button" className="small" onClick={() => openCompare({ queueId: l.queueId, claimId: l.claimId })}>
              Compare with {l.claimId}
            </button>
          )}
          {queueId !== l.queueId && <span className="muted"> (other queue)</span>}
        </span>
      ))}
      {hidden > 0 && <span className="muted">and {hidden} more linked claims</span>}
    </section>
  );
}
