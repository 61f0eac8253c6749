import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@shared/checks/types';
import { chainAll, eventBody } from '@shared/decision-log/testing';
import type { LogEvent } from '@shared/decision-log/schema';
import { planBatches } from './batch-plan';
import { batchProgress, chartData, etaMs, paceOf } from './progress';
import { drawSample, qcStats } from './qc';

const CLAIMS = [
  { claimId: '1', partnerName: 'Fabrikam', solutionArea: 'Azure' },
  { claimId: '2', partnerName: 'Relecloud', solutionArea: 'Security' },
  { claimId: '3', partnerName: 'Fabrikam', solutionArea: 'Security' },
  { claimId: '4', partnerName: 'Trey', solutionArea: 'Azure' },
  { claimId: '5', partnerName: 'Relecloud', solutionArea: 'Azure' },
];

function at(minute: number): string {
  return new Date(Date.parse('2026-11-20T09:00:00Z') + minute * 60_000).toISOString();
}

describe('planBatches', () => {
  it('splits by count in queue order and names reviewers round robin', () => {
    const { batches } = planBatches(CLAIMS, { by: 'count', size: 2 }, ['Ana', 'Ben']);
    expect(batches.map((b) => [b.claimIds, b.reviewer])).toEqual([
      [['1', '2'], 'Ana'],
      [['3', '4'], 'Ben'],
      [['5'], 'Ana'],
    ]);
  });

  it('splits by partner and by solution area, every claim in exactly one batch', () => {
    const byPartner = planBatches(CLAIMS, { by: 'partner' }, []).batches;
    expect(byPartner.map((b) => [b.name, b.claimIds])).toEqual([
      ['Fabrikam', ['1', '3']],
      ['Relecloud', ['2', '5']],
      ['Trey', ['4']],
    ]);
    const byArea = planBatches(CLAIMS, { by: 'solution-area' }, ['Cy']).batches;
    expect(byArea.flatMap((b) => b.claimIds).sort()).toEqual(['1', '2', '3', '4', '5']);
    expect(byArea.map((b) => b.reviewer)).toEqual(['Cy', 'Cy']);
  });

  it('a list of IDs makes one batch and names the IDs not in the queue', () => {
    const result = planBatches(CLAIMS, { by: 'ids', ids: '4, 2\n9 4' }, ['Ana']);
    expect(result.batches.map((b) => b.claimIds)).toEqual([['4', '2']]);
    expect(result.unknownIds).toEqual(['9']);
  });
});

/** Ana approves 1..4, rejects 5; Ben approves 1, rejects 2; Cy second-reviews Ana's 3 (reject) and 4 (approve). */
function teamEvents(): LogEvent[] {
  const kinds = ['approve', 'approve', 'approve', 'approve', 'reject'] as const;
  const bodies = kinds.map((kind, i) =>
    eventBody({ decisionId: `a-${i + 1}`, claimId: String(i + 1), reviewer: 'Ana', kind, decidedAt: at(i * 2) }),
  );
  bodies.push(eventBody({ decisionId: 'b-1', claimId: '1', reviewer: 'Ben', kind: 'approve', decidedAt: at(1) }));
  bodies.push(eventBody({ decisionId: 'b-2', claimId: '2', reviewer: 'Ben', kind: 'reject', decidedAt: at(3) }));
  const checklist = CHECK_IDS.map((id) => ({
    id,
    engineStatus: 'pass' as const,
    engineSummary: '',
    manualStatus: id === 'signature' ? ('fail' as const) : null,
    note: '',
  }));
  bodies.push(
    eventBody({ decisionId: 'c-3', claimId: '3', reviewer: 'Cy', kind: 'reject', checklist, secondReviewOf: 'a-3', decidedAt: at(20) }),
  );
  bodies.push(eventBody({ decisionId: 'c-4', claimId: '4', reviewer: 'Cy', kind: 'approve', secondReviewOf: 'a-4', decidedAt: at(25) }));
  return chainAll(bodies);
}

describe('QC', () => {
  it('draws the same sample for the same seed in any event order, and a share of each reviewer', () => {
    const events = teamEvents().slice(0, 7);
    const rule = { approveShare: 0.5, otherShare: 1, seed: 'week-47' };
    const sample = drawSample(events, rule);
    expect(drawSample([...events].reverse(), rule)).toEqual(sample);
    // Ana: approvals 1, 3, 4 stand alone or agreed (2 is in disagreement): ceil(0.5 × 3) = 2; her rejection of 5: 1.
    const ana = sample.filter((s) => s.first.reviewer === 'Ana');
    expect(ana.filter((s) => s.first.kind === 'approve')).toHaveLength(2);
    expect(ana.filter((s) => s.first.kind === 'reject').map((s) => s.claimId)).toEqual(['5']);
    expect(sample.map((s) => s.claimId)).not.toContain('2');
    expect(drawSample(events, { ...rule, approveShare: 0, otherShare: 0 })).toEqual([]);
  });

  it('a claim already second-reviewed is not drawn again', () => {
    const sample = drawSample(teamEvents(), { approveShare: 1, otherShare: 1, seed: 's' });
    expect(sample.map((s) => s.claimId)).not.toContain('4');
  });

  it('rates agreement per reviewer, kind and check, and lists the overturn', () => {
    const stats = qcStats(teamEvents());
    expect(stats.byReviewer).toEqual([{ key: 'Ana', reviews: 2, agreed: 1, overturned: 1 }]);
    expect(stats.byKind).toEqual([{ key: 'approve', reviews: 2, agreed: 1, overturned: 1 }]);
    expect(stats.byCheck.find((r) => r.key === 'signature')).toEqual({ key: 'signature', reviews: 2, agreed: 1, overturned: 1 });
    expect(stats.byCheck.find((r) => r.key === 'names')).toEqual({ key: 'names', reviews: 2, agreed: 2, overturned: 0 });
    expect(stats.overturns.map((p) => [p.claimId, p.first.kind, p.second.kind])).toEqual([['3', 'approve', 'reject']]);
  });
});

describe('progress', () => {
  it('counts pace from gaps between decisions, leaving out breaks, and gives ETAs', () => {
    const events = chainAll([
      eventBody({ decisionId: 'a1', claimId: '1', reviewer: 'Ana', decidedAt: at(0) }),
      eventBody({ decisionId: 'a2', claimId: '2', reviewer: 'Ana', decidedAt: at(2) }),
      eventBody({ decisionId: 'a3', claimId: '3', reviewer: 'Ana', decidedAt: at(6) }),
      // A lunch break: not work time.
      eventBody({ decisionId: 'a4', claimId: '4', reviewer: 'Ana', decidedAt: at(120) }),
      eventBody({ decisionId: 'b1', claimId: '5', reviewer: 'Ben', decidedAt: at(0) }),
      eventBody({ decisionId: 'b2', claimId: '6', reviewer: 'Ben', decidedAt: at(6) }),
    ]);
    const pace = paceOf(events);
    expect(pace.reviewers.map((r) => [r.reviewer, r.decisions, r.perHour])).toEqual([
      ['Ana', 4, 20],
      ['Ben', 2, 10],
    ]);
    expect(pace.perHour).toBe(30);
    expect(pace.medianMs).toBe(4 * 60_000);
    expect(etaMs(15, pace.perHour)).toBe(30 * 60_000);
    expect(etaMs(0, null)).toBe(0);
    expect(etaMs(3, null)).toBeNull();
  });

  it('a batch counts its claims its reviewer decided; a disagreement counts until settled', () => {
    const events = teamEvents();
    expect(batchProgress({ claimIds: ['1', '2', '6'], reviewer: 'Ben', purpose: 'review' }, events)).toEqual({
      total: 3,
      decided: 2,
      remaining: 1,
      disagreements: 1,
      hasLog: true,
    });
    expect(batchProgress({ claimIds: ['3', '4'], reviewer: 'Cy', purpose: 'second-review' }, events)).toMatchObject({ decided: 2 });
    expect(batchProgress({ claimIds: ['1'], reviewer: 'Dee', purpose: 'review' }, events)).toMatchObject({ decided: 0, hasLog: false });
  });

  it('chart data: cumulative decisions per reviewer, outcomes, failing checks of standing decisions', () => {
    const data = chartData(teamEvents(), CHECK_IDS);
    expect(data.timeline.map((s) => [s.reviewer, s.points.at(-1)?.y])).toEqual([
      ['Ana', 5],
      ['Ben', 2],
      ['Cy', 2],
    ]);
    expect(Object.fromEntries(data.byKind.map((k) => [k.label, k.count]))).toEqual({
      Approved: 2,
      'Action required': 0,
      Rejected: 1,
      'In disagreement': 2,
    });
    expect(data.byFailingCheck.find((c) => c.check === 'signature')?.count).toBe(0);
  });
});
