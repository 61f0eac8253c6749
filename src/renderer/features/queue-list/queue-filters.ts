import type { ClaimRow } from '@renderer/db/types';
import type { DecisionKind } from '@shared/decisions/types';

/**
 * Search, filters and sorting of the claim list as pure functions over the rows the live query
 * returns: one pass each, no per-row queries, cheap enough to rerun on every keystroke at 10,000
 * claims.
 */

export type SortKey = 'claimId' | 'partner' | 'customer' | 'solutionArea' | 'status' | 'submitted' | 'decision';
export type SortDirection = 'asc' | 'desc';
export interface SortSpec {
  key: SortKey;
  direction: SortDirection;
}

export type DecisionFilter = 'all' | 'none' | DecisionKind;

export interface QueueFilters {
  search: string;
  /** "all" or a status text as it appears in the queue. */
  status: string;
  decision: DecisionFilter;
  /** "all" or a solution area as it appears in the queue. */
  solutionArea: string;
}

export const ALL = 'all';
export const EMPTY_FILTERS: QueueFilters = { search: '', status: ALL, decision: ALL, solutionArea: ALL };

export const DECISION_LABELS: Record<DecisionKind | 'none', string> = {
  none: 'Undecided',
  approve: 'Approved',
  'action-required': 'Action required',
  reject: 'Rejected',
};

/** Order of the decision column when sorted: undecided work first. */
const DECISION_RANK: Record<DecisionKind | 'none', number> = { none: 0, 'action-required': 1, reject: 2, approve: 3 };

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function filterClaims(rows: readonly ClaimRow[], filters: QueueFilters): ClaimRow[] {
  const terms = filters.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (filters.status === ALL || row.status === filters.status) &&
      (filters.solutionArea === ALL || row.solutionArea === filters.solutionArea) &&
      (filters.decision === ALL || row.decisionKind === filters.decision) &&
      terms.every((t) => row.searchText.includes(t)),
  );
}

function compareBy(key: SortKey): (a: ClaimRow, b: ClaimRow) => number {
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
      return (a, b) => DECISION_RANK[a.decisionKind] - DECISION_RANK[b.decisionKind];
  }
}

/** Sorts a copy; ties keep the queue's own order, so a sort is stable and predictable. */
export function sortClaims(rows: readonly ClaimRow[], sort: SortSpec | null): ClaimRow[] {
  const copy = [...rows];
  if (!sort) return copy.sort((a, b) => a.order - b.order);
  const compare = compareBy(sort.key);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return copy.sort((a, b) => sign * compare(a, b) || a.order - b.order);
}

export function visibleClaims(rows: readonly ClaimRow[], filters: QueueFilters, sort: SortSpec | null): ClaimRow[] {
  return sortClaims(filterClaims(rows, filters), sort);
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

export function countByDecision(rows: readonly ClaimRow[]): Record<DecisionKind | 'none', number> {
  const counts = { none: 0, approve: 0, 'action-required': 0, reject: 0 };
  for (const row of rows) counts[row.decisionKind] += 1;
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
