import type { LinkedClaim } from './triage-info';

const FLAG_LABELS: Record<LinkedClaim['kind'], string> = {
  conflict: 'Conflict',
  'duplicate-document': 'Duplicate file',
  'reused-text': 'Reused text',
};

/** Badges for a claim's links (one per kind), naming the other claims in their titles. */
export function LinkFlags({ linked, compact = false }: { linked: readonly LinkedClaim[]; compact?: boolean }) {
  const kinds = (Object.keys(FLAG_LABELS) as LinkedClaim['kind'][]).filter((k) => linked.some((l) => l.kind === k));
  return (
    <>
      {kinds.map((kind) => {
        const others = linked.filter((l) => l.kind === kind);
        const title = others.map((o) => `${o.claimId}: ${o.why}`).join('\n');
        return (
          <span key={kind} className={`badge link-${kind}`} title={title} data-link-kind={kind}>
            {FLAG_LABELS[kind]}
            {compact ? '' : ` with ${others.map((o) => o.claimId).join(', ')}`}
          </span>
        );
      })}
    </>
  );
}
