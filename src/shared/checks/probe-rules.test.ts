import { describe, expect, it } from 'vitest';
import type { DocumentPart, ExtractedDocument } from '../documents/types';
import { normalizeName } from '../text/names';
import { docx, email, pdf } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';

/**
 * Error classes the probe batch of the evaluation set found (scripts/eval/claims-probe.mjs):
 * a template column ticked "✓" on some rows and "X" on others, bilingual field labels in a
 * signature table ("Date / Fecha"), and a listed legal form whose tail is dotted ("S.A. de C.V.").
 */

function tableDoc(path: string, kind: 'docx' | 'xlsx', rows: string[][], extra: string[] = []): ExtractedDocument {
  const text = [...rows.map((r) => r.join('\t')), ...extra].join('\n');
  return {
    path,
    kind,
    state: 'ok',
    metadata: {},
    signatures: [],
    attachments: [],
    parts: [{ part: kind === 'xlsx' ? 'sheet:POE' : 'paragraphs', text, tables: [{ rows }], hasTextLayer: true }],
  };
}

/** A PDF page whose rows are cells placed at column positions (x per cell), one text item each. */
function gridPdf(path: string, rows: string[][], xs: number[], before: string[] = []): ExtractedDocument {
  const items: NonNullable<DocumentPart['items']> = [];
  const lines: string[] = [];
  let y = 760;
  for (const l of before) {
    items.push({ text: l, box: { x: 56, y, width: l.length * 4.6, height: 10 } });
    lines.push(l);
    y -= 14;
  }
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (cell) items.push({ text: cell, box: { x: xs[i] ?? 0, y, width: cell.length * 4.6, height: 10 } });
    });
    lines.push(row.filter(Boolean).join('  '));
    y -= 20;
  }
  return pdf(path, [], { parts: [{ page: 1, text: lines.join('\n'), items, hasTextLayer: true }], pageCount: 1 });
}

const ack = email('a/ack.eml', {
  from: { address: 'john.doe@contoso.com' },
  date: '2026-09-07T09:00:00Z',
  body: 'I confirm Fabrikam delivered the Microsoft Intune rollout described in the POE.',
});
const claimed = {
  workloads: [
    { name: 'Microsoft Intune', subscriptionId: null, association: 'none' as const },
    { name: 'Exchange Online', subscriptionId: null, association: 'none' as const },
  ],
};

describe('a template column ticked "✓" on some rows and "X" on others', () => {
  const rows = (intune: string, exchange: string, other = 'X') => [
    ['Workload', 'In scope', 'Users'],
    ['Microsoft Intune', intune, '980'],
    ['Exchange Online', exchange, ''],
    ['Microsoft Teams', other, ''],
    ['SharePoint Online', other, ''],
  ];

  it('never links a claimed product whose row says "X" against the ticks: a person reads it (Word, Excel, PDF)', () => {
    const docs = [
      tableDoc('a/poe.docx', 'docx', rows('✓', 'X')),
      tableDoc('a/poe.xlsx', 'xlsx', rows('✔', 'x')),
      gridPdf('a/poe.pdf', rows('✓', 'X'), [56, 260, 360], ['POE template: Contoso and Fabrikam']),
    ];
    for (const doc of docs) {
      const r = checkOf('workloads', [doc, ack], claimed);
      expect(r.status, `${doc.path}: ${r.summary}`).toBe('review');
      expect(r.summary).toContain('Exchange Online');
    }
  });

  it('still links the rows ticked "✓", and a column of "X" marks alone (no tick beside them) still says yes', () => {
    expect(checkOf('workloads', [tableDoc('a/poe.docx', 'docx', rows('✓', '✓')), ack], claimed).status).toBe('pass');
    expect(checkOf('workloads', [tableDoc('a/poe.xlsx', 'xlsx', rows('X', 'X', '')), ack], claimed).status).toBe('pass');
    // Described in the work, the product is linked whatever its row says.
    const described = tableDoc('a/poe.docx', 'docx', rows('✓', 'X'), ['We migrated 980 mailboxes to Exchange Online in three waves.']);
    expect(checkOf('workloads', [described, ack], claimed).status).toBe('pass');
  });

  it('fails, not reviews, when another claimed product is missing as well', () => {
    const r = checkOf('workloads', [tableDoc('a/poe.docx', 'docx', rows('✓', 'X')), ack], {
      workloads: [...claimed.workloads, { name: 'Microsoft Sentinel', subscriptionId: null, association: 'none' as const }],
    });
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('Microsoft Sentinel');
  });
});

describe('bilingual field labels in a signature table ("Date / Fecha")', () => {
  const xs = [56, 200, 380];
  it('reads the customer column of a table whose labels are in two languages, any order, "/" or "|"', () => {
    for (const [date, name, sig, company] of [
      ['Date / Fecha', 'Name / Nombre', 'Signature / Firma', 'Company / Empresa'],
      ['Datum | Date', 'Naam | Name', 'Handtekening | Signature', 'Company'],
      ['Data / Date', 'Nome / Name', 'Assinatura / Signature', 'Empresa / Company'],
    ]) {
      const doc = gridPdf(
        'a/sow.pdf',
        [
          ['', 'Customer', 'Partner'],
          [company ?? '', 'Contoso', 'Fabrikam'],
          [sig ?? '', '', ''],
          [name ?? '', 'John Doe', 'Priya Kaur'],
          [date ?? '', '14/09/2026', '11/09/2026'],
        ],
        xs,
        ['Fabrikam delivered the Microsoft Intune rollout to Contoso (1,200 devices).'],
      );
      const r = checkOf('signature', [doc], { customer: { country: 'MX' } });
      expect(r.status, `${date}: ${r.summary}`).toBe('pass');
      const d = checkOf('dates', [doc], { customer: { country: 'MX' }, submittedAt: '2026-10-20' });
      expect(d.status, `${date}: ${d.summary}`).toBe('pass');
      expect(d.summary).toContain('2026-09-14');
    }
  });

  it('does not take a "Date / time" column heading of a trail for a field label', () => {
    const doc = docx('a/sow.docx', [
      'Fabrikam delivered the Microsoft Intune rollout to Contoso.',
      'Date / time  Signer  Action',
      'Name / Nombre: John Doe',
    ]);
    // No date next to the customer: never a pass on dates.
    expect(checkOf('dates', [doc], { submittedAt: '2026-10-20' }).status).not.toBe('pass');
  });
});

describe('a listed legal form whose tail is dotted ("S.A. de C.V.")', () => {
  it('is removed whole, so the name is found in the text', () => {
    expect(normalizeName('Grupo Tapatío de Alimentos S.A. de C.V.').key).toBe('grupo tapatio de alimentos');
    expect(normalizeName('Anadolu Tekstil A.Ş.').key).toBe('anadolu tekstil');
    expect(normalizeName('Strojírny Hradec s.r.o.').key).toBe('strojirny hradec');
    expect(normalizeName('Wisła Logistyka Sp. z o.o.').key).toBe('wisla logistyka');
    const customer = { name: 'Grupo Tapatío de Alimentos S.A. de C.V.' };
    for (const doc of [
      pdf('a/sow.pdf', ['Fabrikam – Grupo Tapatío de Alimentos S.A. de C.V. ("Cliente")']),
      docx('a/sow.docx', ['Fabrikam carried out the work for Grupo Tapatío de Alimentos, S.A. de C.V.']),
      pdf('a/sow2.pdf', ['Fabrikam and Grupo Tapatio de Alimentos SA de CV']),
    ]) {
      const r = checkOf('names', [doc], { customer });
      expect(r.status, `${doc.path}: ${r.summary}`).toBe('pass');
    }
  });
});

describe('a sign-off line "Accepted for <customer>: name, title" with its date', () => {
  const work = 'Fabrikam rolled out Microsoft Intune to 1,200 Contoso devices between May and September 2026.';
  it('is the customer signing, in a PDF page or a Word document', () => {
    for (const doc of [
      pdf('a/cert.pdf', [[work, '', 'Accepted for Contoso: John Doe, CISO', 'Date: 14th September 2026'].join('\n')]),
      docx('a/cert.docx', [work, 'Accepted for and on behalf of Contoso Ltd', 'John Doe, CISO', 'Date: 14 September 2026']),
    ]) {
      const r = checkOf('signature', [doc]);
      expect(r.status, `${doc.path}: ${r.summary}`).toBe('pass');
      expect(checkOf('dates', [doc], { submittedAt: '2026-10-20' }).status).toBe('pass');
    }
  });

  it("is no signature block when something else than the customer follows, or the block is the partner's", () => {
    // A quote "Accepted for purchase: Contoso Purchasing, PO-…" is not a person signing.
    const purchase = pdf('a/quote.pdf', [[work, '', 'Accepted for purchase: Contoso Purchasing, PO-2026-5531'].join('\n')]);
    expect(checkOf('signature', [purchase]).status).toBe('fail');
    const partner = pdf('a/cert.pdf', [
      [work, '', 'Accepted for Fabrikam: Priya Kaur, Engagement Manager', 'Date: 14th September 2026'].join('\n'),
    ]);
    expect(checkOf('signature', [partner]).status).not.toBe('pass');
  });
});
