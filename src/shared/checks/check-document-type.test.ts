import { describe, expect, it } from 'vitest';
import { email, pdf, scannedPdf } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';

describe('document type check', () => {
  it('fails when the only document is a pricing quote', () => {
    const r = checkOf('document-type', [
      pdf('a/q.pdf', ['QUOTATION Q-2026-118\nFabrikam to Contoso\nMicrosoft 365 E5 x 500 seats  USD 28,500\nValid until 30 June 2026']),
    ]);
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
    expect(
      checkOf('document-type', [pdf('a/r.pdf', ['Project completion report\nAs per quote 118, Fabrikam deployed Intune to 500 devices.'])])
        .status,
    ).toBe('pass');
  });

  it('fails a customer email about a licensing purchase', () => {
    const r = checkOf('document-type', [
      email('a/lic.eml', {
        from: { address: 'buyer@contoso.com' },
        subject: 'License renewal',
        body: 'Please send the license renewal for 500 seats.',
      }),
    ]);
    expect(r.status).toBe('fail');
  });

  it('asks for review when readable documents are quotes but a scan may be the POE', () => {
    expect(checkOf('document-type', [pdf('a/q.pdf', ['Price quote']), scannedPdf('a/s.pdf')]).status).toBe('review');
  });
});

describe('document type: master agreements and ECIF', () => {
  const msa = (lang: 'en' | 'de' | 'es') =>
    ({
      en: 'MASTER SERVICES AGREEMENT\nbetween Fabrikam, Inc. and Contoso Ltd.\n1. Definitions. Each Statement of Work entered under this Agreement...\nSigned by: John Doe, Date: 2024-03-02',
      de: 'Rahmenvertrag über IT-Dienstleistungen\nzwischen Fabrikam GmbH und Contoso GmbH\n§1 Gegenstand: Einzelaufträge werden gesondert beauftragt.',
      es: 'Acuerdo marco de prestación de servicios\nentre Fabrikam S.L. y Contoso S.A.\nCláusula 1: alcance del servicio en cada pedido.',
    })[lang];

  it('fails a master services agreement alone, in English, German or Spanish', () => {
    for (const lang of ['en', 'de', 'es'] as const) {
      const r = checkOf('document-type', [pdf(`a/msa-${lang}.pdf`, [msa(lang)])]);
      expect(r.status, `${lang}: ${r.summary}`).toBe('fail');
      expect(r.reasons).toEqual(['msa-without-engagement']);
      expect(r.summary).toContain('master services agreement');
    }
  });

  it('passes an MSA with a statement of work beside it, and a SOW whose heading names the MSA', () => {
    const sow = pdf('a/sow.pdf', [
      'Statement of Work 3 under the Master Services Agreement\nFabrikam deploys Microsoft Intune for Contoso, 400 devices, phase 1 July 2026',
    ]);
    expect(checkOf('document-type', [pdf('a/msa.pdf', [msa('en')]), sow]).status).toBe('pass');
    expect(checkOf('document-type', [sow]).status).toBe('pass');
  });

  it('fails an ECIF document signed only within itself, passes it with a separate customer email', () => {
    const ecif = pdf('a/ecif.pdf', [
      'ECIF Statement of Work – End Customer Investment Funds\nFabrikam for Contoso: Intune pilot for 200 users\nSigned by: John Doe  Date Signed 2026-06-05',
    ]);
    const alone = checkOf('document-type', [ecif]);
    expect(alone.status).toBe('fail');
    expect(alone.reasons).toEqual(['ecif-without-acknowledgement']);
    const ack = email('a/ack.eml', {
      from: { address: 'john.doe@contoso.com' },
      date: '2026-07-01T09:00:00Z',
      body: 'We confirm Fabrikam delivered the Intune pilot.',
    });
    expect(checkOf('document-type', [ecif, ack]).status).toBe('pass');
    const partnerOnly = email('a/own.eml', {
      from: { address: 'pkaur@fabrikam.com' },
      date: '2026-07-01T09:00:00Z',
      body: 'Project update: Intune pilot done.',
    });
    expect(checkOf('document-type', [ecif, partnerOnly]).status).toBe('fail');
  });
});
