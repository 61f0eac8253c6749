import { describe, expect, it } from 'vitest';
import type { Box } from './types';
import type { DocumentPart, ExtractedDocument } from '../documents/types';
import { docx, pdf } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';

/**
 * Error classes the second probe batch of the evaluation set found (scripts/eval/claims-probe2.mjs),
 * both false approvals: a customer block whose name, title and date are typed under an empty
 * signature line (nothing drawn there) passed as signed, and an e-signature envelope the sender
 * voided after the customer signed passed as the customer's signature.
 */

const WORK = 'Fabrikam rolled out Microsoft Intune to 1,200 Contoso devices in three waves, May to September 2026.';

/** A text-layer PDF page: one item per line (positions top-down from y 760), and what the page draws. */
function page(path: string, lines: (string | [string, number])[], drawings?: Box[]): ExtractedDocument {
  const items: NonNullable<DocumentPart['items']> = [];
  const text: string[] = [];
  let y = 760;
  for (const l of lines) {
    const cells = typeof l === 'string' ? [[l, 56] as const] : [l];
    for (const [t, x] of cells) if (t) items.push({ text: t, box: { x, y, width: t.length * 4.6, height: 10 } });
    text.push(cells.map(([t]) => t).join('  '));
    y -= 16;
  }
  const part: DocumentPart = { page: 1, text: text.join('\n'), items, hasTextLayer: true };
  if (drawings) part.drawings = drawings;
  return pdf(path, [], { parts: [part], pageCount: 1 });
}

/** A handwriting stroke's box just above the text line at index `line` (see `page`). */
const inkAbove = (line: number, x = 60): Box => ({ x, y: 760 - line * 16 + 12, width: 110, height: 14 });

describe('a customer block typed under an empty signature line, on a PDF page whose drawings were read', () => {
  const lines = [
    WORK,
    'CLIENT SIGN-OFF – Contoso',
    'Authorised signature: ______________________',
    'Printed name: John Doe',
    'Position: CISO',
    'Date: 14/09/2026',
  ];

  it('is not a signature when nothing is drawn near it: a person confirms (review), dates never pass', () => {
    // The partner's ink far above the customer's block does not sign it.
    const doc = page('a/signoff.pdf', ['Fabrikam – Priya Kaur', ...lines], [{ x: 60, y: 790, width: 110, height: 14 }]);
    const r = checkOf('signature', [doc], { customer: { country: 'GB' } });
    expect(r.status, r.summary).toBe('review');
    expect(checkOf('dates', [doc], { customer: { country: 'GB' }, submittedAt: '2026-10-20' }).status).not.toBe('pass');
  });

  it('is signed when ink is drawn on its line, and reads as before where drawings were not read (other formats)', () => {
    const signed = page('a/signoff.pdf', lines, [inkAbove(2)]);
    expect(checkOf('signature', [signed], { customer: { country: 'GB' } }).status).toBe('pass');
    expect(checkOf('dates', [signed], { customer: { country: 'GB' }, submittedAt: '2026-10-20' }).status).toBe('pass');
    expect(checkOf('signature', [page('a/signoff.pdf', lines)], { customer: { country: 'GB' } }).status).toBe('pass');
  });

  it("reads a signature table by its cells: ink in the partner's column only leaves the customer's unsigned", () => {
    const rows: [string, number][][] = [
      [
        ['', 56],
        ['Customer', 200],
        ['Supplier', 380],
      ],
      [
        ['Company', 56],
        ['Contoso', 200],
        ['Fabrikam', 380],
      ],
      [
        ['Signature', 56],
        ['', 200],
        ['', 380],
      ],
      [
        ['Name', 56],
        ['John Doe', 200],
        ['Priya Kaur', 380],
      ],
      [
        ['Date', 56],
        ['14/09/2026', 200],
        ['11/09/2026', 380],
      ],
    ];
    const build = (drawings: Box[]) => {
      const items: NonNullable<DocumentPart['items']> = [{ text: WORK, box: { x: 56, y: 780, width: 400, height: 10 } }];
      const text = [WORK];
      rows.forEach((r, i) => {
        const y = 760 - i * 20;
        for (const [t, x] of r) if (t) items.push({ text: t, box: { x, y, width: t.length * 4.6, height: 10 } });
        text.push(
          r
            .map(([t]) => t)
            .filter(Boolean)
            .join('  '),
        );
      });
      return pdf('a/table.pdf', [], { parts: [{ page: 1, text: text.join('\n'), items, hasTextLayer: true, drawings }], pageCount: 1 });
    };
    const partnerOnly = build([{ x: 384, y: 718, width: 100, height: 12 }]);
    expect(checkOf('signature', [partnerOnly], { customer: { country: 'GB' } }).status).not.toBe('pass');
    const both = build([
      { x: 384, y: 718, width: 100, height: 12 },
      { x: 204, y: 718, width: 100, height: 12 },
    ]);
    expect(checkOf('signature', [both], { customer: { country: 'GB' } }).status).toBe('pass');
  });
});

describe('an e-signature envelope whose status withdraws it', () => {
  const trail = (status: string) =>
    docx('a/certificate.docx', [
      WORK,
      'Certificate of Completion',
      'Envelope Id: 7F3A2C1E-88B4-4D21-9E55-0C6A1B2D3E4F',
      status,
      'Signer Events',
      'John Doe john.doe@contoso.com Signed 2026-09-14 10:01:22 UTC',
      'Priya Kaur pkaur@fabrikam.com Signed 2026-09-11 08:14:51 UTC',
    ]);

  it('is the customer signing while it stands', () => {
    expect(checkOf('signature', [trail('Status: Completed')]).status).toBe('pass');
  });

  it('is no signature that stands once voided, withdrawn or expired, in any of its wordings: review, never a pass', () => {
    for (const status of [
      'Signing request was withdrawn by the sender',
      'Transaction status: Revoked',
      'Umschlagstatus: storniert',
      'Stato della busta: annullata',
    ]) {
      const r = checkOf('signature', [trail(status)]);
      expect(r.status, `${status}: ${r.summary}`).toBe('review');
      expect(checkOf('dates', [trail(status)], { submittedAt: '2026-10-20' }).status, status).not.toBe('pass');
    }
  });
});

describe('a signature block in Arabic or Hebrew (labels read from the right)', () => {
  it('is the customer signing when "عن <customer>" heads it and ink is on it, with its date', () => {
    const lines = [WORK, 'عن Contoso', 'الاسم: John Doe', 'المسمى الوظيفي: CISO', 'التاريخ: 14/09/2026'];
    const doc = page('a/cert.pdf', lines, [inkAbove(2, 300)]);
    const r = checkOf('signature', [doc], { customer: { country: 'AE' } });
    expect(r.status, r.summary).toBe('pass');
    const d = checkOf('dates', [doc], { customer: { country: 'AE' }, submittedAt: '2026-10-20' });
    expect(d.status, d.summary).toBe('pass');
    expect(d.summary).toContain('2026-09-14');
  });

  it('is no signature when its Hebrew signature line is empty and nothing is drawn', () => {
    const lines = [WORK, 'בשם Contoso', 'חתימה: ____________', 'שם: John Doe', 'תאריך: 14/09/2026'];
    expect(checkOf('signature', [page('a/cert.pdf', lines, [])], { customer: { country: 'IL' } }).status).not.toBe('pass');
  });
});
