import { describe, expect, it } from 'vitest';
import { pdf } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';
import { checkFiles, checkIn, flow, pdfBytes } from '@test/real-files';

const body = 'Acceptance: Fabrikam deployed Microsoft Intune to 900 devices for Contoso in three phases.';

describe('class 3: any vendor, read as an event log or a signer panel', () => {
  it('a Swedish trail ("signerade dokumentet") of an unlisted vendor is a customer signature with its date', () => {
    const trail = pdf('a/poe.pdf', [
      body,
      [
        'Verifikat',
        'Signerande parter',
        'Anna Svensson   anna.svensson@contoso.com',
        'Händelser',
        '2026-03-05 10:22:11 UTC   Anna Svensson signerade dokumentet',
      ].join('\n'),
    ]);
    const claim = {
      customer: { country: 'SE', contactName: 'Anna Svensson', contactEmail: 'anna.svensson@contoso.com' },
      submittedAt: '2026-06-01T00:00:00Z',
    };
    const sig = checkOf('signature', [trail], claim);
    expect(sig.status, sig.summary).toBe('pass');
    const dates = checkOf('dates', [trail], claim);
    expect(dates.status, dates.summary).toBe('pass');
    expect(dates.summary).toContain('2026-03-05');
  });

  it('a Polish event line and an English "Signature applied" log (real PDF) count', async () => {
    const pl = pdf('a/pl.pdf', [body, 'Historia dokumentu\n05.03.2026 10:22 Jan Kowalski (jan.kowalski@contoso.com) podpisał dokument']);
    expect(checkOf('signature', [pl], { customer: { country: 'PL' } }).status).toBe('pass');
    const bytes = await pdfBytes([
      flow([body]),
      flow([
        'Document history',
        'Mar 5, 2026 10:22:01 AM GMT   Signature applied   John Doe   john.doe@contoso.com',
        'Mar 5, 2026 10:23:40 AM GMT   Completed',
      ]),
    ]);
    const r = checkIn(await checkFiles([{ path: 'a/poe.pdf', bytes }], { submittedAt: '2026-06-01T00:00:00Z' }), 'signature');
    expect(r.status, r.summary).toBe('pass');
  });
});

describe('class 4: who signed', () => {
  it("an envelope signed only by the partner's people, the customer awaiting, is not an acknowledgement", () => {
    const cert = pdf('a/poe.pdf', [
      `DocuSign Envelope ID: 4F3A2B1C-9D8E-4F7A-B6C5-D4E3F2A1B0C9\n${body}`,
      [
        'Certificate Of Completion',
        'Envelope Id: 4F3A2B1C9D8E4F7AB6C5D4E3F2A1B0C9   Status: Sent',
        'Signer Events    Signature    Timestamp',
        'Tom Becker (tom.becker@fabrikam.com)   Signed: 9/8/2026 | 10:01 AM',
        'John Doe (john.doe@contoso.com)   Sent: 9/8/2026 | 10:02 AM',
        'Awaiting signature',
      ].join('\n'),
    ]);
    const r = checkOf('signature', [cert]);
    expect(r.status, r.summary).not.toBe('pass');
  });

  it('an "e-signed by" the partner with the customer block empty is not an acknowledgement', () => {
    const doc = pdf('a/poe.pdf', [
      [
        body,
        'Document e-signed by Tom Becker (tom.becker@fabrikam.com) on 2026-09-08',
        'Customer: Contoso',
        'Name:',
        'Signature:',
        'Date:',
      ].join('\n'),
    ]);
    expect(checkOf('signature', [doc]).status).not.toBe('pass');
  });

  it("side-by-side blocks: the partner's signed and dated, the customer's blank, is not an acknowledgement; both signed passes with the customer's date", () => {
    const blocks = (customerName: string, customerDate: string) =>
      [
        body,
        'For Fabrikam (Partner)          For Contoso (Customer)',
        `Name: Priya Kaur          Name: ${customerName}`,
        'Title: Delivery Lead          Title: CISO',
        `Date: 2026-09-08          Date: ${customerDate}`,
      ].join('\n');
    expect(checkOf('signature', [pdf('a/poe.pdf', [blocks('', '')])]).status).not.toBe('pass');
    const both = checkOf('dates', [pdf('a/poe.pdf', [blocks('John Doe', '2026-09-10')])], { submittedAt: '2026-10-01T00:00:00Z' });
    expect(both.status, both.summary).toBe('pass');
    expect(both.summary).toContain('2026-09-10');
  });
});
