import type { ChecklistEntry, DecidedDocument, Decision } from '@shared/decisions/types';
import type { DecisionDraft } from './decision-rules';

export interface DecisionContext {
  decisionId: string;
  queueId: string;
  claimId: string;
  reviewer: string;
  checklist: ChecklistEntry[];
  documents: DecidedDocument[];
  appVersion: string;
  /** The current decision's id when this one changes it. */
  supersedes: string | null;
  /** Claims in a conflict with this one (named in the record and the export). */
  relatedClaims?: readonly string[];
  now: Date;
}

/** The decision record as stored, journaled and exported. Approvals carry no reason codes. */
export function buildDecision(draft: DecisionDraft, context: DecisionContext): Decision {
  return {
    decisionId: context.decisionId,
    queueId: context.queueId,
    claimId: context.claimId,
    kind: draft.kind,
    reasons: draft.kind === 'approve' ? [] : [...draft.reasons],
    comment: draft.comment.trim(),
    overrideNote: draft.overrideNote.trim(),
    reviewer: context.reviewer,
    decidedAt: context.now.toISOString(),
    checklist: context.checklist,
    documents: context.documents,
    appVersion: context.appVersion,
    supersedes: context.supersedes,
    ...(context.relatedClaims && context.relatedClaims.length > 0 ? { relatedClaims: [...context.relatedClaims] } : {}),
  };
}
