import type { ClaimRow } from '@renderer/db/types';
import type { DecisionKind } from '@shared/decisions/types';
import type { TeamDecisions } from '@renderer/features/team/team-decisions';
import type { TriageInfo } from '@renderer/features/triage/triage-info';

/**
 * Search, filters and sorting of the claim list as pure functions over the rows the live query
 * returns: one pass each, no per-row queries, cheap enough to rerun on every keystroke at 10,000
 * claims.
 */

export type SortKey =
  | 'claimId'
  | 'partner'
  | 'customer'
  | 'solutionArea'
  | 'status'
  | 'submitted'
  | 'decision'
  | 'suggested'
  | 'failing'
  | 'daysInReview'
  | 'deadline';
export type SortDirection = 'asc' | 'desc';
export interface SortSpec {
  key: SortKey;
  direction: SortDirection;
}

export type DecisionFilter = 'all' | 'none' | DecisionKind;

/** Triage filters: "suggested approve, nothing failing" is a common way to batch. */
export const TRIAGE_FILTERS = {
  all: 'All',
  'approve-clean': 'Suggested approve, nothing failing',
  failing: 'A check fails',
  overdue: 'Overdue',
  'due-today': 'Due today',
  linked: 'Conflict, duplicate or reused text',
  unchecked: 'Not checked yet or engine failed',
} as const;
export type TriageFilter = keyof typeof TRIAGE_FILTERS;

/** Claim triage by claim ID (features/triage); empty before the engine has run. */
export type TriageMap = ReadonlyMap<string, TriageInfo>;
const NO_TRIAGE: TriageMap = new Map();
const NO_TEAM: TeamDecisions = new Map();

/**
 * The decision a claim's row stands for: the reviewer's own, else the team's standing decision
 * merged from reviewers' logs (a disagreement is not one: it waits for the lead).
 */
export function decisionOf(row: ClaimRow, team: TeamDecisions = NO_TEAM): DecisionKind | 'none' {
  if (row.decisionKind !== 'none') return row.decisionKind;
  const merged = team.get(row.claimId);
  return merged?.status === 'decided' ? merged.kind : 'none';
}

export interface QueueFilters {
  search: string;
  /** "all" or a status text as it appears in the queue. */
  status: string;
  decision: DecisionFilter;
  /** "all" or a solution area as it appears in the queue. */
  solutionArea: string;
  triage: TriageFilter;
}

export const ALL = 'all';
export const EMPTY_FILTERS: QueueFilters = { search: '', status: ALL, decision: ALL, solutionArea: ALL, triage: ALL };

export const DECISION_LABELS: Record<DecisionKind | 'none', string> = {
  none: 'Undecided',
  approve: 'Approved',
  'action-required': 'Action required',
  reject: 'Rejected',
};

/** Order of the decision column when sorted: undecided work first. */
const DECISION_RANK: Record<DecisionKind | 'none', number> = { none: 0, 'action-required': 1, reject: 2, approve: 3 };

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function matchesTriage(info: TriageInfo | undefined, filter: TriageFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'approve-clean':
      return info?.engine === 'done' && info.suggestedDecision === 'approve' && info.failing.length === 0;
    case 'failing':
      return (info?.failing.length ?? 0) > 0;
    case 'overdue':
      return info?.clocks?.next?.state === 'overdue';
    case 'due-today':
      return info?.clocks?.next?.state === 'due-today';
    case 'linked':
      return (info?.linkCount ?? 0) > 0;
    case 'unchecked':
      return !info || info.engine === 'failed';
  }
}

export function filterClaims(
  rows: readonly ClaimRow[],
  filters: QueueFilters,
  triage: TriageMap = NO_TRIAGE,
  team: TeamDecisions = NO_TEAM,
): ClaimRow[] {
  const terms = filters.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const triageFilter = filters.triage ?? ALL;
  return rows.filter(
    (row) =>
      (filters.status === ALL || row.status === filters.status) &&
      (filters.solutionArea === ALL || row.solutionArea === filters.solutionArea) &&
      (filters.decision === ALL || decisionOf(row, team) === filters.decision) &&
      (triageFilter === ALL || matchesTriage(triage.get(row.claimId), triageFilter)) &&
      terms.every((t) => row.searchText.includes(t)),
  );
}

/** Order of suggestions when sorted: approve first (to batch), claims not checked last. */
const SUGGESTION_RANK: Record<DecisionKind, number> = { approve: 0, 'action-required': 1, reject: 2 };

function triageNumber(key: 'suggested' | 'failing' | 'daysInReview' | 'deadline', info: TriageInfo | undefined): number {
  if (!info) return Number.POSITIVE_INFINITY;
  switch (key) {
    case 'suggested':
      return info.suggestedDecision ? SUGGESTION_RANK[info.suggestedDecision] * 100 + info.failing.length : Number.POSITIVE_INFINITY;
    case 'failing':
      return info.engine === 'done' ? info.failing.length : Number.POSITIVE_INFINITY;
    case 'daysInReview':
      return info.clocks?.daysInReview ?? Number.POSITIVE_INFINITY;
    case 'deadline':
      return info.clocks?.next?.daysLeft ?? Number.POSITIVE_INFINITY;
  }
}

function compareBy(key: SortKey, triage: TriageMap, team: TeamDecisions): (a: ClaimRow, b: ClaimRow) => number {
  switch (key) {
    case 'claimId':
      return (a, b) => collator.compare(a.claimId, b.claimId);
    case 'partner':
      return (a, b) => collator.compare(a.partnerName, b.partnerName);
    case 'customer':
      return (a, b) => collator.compare(a.customerName, b.customerName);
    case 'solutionArea':
      return (a, b) => collator.compare(a.solutionArea, b.solutionArea);
    case 'status':
      return (a, b) => collator.compare(a.status, b.status);
    // ISO dates sort as text; an empty date sorts first.
    case 'submitted':
      return (a, b) => (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0);
    case 'decision':
      return (a, b) => DECISION_RANK[decisionOf(a, team)] - DECISION_RANK[decisionOf(b, team)];
    case 'suggested':
    case 'failing':
    case 'daysInReview':
    case 'deadline':
      // Unknowns compare equal among themselves (Infinity - Infinity is NaN).
      return (a, b) => {
        const x = triageNumber(key, triage.get(a.claimId));
        const y = triageNumber(key, triage.get(b.claimId));
        return x === y ? 0 : x < y ? -1 : 1;
      };
  }
}

/** Sorts a copy; ties keep the queue's own order, so a sort is stable and predictable. */
export function sortClaims(
  rows: readonly ClaimRow[],
  sort: SortSpec | null,
  triage: TriageMap = NO_TRIAGE,
  team: TeamDecisions = NO_TEAM,
): ClaimRow[] {
  const copy = [...rows];
  if (!sort) return copy.sort((a, b) => a.order - b.order);
  const compare = compareBy(sort.key, triage, team);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return copy.sort((a, b) => sign * compare(a, b) || a.order - b.order);
}

export function visibleClaims(
  rows: readonly ClaimRow[],
  filters: QueueFilters,
  sort: SortSpec | null,
  triage: TriageMap = NO_TRIAGE,
  team: TeamDecisions = NO_TEAM,
): ClaimRow[] {
  return sortClaims(filterClaims(rows, filters, triage, team), sort, triage, team);
}

/** The values present in the queue, for a filter's options. */
export function distinctValues(rows: readonly ClaimRow[], pick: (row: ClaimRow) => string): string[] {
  const values = new Set<string>();
  for (const row of rows) {
    const value = pick(row);
    if (value) values.add(value);
  }
  return [...values].sort((a, b) => collator.compare(a, b));
}

/** Clicking a column header: a new column sorts ascending, the same column flips, a third click clears. */
export function nextSort(current: SortSpec | null, key: SortKey): SortSpec | null {
  if (!current || current.key !== key) return { key, direction: 'asc' };
  if (current.direction === 'asc') return { key, direction: 'desc' };
  return null;
}

export function countByDecision(rows: readonly ClaimRow[], team: TeamDecisions = NO_TEAM): Record<DecisionKind | 'none', number> {
  const counts = { none: 0, approve: 0, 'action-required': 0, reject: 0 };
  for (const row of rows) counts[decisionOf(row, team)] += 1;
  return counts;
}

/** The next claim without a decision after `claimId` in the visible order, wrapping round. */
export function nextUndecided(rows: readonly ClaimRow[], claimId: string): ClaimRow | null {
  const at = rows.findIndex((r) => r.claimId === claimId);
  for (let step = 1; step < rows.length; step++) {
    const row = rows[(at + step + rows.length) % rows.length];
    if (row && row.decisionKind === 'none' && row.claimId !== claimId) return row;
  }
  return null;
}
