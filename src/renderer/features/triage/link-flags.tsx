import type { LinkedClaim, TriageInfo } from './triage-info';

const FLAG_LABELS: Record<LinkedClaim['kind'], string> = {
  conflict: 'Conflict',
  'duplicate-document': 'Duplicate file',
  'reused-text': 'Reused text',
};

/** The list's narrower labels (the claim view and titles use the full ones). */
const SHORT_LABELS: Record<LinkedClaim['kind'], string> = {
  conflict: 'Conflict',
  'duplicate-document': 'Same file',
  'reused-text': 'Reused',
};

/** Claims named in a badge; a template reused by hundreds of claims gives a count instead (never expanded for the list). */
const NAMED_AT_MOST = 10;

/** Badges for a claim's links (one per kind), naming the other claims in their titles. */
export function LinkFlags({
  info,
  compact = false,
  short = false,
}: {
  info: Pick<TriageInfo, 'linkCounts' | 'linkedOf'>;
  /** Without the other claims' IDs (they are in the title). */
  compact?: boolean;
  /** The list's narrower labels. */
  short?: boolean;
}) {
  const kinds = (Object.keys(FLAG_LABELS) as LinkedClaim['kind'][]).filter((k) => (info.linkCounts[k] ?? 0) > 0);
  return (
    <>
      {kinds.map((kind) => {
        const count = info.linkCounts[kind] ?? 0;
        const others = count <= NAMED_AT_MOST ? info.linkedOf(kind) : null;
        const title = others ? others.map((o) => `${o.claimId}: ${o.why}`).join('\n') : `${FLAG_LABELS[kind]} with ${count} other claims`;
        return (
          <span key={kind} className={`badge link-${kind}`} title={title} data-link-kind={kind}>
            {short ? SHORT_LABELS[kind] : FLAG_LABELS[kind]}
            {compact ? '' : ` with ${others ? others.map((o) => o.claimId).join(', ') : `${count} claims`}`}
          </span>
        );
      })}
    </>
  );
}
