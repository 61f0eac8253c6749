import { describe, expect, it } from 'vitest';
import { pdf } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';
import { parseDates } from '@shared/text/dates';
import { foldString } from '@shared/text/fold';
import { checkFiles, checkIn, flow, pdfBytes } from '@test/real-files';

const first = (s: string, order: 'dmy' | 'mdy' | null = null) => parseDates(foldString(s), { numericOrder: order })[0];
const iso = (s: string, order: 'dmy' | 'mdy' | null = null) => {
  const d = first(s, order)?.date;
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;
};

describe('class 7: written and local date forms', () => {
  it.each([
    ['this 3rd day of March, 2026', '2026-03-03'],
    ['am 3. März 2026', '2026-03-03'],
    ['le 3 mars 2026', '2026-03-03'],
    ['3 de marzo de 2026', '2026-03-03'],
    ['2026年3月4日', '2026-03-04'],
    ['2026/03/04', '2026-03-04'],
    ['2026. 3. 4.', '2026-03-04'],
    ['5 marca 2026', '2026-03-05'],
    ['den 5 mars 2026', '2026-03-05'],
    ['4 марта 2026 г.', '2026-03-04'],
  ])('reads "%s"', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('dates a customer block written "this 3rd day of March, 2026"', () => {
    const doc = pdf('a/acceptance.pdf', [
      [
        'Acceptance of services: Contoso confirms Fabrikam deployed Microsoft Intune.',
        'IN WITNESS WHEREOF, Contoso has signed this acceptance this 3rd day of March, 2026.',
        'Customer: Contoso',
        'Signature: John Doe',
        'Name: John Doe',
        'Date: this 3rd day of March, 2026',
      ].join('\n'),
    ]);
    const r = checkOf('dates', [doc], { submittedAt: '2026-06-01T00:00:00Z' });
    expect(r.status, r.summary).toBe('pass');
    expect(r.summary).toContain('2026-03-03');
  });
});

describe('class 5: audit-trail dates in the vendor format', () => {
  it('reads a month-first certificate of completion month-first for a day-first country (real PDF)', async () => {
    const cert = flow([
      'Certificate Of Completion',
      'Envelope Id: 4F3A2B1C-9D8E-4F7A-B6C5-D4E3F2A1B0C9',
      'Status: Completed',
      'Signer Events    Signature    Timestamp',
      'Mario Rossi (mario.rossi@contoso.com)    Signed: 9/12/2025 | 10:01 AM',
    ]);
    const body = flow(['Project closure: Microsoft Intune deployed for Contoso.', 'Customer: Contoso  Name: Mario Rossi']);
    const bytes = await pdfBytes([body, cert]);
    const report = await checkFiles([{ path: 'a/poe.pdf', bytes }], {
      customer: { country: 'IT', contactName: 'Mario Rossi', contactEmail: 'mario.rossi@contoso.com' },
      submittedAt: '2026-10-01T00:00:00Z',
    });
    const r = checkIn(report, 'dates');
    // 12 September 2025 (month-first), more than 12 months before 2026-10-01; 9 December would be inside.
    expect(r.status, r.summary).toBe('fail');
    expect(r.summary).toContain('2025-09-12');
  });

  it('uses a declared "MM / DD / YYYY" trail format with spaced slashes', () => {
    const trail = pdf('a/trail.pdf', [
      [
        'Audit trail',
        'Audit trail date format: MM / DD / YYYY',
        'SENT    11 / 01 / 2025   09:12:40 UTC   Sent for signature to John Doe (john.doe@contoso.com)',
        'SIGNED  11 / 03 / 2025   10:01:22 UTC   Signed by John Doe (john.doe@contoso.com)',
      ].join('\n'),
    ]);
    const r = checkOf('dates', [trail], { customer: { country: 'DE' }, submittedAt: '2026-06-01T00:00:00Z' });
    expect(r.status, r.summary).toBe('pass');
    expect(r.summary).toContain('2025-11-03');
  });
});
