import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../documents/types';
import { runChecks } from './engine';
import { DEFAULT_RULESET } from './ruleset';
import { docx, email, makeClaim, pdf, signature } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';
import { pricedLine } from './check-document-type';

/** Issue 7, class 8: commercial documents stay commercial when signed. */

const priceRows = [
  'SKU Description Qty Unit price Total',
  'AAA-10411 Microsoft Intune Plan 1 (annual, per user) 1200 6.00 7,200.00',
  'AAA-22873 Microsoft Defender for Endpoint P2 (annual, per user) 1200 5.20 6,240.00',
  'SRV-DEPLOY Deployment services (fixed price) 1 18,500.00 18,500.00',
  'Total (USD, excl. tax): 31,940.00',
];

function xlsx(path: string, rows: string[][]): ExtractedDocument {
  return {
    path,
    kind: 'xlsx',
    state: 'ok',
    metadata: {},
    signatures: [],
    attachments: [],
    parts: [{ part: 'sheet:Order', text: rows.map((r) => r.join('\t')).join('\n'), hasTextLayer: true }],
  };
}

describe('commercial documents', () => {
  it('fails a proposal whose body is a price table, countersigned "Accepted" with a signature block and a DocuSign envelope', () => {
    const proposal = pdf(
      'a/proposal.pdf',
      [
        ['Proposal for Contoso', 'Fabrikam is pleased to offer Contoso the following.', ...priceRows].join('\n'),
        [
          'Accepted',
          'Contoso',
          'Signature: (signed)',
          'Name: John Doe',
          'Title: CISO',
          'Date: 2026-09-08',
          'DocuSign Envelope ID: 8D2E61A4-77B0-4C1A-9E2B-1F00C0FFEE11',
        ].join('\n'),
      ],
      { signatures: [signature()] },
    );
    const r = checkOf('document-type', [proposal]);
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('price table');
    const report = runChecks({
      claim: makeClaim({ documents: [{ path: 'a/proposal.pdf' }] }),
      documents: [proposal],
      ruleset: DEFAULT_RULESET,
      now: new Date('2026-11-20T00:00:00Z'),
    });
    expect(report.suggestedDecision).not.toBe('approve');
  });

  it('fails an order form or licence enrolment of SKUs and quantities, in Word, Excel or German', () => {
    expect(
      checkOf('document-type', [docx('a/order.docx', ['Order Form OF-55120', 'Customer: Contoso. Reseller: Fabrikam.', ...priceRows])])
        .status,
    ).toBe('fail');
    const enrolment = xlsx('a/enrolment.xlsx', [
      ['Customer', 'Contoso'],
      ['Partner', 'Fabrikam'],
      ['SKU', 'Product', 'Quantity', 'Unit price', 'Amount'],
      ['AAD-33204', 'Microsoft 365 E5', '800', '54.75', '43,800.00'],
      ['AAA-10842', 'Microsoft Intune Plan 2', '200', '4.00', '800.00'],
    ]);
    expect(checkOf('document-type', [enrolment]).status).toBe('fail');
    const angebot = pdf('a/angebot.pdf', [
      [
        'Fabrikam GmbH – Ihr Partner für Contoso',
        'Pos. Artikelnummer Bezeichnung Menge Einzelpreis Gesamtpreis',
        '1 AAA-10411 Microsoft Intune 1200 6,00 7.200,00',
        '2 AAA-22873 Defender for Endpoint 1200 5,20 6.240,00',
        'Angenommen: John Doe, Contoso, 08.09.2026',
      ].join('\n'),
    ]);
    expect(checkOf('document-type', [angebot]).status).toBe('fail');
  });

  it('reads a price table in a language whose words the ruleset does not know, by its arithmetic', () => {
    // Finnish / Hungarian / Greek column names: unknown; quantity × unit price = amount is the structure.
    const rows = (head: string, lines: string[]) =>
      pdf('a/q.pdf', [['Contoso', 'Fabrikam', head, ...lines, 'Kokku / Összesen: 644154.00'].join('\n')]);
    const lines = [
      'INT-P1-12M   Microsoft Intune Plan 1 (12 kk)   860   312.50   268750.00',
      'EID-P1-12M   Microsoft Entra ID P1 (12 kk)   860   221,40   190.404,00',
      'SRV-KUR   Käyttöönotto (kiinteä hinta)   1   185 000,00   185 000,00',
    ];
    for (const head of [
      'Koodi  Kuvaus  Kpl  Yksikköhinta  Yhteensä',
      'Kód  Leírás  Menny.  Egységár  Érték',
      'Κωδικός Περιγραφή Ποσ. Τιμή Σύνολο',
    ])
      expect(checkOf('document-type', [rows(head, lines)]).status, head).toBe('fail');
    expect(pricedLine('860 312.50 268750.00')).toBe(true);
    expect(pricedLine('Phase 2: 12.06.2026 – 24.07.2026, 40 users, 3 sites')).toBe(false);
    expect(pricedLine('Deployed for 1240 users and 860 devices across 6 sites')).toBe(false);
    expect(pricedLine('120 hours at 95.00 EUR/hour, total 11,400.00 EUR')).toBe(true);
  });

  it('keeps a statement of work with a pricing section POE: its work is described', () => {
    const sow = pdf('a/sow.pdf', [
      [
        'Statement of Work: Intune deployment for Contoso',
        'Phase 1: assessment, weeks 1-2 (June 1 to June 12, 2026)',
        'Phase 2: pilot with 50 users, weeks 3-5',
        'Phase 3: rollout to 1,200 users and 900 devices, weeks 6-12',
        'Milestone: go-live on August 28, 2026',
        'Role Hours Rate Total',
        'Consultant 120 150.00 18,000.00',
        'Project manager 40 160.00 6,400.00',
      ].join('\n'),
    ]);
    expect(checkOf('document-type', [sow]).status).toBe('pass');
  });

  it('keeps a POE template with a table of products and users (no prices) POE', () => {
    const template = pdf('a/poe.pdf', [
      [
        'Proof of Execution',
        'Product Users Devices Go-live',
        'Microsoft Intune 1200 900 2026-08-28',
        'Microsoft Defender for Endpoint 1200 900 2026-09-04',
      ].join('\n'),
    ]);
    expect(checkOf('document-type', [template]).status).toBe('pass');
  });

  it('passes when a separate POE stands beside the signed quote', () => {
    const quote = pdf('a/quote.pdf', [['Offer for Contoso', ...priceRows].join('\n')]);
    const ack = email('a/ack.eml', {
      from: { address: 'john.doe@contoso.com' },
      date: '2026-09-07T09:00:00Z',
      body: 'I confirm Fabrikam delivered the Intune rollout to our 1,200 users (phase 3 ended August 28, 2026).',
    });
    expect(checkOf('document-type', [quote, ack]).status).toBe('pass');
  });
});
