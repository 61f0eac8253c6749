import { describe, expect, it } from 'vitest';
import { email, pdf } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';

/** Issue 7, class 9: a customer's reply counts when its own words refer to the work. */

const partnerMessage = [
  '-----Original Message-----',
  'From: Priya Kaur <pkaur@fabrikam.com>',
  'Sent: Friday, September 4, 2026 11:03 AM',
  'To: John Doe <john.doe@contoso.com>',
  'Subject: Intune rollout completed',
  '',
  'John, Fabrikam completed the Microsoft Intune rollout for Contoso: 1,200 users and 900 devices enrolled,',
  'compliance policies in production since August 28, 2026. Could you confirm?',
].join('\n');

const reply = (body: string, from = 'john.doe@contoso.com', path = 'a/re.eml') =>
  email(path, {
    from: { name: 'John Doe', address: from },
    subject: 'RE: Intune rollout completed',
    date: '2026-09-07T09:00:00Z',
    body: `${body}\n\n${partnerMessage}`,
  });

describe("customer replies on top of the partner's detailed message", () => {
  it('accepts a reply that confirms the work described below (English, Spanish, Japanese)', () => {
    expect(checkOf('signature', [reply('Hi Priya, I confirm the work described below is complete and accepted.')]).status).toBe('pass');
    expect(checkOf('signature', [reply('Hola Priya: confirmo que Fabrikam realizó los trabajos descritos abajo.')]).status).toBe('pass');
    expect(checkOf('signature', [reply('下記の導入作業が完了したことを確認し、検収いたします。')]).status).toBe('pass');
  });

  it('accepts confirmations in Portuguese, Turkish and Czech that name the work in their own words', () => {
    for (const text of [
      'Olá Priya, confirmo que as atividades do relatório foram concluídas e aprovamos a entrega.',
      'Merhaba Priya, raporda açıklanan çalışmaların tamamlandığını onaylıyoruz.',
      'Dobrý den, potvrzuji, že práce popsané níže byly dokončeny a schváleny.',
    ])
      expect(checkOf('signature', [reply(text)]).status, text).toBe('pass');
  });

  it('rejects a courtesy reply that does not refer to the work, whatever the quoted message says', () => {
    const r = checkOf('signature', [reply('Thanks Priya, received. Have a good weekend!')]);
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('courtesy');
    expect(r.reasons).toContain('no-customer-acknowledgement');
    expect(checkOf('dates', [reply('Thanks, received. Have a good weekend!')]).status).not.toBe('pass');
  });

  it('does not take "Thanks, received" to an invoice as an acknowledgement of the work', () => {
    const invoiceThread = email('a/inv.msg', {
      from: { address: 'john.doe@contoso.com' },
      subject: 'RE: Invoice INV-2026-0912',
      date: '2026-10-02T09:00:00Z',
      body: 'Thanks, received. We will process it in the next payment run.\n\nOn Thu, Oct 1, 2026 at 8:10 AM Priya Kaur <pkaur@fabrikam.com> wrote:\n> Please find attached invoice INV-2026-0912 for the Intune deployment services.',
    });
    expect(checkOf('signature', [invoiceThread]).status).toBe('fail');
  });

  it('asks a person when the reply mentions the work without confirming it', () => {
    expect(checkOf('signature', [reply('Priya, when does the next phase of the rollout start?')]).status).toBe('review');
  });

  it('reads a printed email the same way: the message under the header lines decides', () => {
    const header = [
      'From: John Doe <john.doe@contoso.com>',
      'Sent: Monday, September 7, 2026 9:00 AM',
      'To: Priya Kaur <pkaur@fabrikam.com>',
      'Subject: RE: Intune rollout completed',
      '',
    ];
    expect(
      checkOf('signature', [pdf('a/printed.pdf', [[...header, 'Confirmed, thanks for the rollout.', '', partnerMessage].join('\n')])])
        .status,
    ).toBe('pass');
    expect(
      checkOf('signature', [pdf('a/printed.pdf', [[...header, 'Thank you, have a nice day.', '', partnerMessage].join('\n')])]).status,
    ).toBe('fail');
  });

  it('rejects free-mail and look-alike domains, confirming or not', () => {
    const confirm = 'I confirm Fabrikam delivered the Intune rollout described below.';
    const gmail = checkOf('signature', [reply(confirm, 'john.doe1977@gmail.com')]);
    expect(gmail.status).toBe('fail');
    expect(gmail.summary).toContain('free-mail');
    expect(checkOf('signature', [reply(confirm, 'john.doe@contoso-it.com')]).status).toBe('fail');
    expect(checkOf('signature', [reply(confirm, 'john.doe@contoso.com.evil.example')]).status).toBe('fail');
    // The claim's contact on free mail: a person confirms, never an automatic pass.
    expect(
      checkOf('signature', [reply(confirm, 'john.doe@gmail.com')], {
        customer: { contactEmail: 'john.doe@gmail.com', domainMismatchReason: 'small business without a domain' },
      }).status,
    ).toBe('review');
  });
});
