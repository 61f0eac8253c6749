import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '@renderer/db/types';
import {
  EMPTY_FILTERS,
  countByDecision,
  distinctValues,
  filterClaims,
  nextSort,
  nextUndecided,
  sortClaims,
  visibleClaims,
} from './queue-filters';

function row(claimId: string, order: number, over: Partial<ClaimRow> = {}): ClaimRow {
  const partnerName = over.partnerName ?? 'Fabrikam';
  const customerName = over.customerName ?? 'Contoso';
  return {
    key: `q\u0000${claimId}`,
    queueId: 'q',
    claimId,
    order,
    claim: null,
    raw: {},
    issues: [],
    isValid: true,
    partnerName,
    customerName,
    solutionArea: 'Security',
    status: 'Submitted',
    submittedAt: '2026-10-03',
    workloadNames: [],
    searchText: `${claimId} ${partnerName} ${customerName}`.toLowerCase(),
    decisionKind: 'none',
    documents: [],
    ...over,
  };
}

const rows = [
  row('1005', 0, {
    partnerName: 'Trey Research',
    customerName: 'Bellows College',
    status: 'Under review',
    submittedAt: '2026-10-12',
    decisionKind: 'approve',
  }),
  row('998', 1, { partnerName: 'Fabrikam', customerName: 'Contoso', solutionArea: 'Azure', submittedAt: '2026-09-01' }),
  row('1010', 2, { partnerName: 'Litware, Inc.', customerName: 'Tailspin Toys', decisionKind: 'reject', submittedAt: '' }),
  row('1004', 3, { partnerName: 'fabrikam', customerName: 'Woodgrove Bank', decisionKind: 'action-required' }),
];

describe('search and filters', () => {
  it('finds claims by ID, partner or customer, case-insensitively, every word must match', () => {
    expect(filterClaims(rows, { ...EMPTY_FILTERS, search: 'FABRIKAM' }).map((r) => r.claimId)).toEqual(['998', '1004']);
    expect(filterClaims(rows, { ...EMPTY_FILTERS, search: '1010' }).map((r) => r.claimId)).toEqual(['1010']);
    expect(filterClaims(rows, { ...EMPTY_FILTERS, search: 'fabrikam woodgrove' }).map((r) => r.claimId)).toEqual(['1004']);
    expect(filterClaims(rows, { ...EMPTY_FILTERS, search: '  ' })).toHaveLength(4);
  });

  it('filters by status, decision and solution area together', () => {
    expect(filterClaims(rows, { ...EMPTY_FILTERS, status: 'Under review' }).map((r) => r.claimId)).toEqual(['1005']);
    expect(filterClaims(rows, { ...EMPTY_FILTERS, decision: 'none' }).map((r) => r.claimId)).toEqual(['998']);
    expect(filterClaims(rows, { ...EMPTY_FILTERS, solutionArea: 'Security', decision: 'reject' }).map((r) => r.claimId)).toEqual(['1010']);
    expect(filterClaims(rows, { ...EMPTY_FILTERS, solutionArea: 'Azure', decision: 'reject' })).toEqual([]);
  });

  it('lists the distinct values present for a filter, sorted', () => {
    expect(distinctValues(rows, (r) => r.status)).toEqual(['Submitted', 'Under review']);
  });

  it('counts claims by decision', () => {
    expect(countByDecision(rows)).toEqual({ none: 1, approve: 1, 'action-required': 1, reject: 1 });
  });
});

describe('sorting', () => {
  it('keeps the queue order when unsorted', () => {
    expect(sortClaims([...rows].reverse(), null).map((r) => r.claimId)).toEqual(['1005', '998', '1010', '1004']);
  });

  it('sorts claim IDs numerically, both directions', () => {
    expect(sortClaims(rows, { key: 'claimId', direction: 'asc' }).map((r) => r.claimId)).toEqual(['998', '1004', '1005', '1010']);
    expect(sortClaims(rows, { key: 'claimId', direction: 'desc' }).map((r) => r.claimId)).toEqual(['1010', '1005', '1004', '998']);
  });

  it('sorts partners ignoring case, ties in queue order', () => {
    expect(sortClaims(rows, { key: 'partner', direction: 'asc' }).map((r) => r.claimId)).toEqual(['998', '1004', '1010', '1005']);
  });

  it('sorts by submitted date with missing dates first, and by decision with undecided first', () => {
    expect(sortClaims(rows, { key: 'submitted', direction: 'asc' }).map((r) => r.claimId)).toEqual(['1010', '998', '1004', '1005']);
    expect(sortClaims(rows, { key: 'decision', direction: 'asc' }).map((r) => r.claimId)).toEqual(['998', '1004', '1010', '1005']);
  });

  it('cycles a column header: ascending, descending, off', () => {
    const first = nextSort(null, 'status');
    expect(first).toEqual({ key: 'status', direction: 'asc' });
    expect(nextSort(first, 'status')).toEqual({ key: 'status', direction: 'desc' });
    expect(nextSort({ key: 'status', direction: 'desc' }, 'status')).toBeNull();
    expect(nextSort({ key: 'status', direction: 'desc' }, 'partner')).toEqual({ key: 'partner', direction: 'asc' });
  });

  it('filters and sorts 10,000 claims quickly enough for every keystroke', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      row(String(100000 + ((i * 7919) % 10000)), i, { partnerName: `Partner p${i % 97}x` }),
    );
    const started = performance.now();
    const out = visibleClaims(many, { ...EMPTY_FILTERS, search: 'P17X' }, { key: 'claimId', direction: 'asc' });
    expect(performance.now() - started).toBeLessThan(250);
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBe(Math.ceil((10_000 - 17) / 97));
    expect(out.every((r) => r.partnerName === 'Partner p17x')).toBe(true);
  });
});

describe('next undecided claim (auto-advance)', () => {
  it('skips decided claims and the current one, wrapping to the start', () => {
    const list = [row('a', 0), row('b', 1, { decisionKind: 'approve' }), row('c', 2), row('d', 3, { decisionKind: 'reject' })];
    expect(nextUndecided(list, 'a')?.claimId).toBe('c');
    expect(nextUndecided(list, 'c')?.claimId).toBe('a');
    // The current claim still reads "none" until the live query refreshes: never pick it.
    expect(nextUndecided([row('a', 0)], 'a')).toBeNull();
  });
});
