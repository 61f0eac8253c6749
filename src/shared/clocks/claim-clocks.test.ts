import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { claimClocks, statusKey, type ClockClaim } from './claim-clocks';
import { businessDays, DEFAULT_CALENDAR, dayNumber, formatHolidayLines, parseHolidayLines, withHolidays } from './work-calendar';

const NO_HOLIDAYS = withHolidays(DEFAULT_CALENDAR, []);
const cpor = (over: Partial<ClockClaim>): ClockClaim => ({
  program: 'cpor',
  status: 'Under review',
  createdAt: '2026-10-01',
  submittedAt: '2026-10-02',
  ...over,
});

describe('business days', () => {
  const bd = businessDays(NO_HOLIDAYS);
  const n = (iso: string) => dayNumber({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });

  it('skips weekends and the holidays of the data', () => {
    // Friday 2 Oct 2026 + 5 business days = Friday 9 Oct.
    expect(bd.add(n('2026-10-02'), 5)).toBe(n('2026-10-09'));
    const withColumbus = businessDays(withHolidays(DEFAULT_CALENDAR, [{ date: '2026-10-05', name: 'x' }]));
    expect(withColumbus.add(n('2026-10-02'), 5)).toBe(n('2026-10-12'));
  });

  it('counts back what it added (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20000, max: 21000 }), fc.integer({ min: 0, max: 40 }), (start, k) => {
        expect(bd.between(start, bd.add(start, k))).toBe(k);
      }),
    );
  });
});

describe('claim clocks', () => {
  const opts = { calendar: NO_HOLIDAYS };

  it('counts days in review from Under review against five business days, due today and overdue', () => {
    const claim = cpor({ statusChangedAt: '2026-10-02T16:20:00Z' });
    const onTime = claimClocks(claim, { ...opts, today: '2026-10-06' });
    expect(onTime.daysInReview).toBe(2);
    expect(onTime.next).toMatchObject({ kind: 'review', due: '2026-10-09', state: 'running', daysLeft: 3 });
    expect(claimClocks(claim, { ...opts, today: '2026-10-09' }).next?.state).toBe('due-today');
    const late = claimClocks(claim, { ...opts, today: '2026-10-13' });
    expect(late.next).toMatchObject({ state: 'overdue', daysLeft: -4 });
    expect(late.daysInReview).toBe(7);
  });

  it('starts no answer clock while a claim is only Submitted, and counts from Under review once it is', () => {
    const submitted = claimClocks(cpor({ status: 'Submitted', submittedAt: '2026-09-01', statusChangedAt: '2026-09-01' }), {
      ...opts,
      today: '2026-10-06',
    });
    expect(submitted).toEqual({ daysInReview: null, clocks: [], next: null });
    // Submitted a month ago, Under review since Friday: two business days in, due next Friday.
    const review = claimClocks(cpor({ submittedAt: '2026-09-01', statusChangedAt: '2026-10-02' }), { ...opts, today: '2026-10-06' });
    expect(review.daysInReview).toBe(2);
    expect(review.next).toMatchObject({ kind: 'review', start: '2026-10-02', due: '2026-10-09', state: 'running' });
    const noDate = claimClocks(cpor({ submittedAt: '2026-10-02' }), { ...opts, today: '2026-10-06' });
    expect(noDate.next?.label).toContain('Under review date not in the claim');
  });

  it('gives a competing claim a longer target', () => {
    const c = claimClocks(cpor({ statusChangedAt: '2026-10-02' }), { ...opts, today: '2026-10-13', hasCompetingClaim: true });
    expect(c.next).toMatchObject({ due: '2026-10-16', state: 'running' });
    expect(c.next?.label).toContain('competing');
  });

  it('gives partner action 14 calendar days, then rejected', () => {
    const c = claimClocks(cpor({ status: 'Partner action required', statusChangedAt: '2026-10-05' }), { ...opts, today: '2026-10-20' });
    expect(c.daysInReview).toBeNull();
    expect(c.next).toMatchObject({ kind: 'partner-action', due: '2026-10-19', state: 'overdue', afterwards: 'rejected' });
    const pa = claimClocks(
      { program: 'partner-activities', status: 'Action required', createdAt: '2026-10-01', statusChangedAt: '2026-10-05' },
      { ...opts, today: '2026-10-20' },
    );
    expect(pa.clocks.map((k) => k.kind)).toEqual(['poe-submission']);
  });

  it('gives a rejection a 30-day dispute window, then rejected final; none once final', () => {
    const c = claimClocks(cpor({ status: 'Rejected', statusChangedAt: '2026-10-05' }), { ...opts, today: '2026-10-20' });
    expect(c.next).toMatchObject({ kind: 'dispute', due: '2026-11-04', afterwards: 'rejected final', daysLeft: 15 });
    expect(claimClocks(cpor({ status: 'Final Rejected', statusChangedAt: '2026-10-05' }), { ...opts, today: '2026-10-20' }).clocks).toEqual(
      [],
    );
  });

  it('gives Partner Activities consent 30 days and POE deadlines by engagement size', () => {
    const pa = (over: Partial<ClockClaim>) => ({ program: 'partner-activities', createdAt: '2026-01-10', ...over }) as ClockClaim;
    expect(claimClocks(pa({ status: 'Customer consent pending' }), { ...opts, today: '2026-01-20' }).clocks[0]).toMatchObject({
      kind: 'consent',
      due: '2026-02-09',
    });
    const medium = claimClocks(pa({ status: 'Action required', engagement: 'Copilot Medium Project', customerConsentAt: '2026-01-15' }), {
      ...opts,
      today: '2026-03-01',
    });
    expect(medium.clocks.find((c) => c.kind === 'poe-submission')).toMatchObject({ due: '2026-09-02' });
    const assessment = claimClocks(pa({ status: 'Draft', engagement: 'Security Assessment', customerConsentAt: '2026-01-15' }), {
      ...opts,
      today: '2026-03-20',
    });
    expect(assessment.next).toMatchObject({ kind: 'poe-submission', due: '2026-03-16', state: 'overdue' });
  });

  it('reads Partner Center status texts', () => {
    expect(['Under Review', 'Partner action required', 'Rejected final', 'Disputed', 'Submitted'].map(statusKey)).toEqual([
      'under-review',
      'partner-action',
      'rejected-final',
      'disputed',
      'submitted',
    ]);
  });
});

describe('holiday lines', () => {
  it('reads dates with names and names the bad lines', () => {
    const r = parseHolidayLines('2026-12-25 Christmas Day\n\n2026-02-30 nope\n2026-01-01');
    expect(r.holidays).toEqual([
      { date: '2026-01-01', name: '' },
      { date: '2026-12-25', name: 'Christmas Day' },
    ]);
    expect(r.errors).toEqual(['line 3: "2026-02-30" is not a date YYYY-MM-DD']);
    expect(parseHolidayLines(formatHolidayLines(r.holidays)).holidays).toEqual(r.holidays);
  });
});
