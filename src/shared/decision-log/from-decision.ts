import type { Decision } from '../decisions/types';
import type { Undo } from '../decisions/undo';
import type { LogEventBody, LogEventType, RulesetRef } from './schema';

/**
 * The log event body of a stored decision (not yet chained). `logQueueId` is the team queue the
 * decision counts for: a batch's own queue ID differs from it.
 */
export function eventBodyFromDecision(
  decision: Decision,
  context: { logQueueId: string; ruleset: RulesetRef | null; type?: LogEventType; settles?: readonly string[]; secondReviewOf?: string },
): LogEventBody {
  return {
    decisionId: decision.decisionId,
    type: context.type ?? 'decision',
    queueId: context.logQueueId,
    claimId: decision.claimId,
    reviewer: decision.reviewer,
    decidedAt: decision.decidedAt,
    kind: decision.kind,
    reasons: [...decision.reasons],
    comment: decision.comment,
    overrideNote: decision.overrideNote,
    checklist: decision.checklist.map((c) => ({ ...c })),
    documents: decision.documents.map((d) => ({ ...d })),
    ruleset: context.ruleset,
    appVersion: decision.appVersion,
    supersedes: decision.supersedes,
    ...(decision.relatedClaims && decision.relatedClaims.length > 0 ? { relatedClaims: [...decision.relatedClaims] } : {}),
    ...(context.settles ? { settles: [...context.settles] } : {}),
    ...(context.secondReviewOf ? { secondReviewOf: context.secondReviewOf } : {}),
  };
}

/**
 * The log event body of a stored undo (shared/decisions/undo.ts): type "undo", its own ID, and
 * the revoked decision in `supersedes`; no kind, reasons or checklist.
 */
export function eventBodyFromUndo(undo: Undo, context: { logQueueId: string; ruleset: RulesetRef | null }): LogEventBody {
  return {
    decisionId: undo.undoId,
    type: 'undo',
    queueId: context.logQueueId,
    claimId: undo.claimId,
    reviewer: undo.reviewer,
    decidedAt: undo.undoneAt,
    kind: null,
    reasons: [],
    comment: '',
    overrideNote: '',
    checklist: [],
    documents: [],
    ruleset: context.ruleset,
    appVersion: undo.appVersion,
    supersedes: undo.revokes,
  };
}
