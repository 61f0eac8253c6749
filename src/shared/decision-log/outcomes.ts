import type { LogEvent } from './schema';

export type ClaimOutcome =
  | {
      claimId: string;
      status: 'decided';
      decision: LogEvent;
      /** Every standing decision (one per reviewer), all of the same kind. */ standing: LogEvent[];
    }
  | { claimId: string; status: 'disagreement'; standing: LogEvent[] };

export interface Disagreement {
  claimId: string;
  /** The standing decisions, one per reviewer, by reviewer name. */
  decisions: LogEvent[];
}

/**
 * What a set of events says about each claim. Per reviewer, a claim's standing decision is
 * their latest decision or settlement on it; an undo, a later decision naming it in
 * `supersedes`, or a settlement naming it in `settles` takes it off. One kind among the
 * standing decisions: the claim is decided; two or more kinds: a disagreement. Claims whose
 * decisions were all undone are absent. Events must be in chain order per reviewer.
 */
export function claimOutcomes(events: readonly LogEvent[]): Map<string, ClaimOutcome> {
  const byClaim = new Map<string, LogEvent[]>();
  const removed = new Set<string>();
  for (const event of events) {
    if (event.supersedes) removed.add(event.supersedes);
    for (const id of event.settles ?? []) removed.add(id);
    const list = byClaim.get(event.claimId);
    if (list) list.push(event);
    else byClaim.set(event.claimId, [event]);
  }
  const outcomes = new Map<string, ClaimOutcome>();
  for (const [claimId, list] of byClaim) {
    const current = new Map<string, LogEvent>();
    for (const event of list) {
      if (event.type === 'undo' || event.kind === null) continue;
      current.set(event.reviewer, event);
    }
    const standing = [...current.values()].filter((e) => !removed.has(e.decisionId)).sort(byReviewer);
    if (standing.length === 0) continue;
    const kinds = new Set(standing.map((e) => e.kind));
    outcomes.set(
      claimId,
      kinds.size === 1
        ? { claimId, status: 'decided', decision: latestOf(standing), standing }
        : { claimId, status: 'disagreement', standing },
    );
  }
  return outcomes;
}

/** Claims decided differently by two or more reviewers, by claim ID. */
export function findDisagreements(events: readonly LogEvent[]): Disagreement[] {
  return [...claimOutcomes(events).values()]
    .filter((o) => o.status === 'disagreement')
    .map((o) => ({ claimId: o.claimId, decisions: o.standing }))
    .sort((a, b) => compareText(a.claimId, b.claimId));
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byReviewer(a: LogEvent, b: LogEvent): number {
  return compareText(a.reviewer, b.reviewer);
}

function latestOf(events: readonly LogEvent[]): LogEvent {
  return events.reduce((best, e) => (Date.parse(e.decidedAt) > Date.parse(best.decidedAt) ? e : best));
}
