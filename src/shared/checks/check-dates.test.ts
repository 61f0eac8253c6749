import { describe, expect, it } from 'vitest';
import { email, pdf, signature } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';

const signedOn = (iso: string) =>
  pdf('a/sow.pdf', ['SOW Fabrikam / Contoso, Intune'], { signatures: [signature({ signingTime: `${iso}T12:00:00Z` })] });
const customerMail = (iso: string) =>
  email('a/ack.eml', {
    from: { address: 'john.doe@contoso.com' },
    date: `${iso}T09:00:00Z`,
    body: 'Fabrikam continues to run our Intune deployment (phase 2, 300 devices).',
  });

describe('dates check (usage)', () => {
  it('passes a signature exactly 12 months before submission and fails one 12 months and one day before', () => {
    expect(checkOf('dates', [signedOn('2025-10-03')], { submittedAt: '2026-10-03' }).status).toBe('pass');
    const stale = checkOf('dates', [signedOn('2025-10-02')], { submittedAt: '2026-10-03' });
    expect(stale.status).toBe('fail');
    expect(stale.reasons).toEqual(['acknowledgement-stale']);
  });

  it('handles a leap-day signature: current through 2025-02-28, stale from 2025-03-01', () => {
    expect(checkOf('dates', [signedOn('2024-02-29')], { submittedAt: '2025-02-28' }).status).toBe('pass');
    expect(checkOf('dates', [signedOn('2024-02-29')], { submittedAt: '2025-03-01' }).status).toBe('fail');
  });

  it('fails a signature dated after submission', () => {
    const r = checkOf('dates', [signedOn('2026-10-04')], { submittedAt: '2026-10-03' });
    expect(r.status).toBe('fail');
    expect(r.reasons).toEqual(['acknowledgement-after-submission']);
  });

  it('fails an old SOW whose only newer acknowledgement postdates the submission, naming both problems', () => {
    const r = checkOf('dates', [signedOn('2023-05-01'), customerMail('2026-10-20')], { submittedAt: '2026-10-03' });
    expect(r.status).toBe('fail');
    expect(r.reasons).toEqual(['acknowledgement-after-submission', 'acknowledgement-stale']);
  });

  it('lets a recent customer email rescue an old SOW', () => {
    const old = signedOn('2023-05-01');
    expect(checkOf('dates', [old], { submittedAt: '2026-10-03' }).status).toBe('fail');
    const r = checkOf('dates', [old, customerMail('2026-08-20')], { submittedAt: '2026-10-03' });
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('2026-08-20');
  });

  it('reads 05/10/2025 day-first for a UK customer and month-first for a US customer', () => {
    const stamp = (country: string) =>
      checkOf('dates', [pdf('a/s.pdf', ['Contoso statement of work', 'E-Signed by: John Doe  Date Signed 05/10/2025'])], {
        submittedAt: '2026-10-03',
        customer: { country },
      });
    expect(stamp('GB').status).toBe('pass'); // 5 October 2025: within 12 months
    expect(stamp('US').status).toBe('fail'); // May 10, 2025: older than 12 months
  });

  it('asks for review when an ambiguous date decides and the country does not say', () => {
    const r = checkOf('dates', [pdf('a/s.pdf', ['E-Signed by: John Doe  Date Signed 05/10/2025'])], {
      submittedAt: '2026-10-03',
      customer: { country: 'CA' },
    });
    expect(r.status).toBe('review');
    expect(r.summary).toContain('ambiguous');
  });

  it('rules out a reading of an ambiguous date that falls after the submission, in any shape of signature', () => {
    // CA writes both orders: 12/09/2026 is 12 Sep 2026 or 9 Dec 2026; the claim was submitted on 20 Oct 2026.
    const opts = { submittedAt: '2026-10-20', customer: { country: 'CA' } };
    const stamped = checkOf(
      'dates',
      [pdf('a/s.pdf', ['Contoso statement of work', 'E-Signed by: John Doe  Date Signed 12/09/2026'])],
      opts,
    );
    expect(stamped.status).toBe('pass');
    expect(stamped.summary).toContain('2026-09-12');
    expect(stamped.summary).toContain('not 2026-12-09');
    const trail = checkOf(
      'dates',
      [
        pdf('a/t.pdf', [
          'Contoso statement of work, Intune',
          'History',
          '09/09/2026 08:42:30  Sent to John Doe (john.doe@contoso.com)',
          '12/09/2026 10:03:11  Signed by John Doe (john.doe@contoso.com)',
        ]),
      ],
      opts,
    );
    expect(trail.status).toBe('pass');
    expect(trail.summary).toContain('2026-09-12');
    // Both readings possible, one current and one stale: still for a person (never a silent swap).
    const both = checkOf('dates', [pdf('a/s.pdf', ['Contoso SOW', 'E-Signed by: John Doe  Date Signed 10/11/2025'])], opts);
    expect(both.status).toBe('review');
    // Both readings after it: the acknowledgement postdates the submission.
    const late = checkOf('dates', [pdf('a/s.pdf', ['Contoso SOW', 'E-Signed by: John Doe  Date Signed 11/12/2026'])], opts);
    expect(late.status).toBe('fail');
  });

  it('fails an acknowledgement without any date', () => {
    const r = checkOf('dates', [pdf('a/s.pdf', ['DocuSign Envelope ID: 4F3A2B1C-1234-4DEF-8ABC-0123456789AB'])]);
    expect(r.status).toBe('fail');
    expect(r.reasons).toEqual(['dates-missing']);
  });
});

describe('dates check (pre-sales)', () => {
  const presales = {
    activity: 'pre-sales' as const,
    partnerRole: 'Build intent - Advisor',
    solutionArea: 'Business Applications',
    transactionDate: '2026-09-15',
  };

  it('passes engagement evidence dated before the transaction', () => {
    const r = checkOf('dates', [pdf('a/demo.pdf', ['Dynamics 365 Sales demo for Contoso held on 12 August 2026'])], presales);
    expect(r.status).toBe('pass');
    expect(r.evidence[0]?.text).toContain('12 August 2026');
  });

  it("does not take a quote's date as engagement", () => {
    const r = checkOf('dates', [pdf('a/q.pdf', ['QUOTATION Q-118 dated 1 August 2026\nDynamics 365 Sales, 50 seats'])], presales);
    expect(r.status).toBe('fail');
  });

  it('fails when all engagement is dated on or after the transaction', () => {
    const r = checkOf('dates', [pdf('a/demo.pdf', ['Workshop held 20.09.2026 with Contoso'])], {
      ...presales,
      customer: { country: 'DE' },
    });
    expect(r.status).toBe('fail');
    expect(r.reasons).toEqual(['pre-sales-after-transaction']);
  });
});
