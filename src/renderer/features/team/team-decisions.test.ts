import { describe, expect, it } from 'vitest';
import { chainAll, eventBody } from '@shared/decision-log/testing';
import type { ClaimRow } from '@renderer/db/types';
import { countByDecision, decisionOf, EMPTY_FILTERS, visibleClaims } from '@renderer/features/queue-list/queue-filters';
import { teamDecisionsOf } from './team-decisions';

function row(claimId: string, order: number, decisionKind: ClaimRow['decisionKind'] = 'none'): ClaimRow {
  return {
    key: `q\u0000${claimId}`,
    queueId: 'q',
    claimId,
    order,
    claim: null,
    raw: {},
    issues: [],
    isValid: true,
    partnerName: 'Fabrikam',
    customerName: 'Contoso',
    solutionArea: 'Security',
    status: 'Submitted',
    submittedAt: '2026-10-03',
    workloadNames: [],
    searchText: claimId,
    decisionKind,
    documents: [],
  };
}

const events = chainAll([
  eventBody({ decisionId: 'a1', claimId: '1', reviewer: 'Ana', kind: 'approve' }),
  eventBody({ decisionId: 'b1', claimId: '1', reviewer: 'Ben', kind: 'approve' }),
  eventBody({ decisionId: 'a2', claimId: '2', reviewer: 'Ana', kind: 'approve' }),
  eventBody({ decisionId: 'b2', claimId: '2', reviewer: 'Ben', kind: 'reject' }),
  eventBody({ decisionId: 'a3', claimId: '3', reviewer: 'Ana', kind: 'approve' }),
  eventBody({ decisionId: 'b3', claimId: '3', reviewer: 'Ben', kind: 'reject' }),
  eventBody({ decisionId: 's3', claimId: '3', reviewer: 'Lee', kind: 'reject', type: 'settlement', settles: ['a3', 'b3'] }),
  eventBody({ decisionId: 'a4', claimId: '4', reviewer: 'Ana', kind: 'action-required' }),
  eventBody({ decisionId: 'u4', claimId: '4', reviewer: 'Ana', kind: null, type: 'undo', supersedes: 'a4' }),
]);

describe("the team's merged decisions on the lead's list", () => {
  const team = teamDecisionsOf(events);

  it('says who decided, which claims are disagreed on, and who settled', () => {
    expect(team.get('1')).toEqual({ status: 'decided', kind: 'approve', reviewers: ['Ana', 'Ben'], settledBy: null });
    expect(team.get('2')).toEqual({
      status: 'disagreement',
      decisions: [
        { reviewer: 'Ana', kind: 'approve' },
        { reviewer: 'Ben', kind: 'reject' },
      ],
    });
    expect(team.get('3')).toEqual({ status: 'decided', kind: 'reject', reviewers: ['Lee'], settledBy: 'Lee' });
    expect(team.has('4')).toBe(false);
  });

  it('filters, sorts and counts by them; the reviewer’s own decision comes first; a disagreement is undecided', () => {
    const rows = [row('1', 0), row('2', 1), row('3', 2), row('4', 3), row('5', 4, 'action-required')];
    expect(rows.map((r) => decisionOf(r, team))).toEqual(['approve', 'none', 'reject', 'none', 'action-required']);
    expect(decisionOf(row('1', 0, 'reject'), team)).toBe('reject');
    expect(visibleClaims(rows, { ...EMPTY_FILTERS, decision: 'none' }, null, undefined, team).map((r) => r.claimId)).toEqual(['2', '4']);
    expect(visibleClaims(rows, EMPTY_FILTERS, { key: 'decision', direction: 'asc' }, undefined, team).map((r) => r.claimId)).toEqual([
      '2',
      '4',
      '5',
      '3',
      '1',
    ]);
    expect(countByDecision(rows, team)).toEqual({ none: 2, approve: 1, 'action-required': 1, reject: 1 });
    // Without merged logs the list is the reviewer's own.
    expect(countByDecision(rows)).toEqual({ none: 4, approve: 0, 'action-required': 1, reject: 0 });
  });
});
