import type { CheckId, ClaimCheckReport, DecisionKind } from '@shared/checks/types';
import { REASON_CODES, type ReasonCode } from '@shared/decisions/reasons';
import { CHECK_LABELS } from '@renderer/features/checklist/check-labels';

/** What the decision form edits. */
export interface DecisionDraft {
  kind: DecisionKind;
  reasons: string[];
  comment: string;
  overrideNote: string;
}

export interface DecisionErrors {
  reasons?: string;
  comment?: string;
  overrideNote?: string;
}

export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  approve: 'Approve',
  'action-required': 'Action required',
  reject: 'Reject',
};

/** An approve is an override when a check fails, or when the automatic checks have not finished. */
export function approveNeedsOverride(failing: readonly CheckId[], isChecking: boolean): boolean {
  return failing.length > 0 || isChecking;
}

/** Approve saves at once unless it is an override; the other two always need reasons and a comment. */
export function needsForm(kind: DecisionKind, failing: readonly CheckId[], isChecking = false): boolean {
  return kind !== 'approve' || approveNeedsOverride(failing, isChecking);
}

/** Why the form opened, in the reviewer's words. */
export function formReason(kind: DecisionKind, failing: readonly CheckId[], isChecking = false): string {
  if (kind !== 'approve') return `${DECISION_KIND_LABELS[kind]} needs at least one reason and a comment to the partner.`;
  if (failing.length === 0) {
    return isChecking
      ? 'The automatic checks are still running: approving before they finish needs an override note saying why.'
      : 'No check fails now: the approval can be saved as it is.';
  }
  const names = failing.map((id) => CHECK_LABELS[id]).join(', ');
  return `${failing.length === 1 ? 'A check fails' : `${failing.length} checks fail`} (${names}): approving needs an override note saying why.`;
}

export function validateDecision(draft: DecisionDraft, failing: readonly CheckId[], isChecking = false): DecisionErrors {
  const errors: DecisionErrors = {};
  if (draft.kind === 'approve') {
    if (approveNeedsOverride(failing, isChecking) && !draft.overrideNote.trim()) {
      errors.overrideNote = failing.length > 0 ? 'Explain why you approve although a check fails.' : 'Explain why you approve before the checks finished.';
    }
    return errors;
  }
  if (draft.reasons.length === 0) errors.reasons = 'Pick at least one reason.';
  if (!draft.comment.trim()) errors.comment = 'Write the comment the partner will read.';
  return errors;
}

export function hasErrors(errors: DecisionErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** Reasons tied to failing checks first, then the rest in their usual order. */
export function orderReasons(failing: readonly CheckId[]): ReasonCode[] {
  const isFailing = (r: ReasonCode) => r.checkId !== null && failing.includes(r.checkId);
  return [...REASON_CODES.filter(isFailing), ...REASON_CODES.filter((r) => !isFailing(r))];
}

/** The form's starting content: the engine's suggested reasons and drafted comment (not for approve). */
export function initialDraft(kind: DecisionKind, report: ClaimCheckReport | null): DecisionDraft {
  if (kind === 'approve') return { kind, reasons: [], comment: '', overrideNote: '' };
  const known = new Set(REASON_CODES.map((r) => r.code));
  const reasons = (report?.suggestedReasons ?? []).filter((code) => known.has(code));
  return { kind, reasons, comment: report?.draftComment ?? composeComment(reasons), overrideNote: '' };
}

/** A comment drafted from the picked reasons' partner texts (used until the reviewer edits it). */
export function composeComment(reasons: readonly string[]): string {
  return REASON_CODES.filter((r) => reasons.includes(r.code) && r.partnerText)
    .map((r) => r.partnerText)
    .join('\n\n');
}
