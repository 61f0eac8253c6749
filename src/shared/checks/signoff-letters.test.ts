import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../documents/types';
import { pdf } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';

/**
 * Held-out classes (scripts/eval/claims-heldout.mjs): sign-off tables whose rows are the
 * parties, and letters from the customer signed under a closing formula, dated at the top.
 */

/** A page of positioned cells: each row a list of [x, text]; rows 26 pt apart as in a ruled table. */
function grid(path: string, rows: [number, string][][], before: string[] = []): ExtractedDocument {
  const items: { text: string; box: { x: number; y: number; width: number; height: number } }[] = [];
  const lines: string[] = [];
  let y = 760;
  for (const text of before) {
    items.push({ text, box: { x: 56, y, width: text.length * 5, height: 9 } });
    lines.push(text);
    y -= 14;
  }
  for (const row of rows) {
    for (const [x, text] of row) items.push({ text, box: { x, y, width: text.length * 4.6, height: 9 } });
    lines.push(row.map(([, t]) => t).join(' '));
    y -= 26;
  }
  return pdf(path, [], { parts: [{ page: 1, text: lines.join('\n'), items, hasTextLayer: true }], pageCount: 1 });
}

const intro = ['Project Closure Report: Contoso Intune rollout', 'Fabrikam deployed Microsoft Intune for 1200 users at Contoso.'];

describe('sign-off tables (a row per signatory)', () => {
  const head: [number, string][] = [
    [60, 'Role'],
    [180, 'Name'],
    [330, 'Signature'],
    [450, 'Date'],
  ];

  it("fails when the customer's row has neither signature nor date, whatever the partner's row says", () => {
    const doc = grid(
      'a/closure.pdf',
      [
        head,
        [
          [60, 'Customer sponsor'],
          [180, 'John Doe, Contoso'],
        ],
        [
          [60, 'Partner project manager'],
          [180, 'Priya Kaur, Fabrikam'],
          [450, '14/09/2026'],
        ],
      ],
      intro,
    );
    const r = checkOf('signature', [doc], { customer: { country: 'GB' } });
    expect(r.status).toBe('fail');
    expect(r.summary).toContain('sign-off table');
  });

  it("passes and dates the acknowledgement from the customer's row (rows in any order, other languages)", () => {
    const en = grid(
      'a/closure.pdf',
      [
        head,
        [
          [60, 'Partner PM'],
          [180, 'Priya Kaur'],
          [330, 'Signed electronically'],
          [450, '09/09/2026'],
        ],
        [
          [60, 'Customer sponsor'],
          [180, 'John Doe'],
          [330, 'Signed electronically'],
          [450, '12/09/2026'],
        ],
      ],
      intro,
    );
    const r = checkOf('dates', [en], { customer: { country: 'GB' }, submittedAt: '2026-10-20' });
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('2026-09-12');
    const cs = grid(
      'a/protokol.pdf',
      [
        [
          [60, 'Role'],
          [180, 'Jméno'],
          [330, 'Podpis'],
          [450, 'Datum'],
        ],
        [
          [60, 'Objednatel'],
          [180, 'John Doe'],
        ],
      ],
      intro,
    );
    expect(checkOf('signature', [cs], { customer: { country: 'CZ' } }).status).toBe('fail');
  });
});

describe('signature tables with a column per party', () => {
  const table = (customer: [string, string, string, string], partner: [string, string, string, string]) =>
    grid(
      'a/sow.pdf',
      [
        [
          [220, 'Customer'],
          [400, 'Contractor'],
        ],
        ...(['Signature', 'Name', 'Title', 'Date'] as const).map((label, k): [number, string][] =>
          [
            [60, label] as [number, string],
            [220, customer[k] ?? ''] as [number, string],
            [400, partner[k] ?? ''] as [number, string],
          ].filter(([, t]) => t !== ''),
        ),
      ],
      intro,
    );
  const partner: [string, string, string, string] = ['', 'Priya Kaur', 'Engagement Manager', 'September 8, 2026'];

  it("never gives the partner's date to the customer's empty column", () => {
    const r = checkOf('signature', [table(['', '', '', ''], partner)], { submittedAt: '2026-10-20' });
    expect(r.status).toBe('fail');
    expect(checkOf('dates', [table(['', '', '', ''], partner)], { submittedAt: '2026-10-20' }).status).not.toBe('pass');
  });

  it('fails a customer cell holding the vendor\'s "Awaiting signature" placeholder', () => {
    const r = checkOf('signature', [table(['Awaiting signature', 'John Doe', 'CISO', ''], partner)], { submittedAt: '2026-10-20' });
    expect(r.status).toBe('fail');
  });

  it("dates the acknowledgement from the customer's own column when both signed", () => {
    const r = checkOf('dates', [table(['', 'John Doe', 'CISO', 'September 12, 2026'], partner)], { submittedAt: '2026-10-20' });
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('2026-09-12');
  });
});

describe("the customer's letter", () => {
  const letter = (top: string, closing: string, signer: string[]) =>
    pdf('a/letter.pdf', [
      [
        'CONTOSO',
        '1 Main Street, Springfield',
        top,
        'To whom it may concern',
        'We confirm that Fabrikam deployed Microsoft Intune for our 1200 users in three phases (pilot, wave 1, wave 2).',
        closing,
        ...signer,
      ].join('\n'),
    ]);

  it('is an acknowledgement dated at its top when the customer signs under the closing (several languages)', () => {
    for (const [top, closing] of [
      ['Springfield, 12th September 2026', 'Yours faithfully,'],
      ['Springfield, den 12. September 2026', 'Mit freundlichen Grüßen'],
      ['Springfield, 12 Eylül 2026', 'Saygılarımla,'],
    ]) {
      const doc = letter(top ?? '', closing ?? '', ['John Doe', 'CISO, Contoso']);
      const sig = checkOf('signature', [doc], { submittedAt: '2026-10-20' });
      expect(sig.status, closing).toBe('pass');
      const dates = checkOf('dates', [doc], { submittedAt: '2026-10-20' });
      expect(dates.status, closing).toBe('pass');
      expect(dates.summary).toContain('2026-09-12');
    }
  });

  it('is signed by someone the claim does not name when a person signs above a line naming the customer', () => {
    const doc = letter('12 September 2026', 'Kind regards', ['Mary Major', 'Head of IT, Contoso']);
    expect(checkOf('signature', [doc], { submittedAt: '2026-10-20' }).status).toBe('pass');
  });

  it("is no acknowledgement when the partner signs it, and stale when the letter's date is", () => {
    const partner = letter('12 September 2026', 'Yours sincerely,', ['Priya Kaur', 'Engagement Manager, Fabrikam']);
    expect(checkOf('signature', [partner], { submittedAt: '2026-10-20' }).status).toBe('fail');
    const stale = letter('2 June 2025', 'Yours faithfully,', ['John Doe', 'CISO, Contoso']);
    expect(checkOf('dates', [stale], { submittedAt: '2026-10-20' }).status).toBe('fail');
  });

  it('takes the date from the top of the first page when the letter is signed on the second', () => {
    const twoPages = pdf('a/letter.pdf', [
      ['CONTOSO', 'Springfield, 12 September 2026', 'To whom it may concern', 'Fabrikam deployed Microsoft Intune for 1200 users.'].join(
        '\n',
      ),
      ['We remain at your disposal.', 'Atentamente,', 'John Doe', 'CISO, Contoso'].join('\n'),
    ]);
    const r = checkOf('dates', [twoPages], { submittedAt: '2026-10-20' });
    expect(r.status).toBe('pass');
    expect(r.summary).toContain('2026-09-12');
  });

  it('is for a person to confirm when the letter has no date at its top', () => {
    const undated = letter('Re: Intune deployment', 'Yours faithfully,', ['John Doe', 'CISO, Contoso']);
    expect(checkOf('signature', [undated], { submittedAt: '2026-10-20' }).status).toBe('review');
  });
});
