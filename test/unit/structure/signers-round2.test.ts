import { describe, expect, it } from 'vitest';
import { pdf, signature } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';
import { checkFiles, checkIn, flow, ink, pdfBytes, type Drawn } from '@test/real-files';

/**
 * Issue 7, round 2: who signed, read from structure in documents of several shapes: trails that
 * print timestamps below their events, declines named by the signer's name only, vendor stamps
 * over the customer's block, ink-signed letters whose fields are layout columns, and PDF
 * digital signatures of somebody neither side's.
 */

const body = 'Acceptance: Fabrikam deployed Microsoft Intune to 900 devices for Contoso in three phases.';

/** A form's field rows: the label at x = 61, the value at x = 172 (two layout chunks, one text line). */
function fields(rows: readonly [string, string][], top: number): Drawn[] {
  return rows.flatMap(([label, value], i) => [
    { text: label, x: 61, y: top - i * 20 },
    ...(value ? [{ text: value, x: 172, y: top - i * 20 }] : []),
  ]);
}

describe('class 4: only the partner signed, the customer block empty or declined', () => {
  it('an Adobe-style report (each timestamp on the line below its event): partner e-signed, customer only emailed and viewed', () => {
    const doc = pdf('a/abnahme.pdf', [
      `${body}\nFür den Kunden\nContoso\nUnterschrift\nName\nFunktion\nDatum\nFür den Partner\nFabrikam\nName: Priya Kaur`,
      [
        'Abnahmeerklärung - Final Audit Report 2026-09-08',
        'Created: 2026-09-08',
        'By: Priya Kaur (pkaur@fabrikam.com)',
        'Status: Sent',
        'Transaction ID: CBJCHBCAABAA2345562b234523462347',
        'Document created by Priya Kaur (pkaur@fabrikam.com)',
        '2026-09-08 - 9:12:10 AM GMT - IP address: 203.0.113.20',
        'Document emailed to John Doe (john.doe@contoso.com) for signature',
        '2026-09-08 - 9:13:02 AM GMT - IP address: 203.0.113.21',
        'Email viewed by John Doe (john.doe@contoso.com)',
        '2026-09-10 - 9:55:40 AM GMT - IP address: 203.0.113.22',
        'Document e-signed by Priya Kaur (pkaur@fabrikam.com)',
        'Signature Date: 2026-09-08 - 9:20:44 AM GMT - Time Source: server',
      ].join('\n'),
    ]);
    const r = checkOf('signature', [doc], { customer: { country: 'DE' } });
    expect(r.status, r.summary).toBe('fail');
    expect(r.summary).toContain('the customer has not signed');
  });

  it('the same report where the customer e-signed passes, with the date printed below the event', () => {
    const doc = pdf('a/acceptance.pdf', [
      body,
      [
        'Final Audit Report',
        'Document emailed to John Doe (john.doe@contoso.com) for signature',
        '2026-09-08 - 9:13:02 AM GMT - IP address: 203.0.113.21',
        'Document e-signed by John Doe (john.doe@contoso.com)',
        'Signature Date: 2026-09-09 - 10:20:44 AM GMT - Time Source: server',
      ].join('\n'),
    ]);
    const r = checkOf('signature', [doc]);
    expect(r.status, r.summary).toBe('pass');
    expect(checkOf('dates', [doc]).summary).toContain('2026-09-09');
  });

  it.each([
    [
      'Swedish (Scrive-style)',
      'SE',
      '2026-09-10 10:02:11 UTC John Doe avvisade dokumentet',
      '2026-09-10 15:30:05 UTC Priya Kaur signerade dokumentet (pkaur@fabrikam.com)',
    ],
    ['English', 'US', '2026-09-10 10:02:11 UTC Declined by John Doe', '2026-09-10 15:30:05 UTC Signed by Priya Kaur (pkaur@fabrikam.com)'],
  ])('a customer who declined, named only by name on the event line (%s), is no acknowledgement', (_, country, decline, partnerSigned) => {
    const doc = pdf('a/poe.pdf', [
      `${body}\nFor the customer\nContoso\nSignature\nName\nDate`,
      [
        'Parties',
        'Priya Kaur pkaur@fabrikam.com Signing party',
        'Events',
        '2026-09-08 09:13:02 UTC Document sent to John Doe (john.doe@contoso.com)',
        decline,
        partnerSigned,
      ].join('\n'),
    ]);
    const r = checkOf('signature', [doc], { customer: { country } });
    expect(r.status, r.summary).toBe('fail');
    expect(r.summary).toContain('declined');
  });

  it('a customer block under a vendor stamp "Awaiting signature" (typed name, no date) is not signed', async () => {
    const bytes = await pdfBytes([
      [
        ...flow([body, 'For the customer', 'Contoso', 'DocuSign', 'Awaiting signature', 'Signature'], { top: 740 }),
        ...fields(
          [
            ['Name', 'John Doe'],
            ['Title', 'CISO'],
            ['Date', ''],
          ],
          640,
        ),
      ],
    ]);
    const r = checkIn(await checkFiles([{ path: 'a/sow.pdf', bytes }]), 'signature');
    expect(r.status, r.summary).toBe('fail');
    expect(r.summary).toContain('pending');
  });
});

describe('class 7: ink-signed letters whose block fields are layout columns', () => {
  it.each([
    [
      'English legal date',
      'US',
      'For the customer',
      [
        ['Name', 'John Doe'],
        ['Title', 'CISO'],
        ['Date', 'this 3rd day of March, 2026'],
      ],
    ],
    [
      'Polish written date',
      'PL',
      'W imieniu klienta',
      [
        ['Imię i nazwisko', 'John Doe'],
        ['Stanowisko', 'CISO'],
        ['Data', '5 marca 2026'],
      ],
    ],
    [
      'German numeric date',
      'DE',
      'Für den Kunden',
      [
        ['Name', 'John Doe'],
        ['Funktion', 'CISO'],
        ['Datum', '05.03.2026'],
      ],
    ],
  ] as const)('%s: the customer block is read as name, title and date', async (_, country, heading, rows) => {
    const bytes = await pdfBytes([
      [
        ...flow(
          [
            body,
            'Fabrikam delivered the services between 13 May 2025 and 4 September 2025.',
            `In witness whereof, the parties have signed this acceptance on ${rows[2][1]}.`,
            heading,
            'Contoso',
            'Signature',
          ],
          { top: 740 },
        ),
        // Both signed by hand after their "Signature" line: typed blocks alone are not signed
        // (ruleset 2026.12.6); this test is about reading the block's fields.
        ink(130, 668),
        ...fields(rows as unknown as [string, string][], 640),
        ...flow(['For the partner', 'Fabrikam', 'Signature'], { top: 560 }),
        ink(130, 528),
        ...fields(
          [
            ['Name', 'Priya Kaur'],
            ['Date', rows[2][1]],
          ],
          500,
        ),
      ],
    ]);
    const report = await checkFiles([{ path: 'a/letter.pdf', bytes }], { customer: { country }, submittedAt: '2026-06-01T00:00:00Z' });
    const sig = checkIn(report, 'signature');
    expect(sig.status, sig.summary).toBe('pass');
    const dates = checkIn(report, 'dates');
    expect(dates.status, dates.summary).toBe('pass');
    expect(dates.summary).toContain('2026-03-0');
  });

  it('prose with dates ("delivered … May 2026", "signed … 3 March 2026") is not an audit trail of an unnamed signer', () => {
    const doc = pdf('a/letter.pdf', [
      [
        'Phase 1: delivered between 13 May 2026 and 10 June 2026',
        'In witness whereof, the parties have signed this acceptance this 3rd day of March, 2026.',
      ].join('\n'),
    ]);
    const r = checkOf('signature', [doc]);
    expect(r.summary).not.toContain('audit trail');
  });

  it('"Signed by the customer on 10/11/2025" over its named block: signed, the date still ambiguous in Canada', async () => {
    const bytes = await pdfBytes([
      [
        ...flow([body, 'Signed by the customer on 10/11/2025.', 'For the customer', 'Contoso', 'Signature'], { top: 740 }),
        ...fields(
          [
            ['Name', 'John Doe'],
            ['Title', 'CISO'],
            ['Date', ''],
          ],
          640,
        ),
      ],
    ]);
    const report = await checkFiles([{ path: 'a/letter.pdf', bytes }], {
      customer: { country: 'CA' },
      submittedAt: '2026-10-20T00:00:00Z',
    });
    expect(checkIn(report, 'signature').status, checkIn(report, 'signature').summary).toBe('pass');
    expect(checkIn(report, 'dates').status).toBe('review');
  });
});

describe('class 4: PDF digital signatures are matched to a side', () => {
  const doc = (signerName: string, text = body) => pdf('a/sow.pdf', [text], { signatures: [signature({ signerName })] });

  it('a signature by somebody neither side names (a notary, a signing service) is review, not a customer acknowledgement', () => {
    const r = checkOf('signature', [doc('Jane Notary')]);
    expect(r.status, r.summary).toBe('review');
    expect(r.summary).toContain('Jane Notary');
  });

  it("the customer's contact, the customer company or the document's customer signatory passes", () => {
    expect(checkOf('signature', [doc('John Doe')]).status).toBe('pass');
    expect(checkOf('signature', [doc('Contoso Ltd Signing Certificate')]).status).toBe('pass');
    const named = doc('Maria Lopez', `${body}\nCustomer Signatory Name (printed)\tMaria Lopez`);
    expect(checkOf('signature', [named]).status).toBe('pass');
  });

  it("the partner's signature is rejected", () => {
    expect(checkOf('signature', [doc('Priya Kaur')]).status).toBe('fail');
  });
});
