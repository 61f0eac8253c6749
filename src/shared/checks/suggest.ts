import { findReason } from '../decisions/reasons';
import type { ReasonRef } from './check-kit';
import type { CheckResult, DecisionKind } from './types';

export interface Suggestion {
  decision: DecisionKind;
  reasons: string[];
  comment: string;
}

/**
 * The suggested decision from the checks: any reason that typically rejects → reject; any fail,
 * review or unreadable document → action required (a person decides); all pass / n/a → approve.
 * The comment to the partner is drafted from the reasons' templates plus their specifics.
 */
export function suggest(results: readonly CheckResult[], reasons: readonly ReasonRef[], hasBrokenDocuments: boolean): Suggestion {
  const refs = [...reasons];
  if (hasBrokenDocuments && !refs.some((r) => r.code === 'documents-unreadable')) refs.push({ code: 'documents-unreadable' });
  const codes = [...new Set(refs.map((r) => r.code))];
  const known = codes.map((c) => findReason(c)).filter((r) => r !== undefined);
  let decision: DecisionKind = 'approve';
  if (known.some((r) => r.typicalDecision === 'reject')) decision = 'reject';
  else if (codes.length > 0 || results.some((r) => r.status === 'fail' || r.status === 'review')) decision = 'action-required';
  const lines: string[] = [];
  for (const code of codes) {
    const reason = findReason(code);
    if (!reason?.partnerText) continue;
    const details = [...new Set(refs.filter((r) => r.code === code && r.detail).map((r) => r.detail))];
    lines.push(details.length > 0 ? `- ${reason.partnerText} (${details.join('; ')})` : `- ${reason.partnerText}`);
  }
  const comment = lines.length > 0 ? `Thank you for your claim. Before it can be approved:\n${lines.join('\n')}` : '';
  return { decision, reasons: codes, comment };
}
