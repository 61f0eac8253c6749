/**
 * Splitting a queue into batches for reviewers (the lead's side of docs/TEAM-SCALE.md): by a
 * count of claims, by partner, by solution area, or one batch from a list of claim IDs. Pure:
 * the same claims and rule always give the same batches, in the queue's own order.
 */

export type SplitRule = { by: 'count'; size: number } | { by: 'partner' } | { by: 'solution-area' } | { by: 'ids'; ids: string };

export interface SplitClaim {
  claimId: string;
  partnerName: string;
  solutionArea: string;
}

export interface PlannedBatch {
  name: string;
  claimIds: string[];
  /** How the batch was made, for the lead's list ("count 5", "partner Fabrikam", "ids"). */
  rule: string;
  reviewer: string;
}

export interface SplitResult {
  batches: PlannedBatch[];
  /** Claim IDs of an ID list that are not in the queue (named, never dropped silently). */
  unknownIds: string[];
}

/**
 * Splits `claims` by `rule`; reviewers are named round robin (the lead changes any before the
 * batches are written). An empty reviewer list leaves the names blank.
 */
export function planBatches(claims: readonly SplitClaim[], rule: SplitRule, reviewers: readonly string[]): SplitResult {
  const groups = groupsOf(claims, rule);
  const batches = groups.groups.map((g, i) => ({
    name: g.name,
    claimIds: g.claimIds,
    rule: g.rule,
    reviewer: reviewers.length > 0 ? reviewers[i % reviewers.length]! : '',
  }));
  return { batches, unknownIds: groups.unknownIds };
}

/** Names in a comma- or line-separated list, trimmed, blanks and repeats left out. */
export function parseNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n;]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** Claim IDs in a pasted list (commas, spaces, lines), in the order given, repeats left out. */
export function parseIds(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

interface Group {
  name: string;
  claimIds: string[];
  rule: string;
}

function groupsOf(claims: readonly SplitClaim[], rule: SplitRule): { groups: Group[]; unknownIds: string[] } {
  switch (rule.by) {
    case 'count': {
      const size = Math.max(1, Math.floor(rule.size));
      const groups: Group[] = [];
      for (let start = 0; start < claims.length; start += size) {
        const ids = claims.slice(start, start + size).map((c) => c.claimId);
        groups.push({ name: `Batch ${groups.length + 1}`, claimIds: ids, rule: `count ${size}` });
      }
      return { groups, unknownIds: [] };
    }
    case 'partner':
      return { groups: groupBy(claims, (c) => c.partnerName || '(no partner)', 'partner'), unknownIds: [] };
    case 'solution-area':
      return { groups: groupBy(claims, (c) => c.solutionArea || '(no solution area)', 'solution area'), unknownIds: [] };
    case 'ids': {
      const known = new Set(claims.map((c) => c.claimId));
      const ids = parseIds(rule.ids);
      const inQueue = ids.filter((id) => known.has(id));
      return {
        groups: inQueue.length > 0 ? [{ name: `Claims ${inQueue[0]}…`, claimIds: inQueue, rule: 'ids' }] : [],
        unknownIds: ids.filter((id) => !known.has(id)),
      };
    }
  }
}

function groupBy(claims: readonly SplitClaim[], keyOf: (c: SplitClaim) => string, label: string): Group[] {
  const groups = new Map<string, string[]>();
  for (const claim of claims) {
    const key = keyOf(claim);
    const list = groups.get(key);
    if (list) list.push(claim.claimId);
    else groups.set(key, [claim.claimId]);
  }
  return [...groups].map(([key, claimIds]) => ({ name: key, claimIds, rule: `${label} ${key}` }));
}
