import { describe, expect, it } from 'vitest';
import { docx, email, pdf, pdfWithBoxes, scannedPdf } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';

describe('names check', () => {
  it('finds both names regardless of case, punctuation and legal suffixes, with boxes where the format has them', () => {
    const doc = pdfWithBoxes('a/sow.pdf', ['STATEMENT OF WORK', 'Partner: FABRIKAM, INC.', 'Customer: Contoso Pty Ltd']);
    const r = checkOf('names', [doc], { partner: { name: 'Fabrikam Inc' }, customer: { name: 'Contoso' } });
    expect(r.status).toBe('pass');
    expect(r.evidence).toHaveLength(2);
    expect(r.evidence[0]?.box).toEqual({ x: 72, y: 706, width: 115, height: 12 });
  });

  it('matches accented names with and without accents', () => {
    const r = checkOf('names', [docx('a/sow.docx', ['Auftragnehmer: Fabrikam GmbH', 'Auftraggeber: Muller Bau AG'])], {
      customer: { name: 'Müller Bau AG', country: 'DE' },
    });
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('ignoring accents');
  });

  it('matches non-Latin names', () => {
    const r = checkOf('names', [pdf('a/jp.pdf', ['作業明細書', '受託者: Fabrikam', '委託者: コントソ株式会社'])], {
      customer: { name: '株式会社コントソ', country: 'JP' },
    });
    expect(r.status).toBe('pass');
  });

  it('uses the customer domain only as a hint: review, never pass', () => {
    const r = checkOf(
      'names',
      [email('a/m.eml', { from: { address: 'it@contoso.com' }, body: 'Fabrikam did the work. Contact: it@contoso.com' })],
      { customer: { name: 'Northwind Traders', domain: 'contoso.com' } },
    );
    expect(r.status).toBe('review');
    expect(r.summary).toContain('hint');
  });

  it('asks for review, not fail, when only the distinctive part of a longer name appears', () => {
    const r = checkOf('names', [pdf('a/sow.pdf', ['Fabrikam SOW for Contoso'])], { partner: { name: 'Fabrikam Consulting Services Ltd' } });
    expect(r.status).toBe('review');
    expect(r.summary).toContain('part of the name');
  });

  it('fails when the customer is not named in readable documents', () => {
    const r = checkOf('names', [pdf('a/sow.pdf', ['Fabrikam statement of work for an unnamed client'])]);
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('customer "Contoso"');
    expect(r.reasons).toEqual(['names-missing']);
  });

  it('asks for review when a scan may hold the missing name', () => {
    expect(checkOf('names', [pdf('a/sow.pdf', ['Fabrikam SOW']), scannedPdf('a/signed.pdf')]).status).toBe('review');
  });
});

describe('customer contact domain', () => {
  const doc = pdf('a/sow.pdf', ['Statement of Work: Fabrikam for Contoso, Intune rollout']);

  it("asks for review when the contact's email domain differs from the customer domain without a reason", () => {
    const r = checkOf('names', [doc], { customer: { domain: 'contoso.com', contactEmail: 'john.doe@gmail.com' } });
    expect(r.status).toBe('review');
    expect(r.summary).toContain('gmail.com');
    expect(r.summary).toContain('no domain-mismatch reason');
  });

  it('passes when the claim explains the mismatch, or the contact uses a subdomain', () => {
    expect(
      checkOf('names', [doc], {
        customer: { domain: 'contoso.de', contactEmail: 'j@contoso.com', domainMismatchReason: 'Group mail domain contoso.com' },
      }).status,
    ).toBe('pass');
    expect(checkOf('names', [doc], { customer: { domain: 'contoso.com', contactEmail: 'j@eu.contoso.com' } }).status).toBe('pass');
  });

  it("does not accept an acknowledgement from the unexplained contact domain as the customer's", () => {
    const mail = email('a/ack.eml', {
      from: { address: 'john.doe@gmail.com' },
      date: '2026-09-01T08:00:00Z',
      body: 'Confirming Fabrikam runs our Intune rollout for Contoso.',
    });
    const r = checkOf('signature', [mail], { customer: { domain: 'contoso.com', contactEmail: 'john.doe@gmail.com' } });
    expect(r.status).toBe('review');
    expect(r.summary).toContain('no mismatch reason');
  });
});

describe('names written as names', () => {
  it('does not count a name seen only inside email addresses or web addresses', () => {
    const doc = pdf('a/letter.pdf', [
      'Contoso project update',
      'Contact: pkaur@fabrikam.com, www.fabrikam.co.uk, https://portal.fabrikam.com/poe',
    ]);
    const r = checkOf('names', [doc]);
    expect(r.status).not.toBe('pass');
    expect(r.summary).toContain('partner "Fabrikam"');
  });

  it('still finds the name written out beside its address, also at the end of a sentence', () => {
    const doc = pdf('a/letter.pdf', ['Contoso project update by pkaur@fabrikam.com', 'The work is delivered by Fabrikam.', 'Thanks']);
    const r = checkOf('names', [doc]);
    expect(r.status).toBe('pass');
    expect(r.evidence.some((e) => e.text.includes('delivered by Fabrikam'))).toBe(true);
  });
});
