import { describe, expect, it } from 'vitest';
import { docx, email, pdf, scannedPdf, signature } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';

const sow = (extra: string[] = []) =>
  ['Statement of Work – Fabrikam for Contoso', 'Microsoft Intune rollout for 500 devices', ...extra].join('\n');

describe('signature check', () => {
  it('passes an intact digital signature and quotes the signature field', () => {
    const r = checkOf('signature', [pdf('a/sow.pdf', [sow()], { signatures: [signature()] })]);
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('digital signature by John Doe');
    expect(r.evidence[0]).toMatchObject({ document: 'a/sow.pdf', page: 2 });
  });

  it('fails a digital signature modified after signing, even next to other acknowledgements', () => {
    const tampered = signature({ integrity: 'modified', integrityDetail: 'bytes appended after signing' });
    const r = checkOf('signature', [
      pdf('a/sow.pdf', [sow()], { signatures: [tampered] }),
      email('a/ok.eml', {
        from: { address: 'john.doe@contoso.com' },
        date: '2026-09-01T10:00:00Z',
        body: 'We confirm Fabrikam deployed Intune.',
      }),
    ]);
    expect(r.status).toBe('fail');
    expect(r.reasons).toEqual(['signature-modified']);
    expect(r.summary).toContain('bytes appended after signing');
  });

  it("does not count a document timestamp (RFC 3161) as anyone's signature", () => {
    const ts = signature({ fieldName: 'Timestamp-1', signerName: 'Time Stamping Authority', subFilter: 'ETSI.RFC3161' });
    const r = checkOf('signature', [pdf('a/sow.pdf', [sow()], { signatures: [ts] })]);
    expect(r.status).toBe('fail');
    expect(r.reasons).toEqual(['no-customer-acknowledgement']);
  });

  it('does not count an empty signature field: unsigned', () => {
    const r = checkOf('signature', [
      pdf('a/form.pdf', ['Fabrikam services for Contoso'], {
        signatures: [
          signature({
            isSigned: false,
            signerName: undefined,
            signingTime: undefined,
            integrity: 'cannot-verify',
            integrityDetail: 'empty field',
          }),
        ],
      }),
    ]);
    expect(r.status).toBe('fail');
    expect(r.summary).toMatch(/empty/);
    expect(r.reasons).toEqual(['no-customer-acknowledgement']);
  });

  it('passes a DocuSign envelope id and an Adobe-style "e-signed by" stamp', () => {
    // Issue 7, class 4: the envelope counts once a signing event in it is the customer's.
    const certificate = [
      'Certificate Of Completion',
      'Envelope Id: 4F3A2B1C12344DEF8ABC0123456789AB',
      'John Doe',
      'john.doe@contoso.com',
      'Signed: 6/5/2026 | 10:22 AM',
    ];
    expect(
      checkOf('signature', [pdf('a/ds.pdf', [`DocuSign Envelope ID: 4F3A2B1C-1234-4DEF-8ABC-0123456789AB\n${sow(certificate)}`])]).status,
    ).toBe('pass');
    // A bare envelope id names no signer: a person confirms who signed (it used to pass).
    expect(checkOf('signature', [pdf('a/ds.pdf', [`DocuSign Envelope ID: 4F3A2B1C-1234-4DEF-8ABC-0123456789AB\n${sow()}`])]).status).toBe(
      'review',
    );
    const r = checkOf('signature', [pdf('a/es.pdf', [sow(['E-Signed by: John Doe on 2026-06-05'])])]);
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('John Doe');
  });

  it('reads a DocuSign "DocuSigned by" stamp with the name on the next line, and Adobe\'s dotted signing date', () => {
    const r = checkOf('signature', [pdf('a/ds.pdf', [sow(['DocuSigned by:', 'John Doe', '7B2F4C1A9D3E4F5A'])])]);
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('John Doe');
    const adobe = checkOf('dates', [pdf('a/ad.pdf', [sow(['Digitally signed by John Doe', "Date: 2026.06.05 10:22:01 +02'00'"])])]);
    expect(adobe.status).toBe('pass');
    expect(adobe.summary).toContain('2026-06-05');
  });

  it('reads German and Spanish e-signature marks', () => {
    expect(
      checkOf('signature', [pdf('a/de.pdf', ['Elektronisch signiert von: Jürgen Weiß am 05.06.2026'])], { customer: { country: 'DE' } })
        .status,
    ).toBe('pass');
    expect(
      checkOf('signature', [docx('a/es.docx', ['Firmado electrónicamente por: Lucía Gómez', 'Fecha: 5 de junio de 2026'])], {
        customer: { country: 'ES' },
      }).status,
    ).toBe('pass');
  });

  it('rejects a "signed by" the partner\'s own contact', () => {
    const r = checkOf('signature', [pdf('a/p.pdf', [sow(['Signed by: Priya Kaur, Fabrikam', 'Date: 2026-06-05'])])]);
    expect(r.status).toBe('fail');
    expect(r.reasons).toEqual(['signature-not-acceptable']);
  });

  it('passes a signature block with the customer signatory and a date', () => {
    const block = [
      'ACCEPTED AND AGREED',
      'For and on behalf of Contoso Ltd',
      'Name: John Doe   Title: CISO',
      'Signature: J. Doe   Date: 12 May 2026',
    ];
    expect(checkOf('signature', [pdf('a/sow.pdf', [sow(block)])]).status).toBe('pass');
  });

  it('marks a blank signature line for review, not pass', () => {
    const r = checkOf('signature', [pdf('a/sow.pdf', [sow(['Customer: Contoso', 'Signature: ____________  Name: John Doe'])])]);
    expect(r.status).toBe('review');
  });

  it("accepts an email from the customer domain (also a subdomain), not a forwarded one or the partner's own", () => {
    const body = 'Hi Priya, we confirm Fabrikam is deploying Intune to our 400 devices.';
    expect(
      checkOf('signature', [
        email('a/ack.eml', { from: { name: 'John Doe', address: 'john.doe@eu.contoso.com' }, date: '2026-09-01T08:00:00Z', body }),
      ]).status,
    ).toBe('pass');
    const fw = checkOf('signature', [
      email('a/fw.eml', { from: { address: 'john.doe@contoso.com' }, isForwarded: true, subject: 'FW: Intune', body }),
    ]);
    expect(fw.status).toBe('fail');
    expect(fw.summary).toContain('forwarded');
    const own = checkOf('signature', [email('a/own.msg', { from: { address: 'pkaur@fabrikam.com' }, body })]);
    expect(own.status).toBe('fail');
    expect(own.reasons).toEqual(['signature-not-acceptable']);
  });

  it('knows a forward by the ruleset in use alone (the one list of markers), not by a flag of the readers', () => {
    const body = 'Hi Priya, we confirm Fabrikam is deploying Intune to our 400 devices.';
    // A Dutch forward header: once only in the readers' own list, now in the ruleset.
    const doorgestuurd = email('a/nl.eml', {
      from: { address: 'jan@contoso.com' },
      isForwarded: false,
      subject: 'Intune',
      body: `Ter info\n\n-------- Doorgestuurd bericht --------\nVan: Erik <erik@fabrikam.com>\n${body}`,
    });
    expect(checkOf('signature', [doorgestuurd]).summary).toContain('forwarded');
    // A readers' flag the ruleset's markers do not back is not a forward.
    const flagged = email('a/ack.eml', { from: { address: 'john.doe@contoso.com' }, isForwarded: true, subject: 'Intune', body });
    expect(checkOf('signature', [flagged]).status).toBe('pass');
  });

  it("takes a customer reply quoting the partner's request as a reply, not a forward", () => {
    const reply = email('a/re.eml', {
      from: { address: 'john.doe@contoso.com' },
      subject: 'RE: Intune expansion 2026',
      isForwarded: false,
      body: 'Confirming Fabrikam runs our Intune rollout.\n\n-----Original Message-----\nFrom: Priya Kaur <pkaur@fabrikam.com>\nCould you confirm?',
    });
    expect(checkOf('signature', [reply]).status).toBe('pass');
  });

  it("takes a customer reply to a forwarded thread as the customer's own acknowledgement", () => {
    const reply = email('a/re-fw.eml', {
      from: { address: 'john.doe@contoso.com' },
      subject: 'RE: FW: Intune go-live',
      date: '2026-09-20T08:00:00Z',
      body: 'Yes, Fabrikam ran our Intune go-live.\n\nFrom: Priya Kaur <pkaur@fabrikam.com>\nSent: Monday, 14 September 2026\nSubject: FW: Intune go-live\n\n---------- Forwarded message ---------\nFrom: Erik <erik@fabrikam.com>',
    });
    expect(checkOf('signature', [reply]).status).toBe('pass');
  });

  it('reads a printed email: the topmost From line decides', () => {
    const printed = [
      'From: John Doe <john.doe@contoso.com>',
      'Sent: Tuesday, September 1, 2026 9:14 AM',
      'To: Priya Kaur <pkaur@fabrikam.com>',
      'Subject: RE: Intune deployment',
      '',
      'Confirmed, thanks for the rollout.',
    ].join('\n');
    expect(checkOf('signature', [pdf('a/mail.pdf', [printed])]).status).toBe('pass');
    const forwarded = [
      'From: Priya Kaur <pkaur@fabrikam.com>',
      'Subject: FW: Intune',
      '---------- Forwarded message ---------',
      'From: John Doe <john.doe@contoso.com>',
    ].join('\n');
    expect(checkOf('signature', [pdf('a/fw.pdf', [forwarded])]).status).toBe('fail');
  });

  it('says review, never pass or fail, when the only document is a scan', () => {
    const r = checkOf('signature', [scannedPdf('a/scan.pdf')]);
    expect(r.status).toBe('review');
    expect(r.summary).toContain('a/scan.pdf');
  });

  it('fails a document with no acknowledgement at all', () => {
    expect(checkOf('signature', [pdf('a/sow.pdf', [sow()])]).reasons).toEqual(['no-customer-acknowledgement']);
  });
});
