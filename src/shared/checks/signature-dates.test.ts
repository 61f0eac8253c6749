import { describe, expect, it } from 'vitest';
import { docx, email, pdf, signature } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';

/** Which date is the signing date: a labelled one, the stamp's own, not an arbitrary date of the page. */
describe('signature and acknowledgement dates', () => {
  it('does not give an envelope id the engagement start of a table below it', () => {
    const page1 = [
      'Docusign Envelope ID: 3F2A9C1E-7B4D-4E61-9A0C-5D8E2B7F1A63',
      'Statement of Work: Contoso endpoint modernisation',
      'Engagement period June 8, 2026 - September 25, 2026',
      'Fabrikam deploys Microsoft Intune for 1000 users.',
    ].join('\n');
    const page2 = ['Customer Acknowledgment', 'E-Signed by John Doe', 'Date Signed 6/5/2026'].join('\n');
    const sig = checkOf('signature', [pdf('a/sow.pdf', [page1, page2])]);
    expect(sig.status).toBe('pass');
    expect(sig.summary).toContain('2026-06-05');
    expect(sig.summary).toContain('Date Signed');
    expect(sig.summary).not.toContain('2026-06-08');
    const dates = checkOf('dates', [pdf('a/sow.pdf', [page1, page2])]);
    expect(dates.summary).toContain('2026-06-05');
    expect(dates.summary).not.toContain('2026-06-08');
  });

  it('leaves an envelope id with no date of its own undated rather than borrowing one', () => {
    const text = [
      'DocuSign Envelope ID: 4F3A2B1C-1234-4DEF-8ABC-0123456789AB',
      'Project kick-off 2026-03-02 with Contoso',
      'Fabrikam and Contoso',
    ].join('\n');
    const r = checkOf('dates', [pdf('a/ds.pdf', [text])]);
    // Issue 7, class 4: a bare envelope id names no signer, so it is only a possible
    // acknowledgement (signature "review") and, having no date of its own, dates none (was "review").
    expect(r.status).toBe('fail');
    expect(r.summary).not.toContain('2026-03-02');
    // With no date anywhere, the acknowledgement is plainly undated.
    expect(
      checkOf('dates', [pdf('a/ds.pdf', ['DocuSign Envelope ID: 4F3A2B1C-1234-4DEF-8ABC-0123456789AB\nFabrikam and Contoso'])]).reasons,
    ).toEqual(['dates-missing']);
  });

  it('takes the date on an envelope stamp\'s own line, and a certificate of completion\'s "Signed:" date', () => {
    const own = checkOf('signature', [
      pdf('a/ds.pdf', [
        'Docusign Envelope ID: 4F3A2B1C-1234-4DEF-8ABC-0123456789AB  Completed 2026-06-05 10:22',
        'Contoso SOW, start date 2026-09-01',
      ]),
    ]);
    expect(own.summary).toContain('2026-06-05');
    const cert = [
      'Certificate Of Completion',
      'Envelope Id: 4F3A2B1C12344DEF8ABC0123456789AB',
      'Status: Completed',
      'Signer Events',
      'John Doe john.doe@contoso.com',
      'Sent: 6/3/2026 | 09:11:02 AM',
      'Signed: 6/5/2026 | 10:22:11 AM',
    ].join('\n');
    const r = checkOf('dates', [pdf('a/cert.pdf', [cert])]);
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('2026-06-05');
  });

  it('prefers the labelled signing date in German, French and Spanish blocks over other dates nearby', () => {
    const de = [
      'Leistungszeitraum 01.07.2026 bis 30.09.2026',
      'Für Contoso GmbH:',
      'Unterschrift: J. Doe',
      'Datum: 21.08.2026',
      'Projektende 30.09.2026',
    ].join('\n');
    const deR = checkOf('signature', [pdf('a/de.pdf', [de])], { customer: { name: 'Contoso GmbH', country: 'DE' } });
    expect(deR.summary).toContain('2026-08-21');
    expect(deR.summary).toContain('Datum');
    const fr = ['Date de début : 01/07/2026', 'Pour Contoso, signature du client : John Doe', 'Fait à Paris, le 12/08/2026'].join('\n');
    expect(checkOf('signature', [pdf('a/fr.pdf', [fr])], { customer: { country: 'FR' } }).summary).toContain('2026-08-12');
    const es = ['Fecha de inicio: 01/07/2026', 'Firmado electrónicamente por: Lucía Gómez', 'Fecha de firma: 14/08/2026'].join('\n');
    expect(checkOf('signature', [docx('a/es.docx', [es])], { customer: { country: 'ES' } }).summary).toContain('2026-08-14');
  });

  it("reads Dutch, Italian and Portuguese stamps: labelled date or the stamp's own line, not the project start", () => {
    const nl = ['Projectstart 01-03-2026', 'Ondertekend door: Jan de Vries', 'Datum ondertekening: 05-06-2026'].join('\n');
    expect(checkOf('signature', [pdf('a/nl.pdf', [nl])], { customer: { country: 'NL' } }).summary).toContain('2026-06-05');
    const it_ = ['Inizio progetto: 01/03/2026', 'Firmato digitalmente da: Marco Rossi', 'Data firma: 05/06/2026'].join('\n');
    expect(checkOf('signature', [pdf('a/it.pdf', [it_])], { customer: { country: 'IT' } }).summary).toContain('2026-06-05');
    const pt = ['Início do projeto 01/03/2026', 'Assinado eletronicamente por: Ana Souza em 05/06/2026 10:22'].join('\n');
    const r = checkOf('signature', [pdf('a/pt.pdf', [pt])], { customer: { country: 'BR' } });
    expect(r.summary).toContain('2026-06-05');
    expect(r.summary).toContain("stamp's own line");
  });

  it('reads a table row where columns are separated by wide gaps', () => {
    const row = ['Customer: Contoso Ltd', 'Project start 2026-03-01', 'Customer signature: /s/ John Doe        Date: 06/05/2026'].join(
      '\n',
    );
    const r = checkOf('signature', [pdf('a/t.pdf', [row])], { customer: { country: 'GB' } });
    expect(r.summary).toContain('2026-05-06');
    expect(r.summary).toContain('next to "Date"');
  });

  it('does not read "End Date" or a start date as the signing date', () => {
    const text = [
      'Contoso acceptance',
      'Engagement Start and End Date June 1, 2026 – September 10, 2026',
      'Signed by: John Doe',
      'Signature Date: 2026-09-12',
    ].join('\n');
    const r = checkOf('signature', [pdf('a/s.pdf', [text])]);
    expect(r.summary).toContain('2026-09-12');
  });

  it('says where the date came from: signing time, email Date header, or only a nearby date', () => {
    expect(checkOf('signature', [pdf('a/s.pdf', ['Contoso SOW'], { signatures: [signature()] })]).summary).toContain('signing time');
    const mail = email('a/ack.eml', {
      from: { address: 'john.doe@contoso.com' },
      date: '2026-09-01T08:00:00Z',
      body: 'Confirmed: Fabrikam deployed Intune. Kick-off was 2026-03-01.',
    });
    expect(checkOf('signature', [mail]).summary).toContain('Date header');
    const loose = checkOf('signature', [pdf('a/s.pdf', ['Contoso milestone review 2026-07-01\nSigned by John Doe'])]);
    expect(loose.summary).toContain('nearest date');
  });

  it('prefers a labelled or own date over a merely nearby one when judging the 12 months', () => {
    // The stamp has only a nearby go-live date after submission; the customer's email (own Date header) is recent.
    const sow = pdf('a/sow.pdf', ['Go-live planned 2026-12-01\nSigned by John Doe']);
    const mail = email('a/ack.eml', {
      from: { address: 'john.doe@contoso.com' },
      date: '2026-09-01T08:00:00Z',
      body: 'We confirm the Intune rollout by Fabrikam.',
    });
    const r = checkOf('dates', [sow, mail]);
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('2026-09-01');
  });
});
