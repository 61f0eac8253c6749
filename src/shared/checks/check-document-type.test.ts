import { describe, expect, it } from 'vitest';
import { email, pdf, scannedPdf } from './testing/fixtures';
import { checkOf } from './testing/run';

describe('document type check', () => {
  it('fails when the only document is a pricing quote', () => {
    const r = checkOf('document-type', [pdf('a/q.pdf', ['QUOTATION Q-2026-118\nFabrikam to Contoso\nMicrosoft 365 E5 x 500 seats  USD 28,500\nValid until 30 June 2026'])]);
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('quote');
    expect(r.reasons).toEqual(['not-poe-document']);
  });

  it('fails purchase orders in other languages (Bestellung, bon de commande)', () => {
    expect(checkOf('document-type', [pdf('a/po.pdf', ['Bestellung Nr. 4711\nContoso GmbH bestellt bei Fabrikam'])]).status).toBe('fail');
    expect(checkOf('document-type', [pdf('a/po.pdf', ['BON DE COMMANDE 2026-07\nContoso SA'])]).summary).toContain('purchase order');
  });

  it('passes a statement of work even when a quote is attached beside it', () => {
    const r = checkOf('document-type', [
      pdf('a/q.pdf', ['Quote 118: Microsoft 365 E5 licences']),
      pdf('a/sow.pdf', ['Statement of Work: Intune deployment for Contoso']),
    ]);
    expect(r.status).toBe('pass');
    expect(r.evidence[0]?.document).toBe('a/sow.pdf');
  });

  it('passes a document that names a quote in its body but is a project report', () => {
    expect(checkOf('document-type', [pdf('a/r.pdf', ['Project completion report\nAs per quote 118, Fabrikam deployed Intune to 500 devices.'])]).status).toBe('pass');
  });

  it('fails a customer email about a licensing purchase', () => {
    const r = checkOf('document-type', [email('a/lic.eml', { from: { address: 'buyer@contoso.com' }, subject: 'License renewal', body: 'Please send the license renewal for 500 seats.' })]);
    expect(r.status).toBe('fail');
  });

  it('asks for review when readable documents are quotes but a scan may be the POE', () => {
    expect(checkOf('document-type', [pdf('a/q.pdf', ['Price quote']), scannedPdf('a/s.pdf')]).status).toBe('review');
  });
});
