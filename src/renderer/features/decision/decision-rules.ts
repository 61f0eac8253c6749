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

/** What an approve is checked against: the engine's run, the documents, the claim and its links. */
export interface ApproveContext {
  /** How the engine's run on this claim ended ("skipped": it could not run, e.g. an invalid claim). */
  engine: 'done' | 'checking' | 'failed' | 'skipped';
  failing: readonly CheckId[];
  /** Every document with how reading it ended (the import's state, or the engine's when it read it). */
  documents: readonly { path: string; state: string }[];
  isValid: boolean;
  /** Set on a later copy of a repeated claim ID. */
  duplicateOf?: string;
  /** Other claims in a conflict with this one (different partner, same customer and workload). */
  conflicts: readonly { claimId: string; why: string }[];
  /** Workloads the claim itself marks as associated to another partner. */
  anotherPartnerWorkloads: readonly string[];
}

export type OverrideRuleId =
  | 'engine-running'
  | 'engine-not-run'
  | 'document-unreadable'
  | 'claim-invalid'
  | 'duplicate-id'
  | 'conflict'
  | 'another-partner'
  | 'failing-check';

/** A rule that makes an approve an override: the note must answer it. */
export interface OverrideRule {
  id: OverrideRuleId;
  message: string;
}

const STATE_WORDS: Record<string, string> = {
  missing: 'missing',
  refused: 'refused',
  'password-required': 'password-protected',
  corrupt: 'unreadable (damaged)',
  timeout: 'unreadable (timed out)',
  unsupported: 'unreadable (unsupported type)',
  pending: 'not read yet',
};

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/**
 * Every reason an approve needs an override note, in the order the form lists them: the engine
 * has not run (or failed), a document is missing, unreadable, refused or password-protected, the
 * claim is invalid or repeats an ID, it is in a conflict, or a check fails. Empty: approve at once.
 */
export function approveOverrideRules(ctx: ApproveContext): OverrideRule[] {
  const rules: OverrideRule[] = [];
  if (ctx.engine === 'checking') rules.push({ id: 'engine-running', message: 'The automatic checks are still running.' });
  if (ctx.engine === 'failed' || ctx.engine === 'skipped')
    rules.push({ id: 'engine-not-run', message: `The automatic checks did not run${ctx.engine === 'failed' ? ' (they failed)' : ''}.` });
  const bad = ctx.documents.filter((d) => d.state !== 'ok');
  if (bad.length > 0) {
    const list = bad.map((d) => `${d.path.split('/').pop() ?? d.path} (${STATE_WORDS[d.state] ?? d.state})`).join(', ');
    rules.push({
      id: 'document-unreadable',
      message: `${plural(bad.length, 'A document is', `${bad.length} documents are`)} not readable: ${list}.`,
    });
  }
  if (ctx.duplicateOf)
    rules.push({ id: 'duplicate-id', message: `The claim repeats the ID ${ctx.duplicateOf} of another claim in the queue.` });
  else if (!ctx.isValid) rules.push({ id: 'claim-invalid', message: 'The claim failed validation.' });
  if (ctx.conflicts.length > 0) {
    const others = ctx.conflicts.map((c) => c.claimId).join(', ');
    rules.push({ id: 'conflict', message: `The claim conflicts with claim ${others}: say why this partner drove the most influence.` });
  } else if (ctx.anotherPartnerWorkloads.length > 0) {
    rules.push({
      id: 'another-partner',
      message: `The claim marks ${ctx.anotherPartnerWorkloads.join(', ')} as associated to another partner.`,
    });
  }
  if (ctx.failing.length > 0) {
    const names = ctx.failing.map((id) => CHECK_LABELS[id]).join(', ');
    rules.push({
      id: 'failing-check',
      message: `${ctx.failing.length === 1 ? 'A check fails' : `${ctx.failing.length} checks fail`} (${names}).`,
    });
  }
  return rules;
}

/** Approve saves at once unless a rule makes it an override; the other two always need reasons and a comment. */
export function needsForm(kind: DecisionKind, rules: readonly OverrideRule[]): boolean {
  return kind !== 'approve' || rules.length > 0;
}

/** Why the form opened, in the reviewer's words. */
export function formReason(kind: DecisionKind, rules: readonly OverrideRule[]): string {
  if (kind !== 'approve') return `${DECISION_KIND_LABELS[kind]} needs at least one reason and a comment to the partner.`;
  if (rules.length === 0) return 'Nothing stands in the way: the approval can be saved as it is.';
  return `Approving needs an override note saying why: ${rules.map((r) => r.message).join(' ')}`;
}

/** The override note's error for the first rule that applies (the form lists all of them). */
function overrideError(rule: OverrideRule): string {
  switch (rule.id) {
    case 'engine-running':
      return 'Explain why you approve before the checks finished.';
    case 'failing-check':
      return 'Explain why you approve although a check fails.';
    case 'conflict':
      return 'Explain why this partner drove the most influence.';
    case 'engine-not-run':
    case 'document-unreadable':
    case 'claim-invalid':
    case 'duplicate-id':
    case 'another-partner':
      return 'Explain why you approve although the rules above apply.';
  }
}

export function validateDecision(draft: DecisionDraft, rules: readonly OverrideRule[]): DecisionErrors {
  const errors: DecisionErrors = {};
  if (draft.kind === 'approve') {
    const first = rules.find((r) => r.id === 'conflict') ?? rules.find((r) => r.id === 'failing-check') ?? rules[0];
    if (first && !draft.overrideNote.trim()) errors.overrideNote = overrideError(first);
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
