import { describe, expect, it } from 'vitest';
import { dateAsWritten, dateHeaderOf, htmlToText, isForwarded, sanitiseAttachmentName, uniqueNames } from './email-common';

describe('sanitiseAttachmentName', () => {
  it.each([
    ['..\\..\\x.exe', 'x.exe'],
    ['1234/../../1234.txt', '1234.txt'],
    ['/etc/passwd', 'passwd'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['a\u0000b\u0007c.pdf', 'abc.pdf'],
    ['what?<>|"*:.pdf', 'what_______.pdf'],
    ['report#2.pdf', 'report_2.pdf'],
    ['  .hidden. ', 'hidden'],
    ['..', 'attachment-4'],
    ['', 'attachment-4'],
  ])('%j becomes %j', (raw, safe) => {
    expect(sanitiseAttachmentName(raw, 3)).toBe(safe);
  });

  it('keeps the extension when shortening very long names', () => {
    const name = sanitiseAttachmentName(`${'x'.repeat(400)}.pdf`, 0);
    expect(name).toHaveLength(150);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('makes names unique within a message', () => {
    expect(uniqueNames(['a.pdf', 'A.pdf', 'a.pdf', 'b'])).toEqual(['a.pdf', 'A (2).pdf', 'a (3).pdf', 'b']);
  });
});

describe('isForwarded', () => {
  it.each([
    'FW: POE',
    'Fwd: POE',
    'WG: Nachweis',
    'TR: chantier',
    'RV: prueba',
    'I: verbale',
    'Doorst: akkoord',
    'VB: bekräftelse',
    'FW: RE: x',
  ])('sees %j as forwarded', (subject) => {
    expect(isForwarded(subject, '')).toBe(true);
  });

  it('sees forward markers in the body', () => {
    expect(isForwarded('Proof', 'see below\n---------- Forwarded message ---------\nFrom: a')).toBe(true);
    expect(isForwarded('Proof', 'FYI\n\nBegin forwarded message:\n\nFrom: b')).toBe(true);
    expect(isForwarded('Nachweis', '-------- Weitergeleitete Nachricht --------\nVon: c')).toBe(true);
  });

  it('does not see a reply quoting the original message as forwarded', () => {
    expect(isForwarded('RE: Intune rollout', 'Confirmed.\n\n-----Original Message-----\nFrom: Priya Kaur <pkaur@fabrikam.com>')).toBe(
      false,
    );
    expect(isForwarded('AW: Rollout', 'Bestätigt.\n\n-----Ursprüngliche Nachricht-----\nVon: Priya')).toBe(false);
    expect(isForwarded('RE: Déploiement', "Confirmé.\n\n-------- Message d'origine --------\nDe : Priya")).toBe(false);
    expect(isForwarded('RE: Despliegue', 'Confirmado.\n\n-----Mensaje original-----\nDe: Priya')).toBe(false);
  });

  it('does not see a reply to a forwarded message as forwarded', () => {
    expect(isForwarded('RE: FW: Intune go-live', 'Confirmed.')).toBe(false);
    const thread =
      'Confirmed, Fabrikam did the work.\n\nFrom: Priya Kaur <pkaur@fabrikam.com>\nSent: Monday\nSubject: FW: Intune\n\n---------- Forwarded message ---------\nFrom: Erik';
    expect(isForwarded('AW: Intune', thread)).toBe(false);
    expect(isForwarded('RE: Intune', 'Yes.\n\nOn Mon, 5 Oct 2026 at 10:00, Priya wrote:\n> Begin forwarded message:')).toBe(false);
  });

  it('reads the forward markers of the ruleset, in its languages', () => {
    expect(isForwarded('PD: umowa', '')).toBe(true);
    expect(isForwarded('Bevis', 'FYI\n-------- Doorgestuurd bericht --------\nVan: a')).toBe(true);
    expect(isForwarded('Bevis', 'FYI\n---- Videresendt melding ----\nFra: a')).toBe(true);
  });

  it('does not see subject words as forwarded', () => {
    expect(isForwarded('RE: Forward planning', 'Thanks')).toBe(false);
    expect(isForwarded('Information: rollout', 'Thanks')).toBe(false);
    expect(isForwarded(undefined, 'we will forward the invoice')).toBe(false);
  });
});

describe('htmlToText', () => {
  it('keeps the words, drops scripts, styles and tags, decodes entities', () => {
    const html =
      '<html><head><style>p{}</style><script>alert(1)</script></head><body><p>Dear&nbsp;Priya,</p><p>Invoice &amp; SOW: <b>signed</b><br>Total &#8364;1&#x2c;200</p><img src="https://tracker.example/p.gif"><table><tr><td>A</td><td>B</td></tr></table></body></html>';
    expect(htmlToText(html)).toBe('Dear Priya,\n\nInvoice & SOW: signed\nTotal €1,200\n\nA B');
  });
});

describe('the Date header as written', () => {
  it("is kept when it reads as the message's moment, to the minute", () => {
    expect(dateAsWritten(' Fri, 02 Oct 2026\r\n 09:30:00 -0700 ', '2026-10-02T16:30:00.000Z')).toBe('Fri, 02 Oct 2026 09:30:00 -0700');
    expect(dateAsWritten('Fri, 02 Oct 2026 09:30:00 -0700', '2026-10-02T18:00:00.000Z')).toBeUndefined();
    expect(dateAsWritten('yesterday', '2026-10-02T16:30:00.000Z')).toBeUndefined();
    expect(dateAsWritten('Fri, 02 Oct 2026 09:30:00 -0700', undefined)).toBeUndefined();
  });

  it("is found in a .msg's internet headers, folded lines joined", () => {
    const headers =
      'Received: from x\r\n\tby y; Fri, 2 Oct 2026 16:30:05 +0000\r\nDate: Fri, 02 Oct 2026\r\n 09:30:00 -0700\r\nSubject: s\r\n';
    expect(dateHeaderOf(headers)?.replace(/\s+/g, ' ')).toBe('Fri, 02 Oct 2026 09:30:00 -0700');
    expect(dateHeaderOf('Subject: s')).toBeUndefined();
    expect(dateHeaderOf(undefined)).toBeUndefined();
  });
});
