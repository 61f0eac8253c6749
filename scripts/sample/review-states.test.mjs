import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { claimClocks } from '@shared/clocks/claim-clocks';
import { DEFAULT_CALENDAR } from '@shared/clocks/work-calendar';
import { sampleClaims } from './claims.mjs';
import { generationDay, withReviewStates } from './review-states.mjs';

const claims = sampleClaims(
  () => null,
  () => '2026-10-01',
);

function statesOn(today) {
  return withReviewStates(claims, today).flatMap((c) => {
    const next = claimClocks(c, { today, calendar: DEFAULT_CALENDAR }).next;
    return next ? [next.state] : [];
  });
}

describe('the sample queue on the day it is generated', () => {
  it('shows a day of review: claims running, overdue and not all overdue, on any day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2026-11-23T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const states = statesOn(d.toISOString().slice(0, 10));
        expect(states).toContain('running');
        expect(states).toContain('overdue');
        expect(states.filter((s) => s === 'overdue').length).toBeLessThan(states.length / 2);
      }),
      { numRuns: 60 },
    );
  });

  it('never starts a status before the claim was submitted', () => {
    for (const c of withReviewStates(claims, '2026-10-05')) {
      expect(String(c.statusChangedAt).slice(0, 10) >= String(c.submittedAt).slice(0, 10)).toBe(true);
    }
  });

  it('takes the day from POE_SAMPLE_TODAY and refuses a bad one', () => {
    expect(generationDay({ POE_SAMPLE_TODAY: '2027-03-01' })).toBe('2027-03-01');
    expect(() => generationDay({ POE_SAMPLE_TODAY: 'March' })).toThrow(/POE_SAMPLE_TODAY/);
  });
});
