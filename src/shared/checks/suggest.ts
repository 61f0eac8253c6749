import { findReason } from '../decisions/reasons';
import type { ReasonRef } from './check-kit';
import type { CHECK_IDS, CheckResult, DecisionKind } from './types';

export interface Suggestion {
  decision: DecisionKind;
  reasons: string[];
  comment: string;
}

/** What the engine knows about the claim's documents beyond the check results. */
export interface DocumentFacts {
  /** Documents that could not be opened or were not given (missing, corrupt, password, refused...). */
  broken: readonly string[];
  /** Documents read but with pages or images without text (scans): a person reads them. */
  imageOnly: readonly string[];
}

const CHECK_LABELS: Record<(typeof CHECK_IDS)[number], string> = {
  signature: 'customer signature or acknowledgement',
  names: 'partner and customer names',
  dates: 'dates',
  workloads: 'workloads',
  'public-sector': 'public sector disclosure',
  'activity-detail': 'activity details',
  'document-type': 'document type',
};

/**
 * The suggested decision from the checks: any reason that typically rejects → reject; any fail,
 * review or unreadable document → action required, always with a reason saying why (a review
 * with no fail behind it gets "documents-unreadable" or "needs-manual-review"); all pass / n/a →
 * approve. The comment to the partner is drafted from the reasons' templates plus their
 * specifics, and is never empty unless the suggestion is approve.
 */
export function suggest(results: readonly CheckResult[], reasons: readonly ReasonRef[], docs: DocumentFacts): Suggestion {
  const refs = [...reasons];
  const has = (code: string) => refs.some((r) => r.code === code);
  if (docs.broken.length > 0 && !has('documents-unreadable')) refs.push({ code: 'documents-unreadable', detail: short(docs.broken) });
  const reviews = results.filter((r) => r.status === 'review');
  // A review the broken documents do not explain: a reviewer must look (scans, ambiguous dates, unknown sector).
  if (reviews.length > 0 && docs.broken.length === 0) {
    const what = reviews.map((r) => CHECK_LABELS[r.id]).join(', ');
    const scans = docs.imageOnly.length > 0 ? `; scanned or image-only: ${short(docs.imageOnly)}` : '';
    refs.push({ code: 'needs-manual-review', detail: `to be confirmed by a reviewer: ${what}${scans}` });
  }
  const codes = [...new Set(refs.map((r) => r.code))];
  const known = codes.map((c) => findReason(c)).filter((r) => r !== undefined);
  let decision: DecisionKind = 'approve';
  if (known.some((r) => r.typicalDecision === 'reject')) decision = 'reject';
  else if (codes.length > 0 || results.some((r) => r.status === 'fail' || r.status === 'review')) decision = 'action-required';
  const lines: string[] = [];
  for (const code of codes) {
    const reason = findReason(code);
    const details = [...new Set(refs.filter((r) => r.code === code && r.detail).map((r) => r.detail))];
    const text = reason?.partnerText || (details.length > 0 ? '' : `Reason: ${reason?.label ?? code}.`);
    if (!text && details.length === 0) continue;
    const body = [text, details.length > 0 ? `(${details.join('; ')})` : ''].filter(Boolean).join(' ');
    lines.push(`- ${body}`);
  }
  if (decision !== 'approve' && lines.length === 0) lines.push('- The POE needs a closer look before the claim can be approved.');
  const comment = lines.length > 0 ? `Thank you for your claim. Before it can be approved:\n${lines.join('\n')}` : '';
  return { decision, reasons: codes, comment };
}

function short(paths: readonly string[], max = 3): string {
  const more = paths.length > max ? ` and ${paths.length - max} more` : '';
  return `${paths.slice(0, max).join(', ')}${more}`;
}
