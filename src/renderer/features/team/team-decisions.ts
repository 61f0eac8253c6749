import { claimOutcomes } from '@shared/decision-log/outcomes';
import type { LogEvent } from '@shared/decision-log/schema';
import type { DecisionKind } from '@shared/decisions/types';

/**
 * What the team's merged decision events say about a claim, for the lead's queue list: the
 * standing decision and who made it (a settlement names the lead who settled), or a
 * disagreement with each reviewer's decision. The same outcomes as the Team view.
 */
export type TeamDecision =
  | { status: 'decided'; kind: DecisionKind; reviewers: string[]; settledBy: string | null }
  | { status: 'disagreement'; decisions: { reviewer: string; kind: DecisionKind }[] };

export type TeamDecisions = ReadonlyMap<string, TeamDecision>;

export const NO_TEAM_DECISIONS: TeamDecisions = new Map();

export function teamDecisionsOf(events: readonly LogEvent[]): Map<string, TeamDecision> {
  const out = new Map<string, TeamDecision>();
  for (const outcome of claimOutcomes(events).values()) {
    const standing = outcome.standing.flatMap((e) => (e.kind ? [{ reviewer: e.reviewer, kind: e.kind, type: e.type }] : []));
    if (outcome.status === 'disagreement') {
      out.set(outcome.claimId, { status: 'disagreement', decisions: standing.map(({ reviewer, kind }) => ({ reviewer, kind })) });
    } else if (outcome.decision.kind) {
      const settlement = standing.find((s) => s.type === 'settlement');
      out.set(outcome.claimId, {
        status: 'decided',
        kind: outcome.decision.kind,
        reviewers: standing.map((s) => s.reviewer),
        settledBy: settlement?.reviewer ?? null,
      });
    }
  }
  return out;
}
