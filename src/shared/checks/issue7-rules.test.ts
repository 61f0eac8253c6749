import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../documents/types';
import { email, pdf } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';

/**
 * Issue 7, the false approvals the evaluation set found in classes 2, 4 and 5 (npm run eval):
 * template rows read from the document model, who signed an envelope, and a vendor's declared
 * month-first trail dates.
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
const ack = email('a/ack.eml', {
  from: { address: 'john.doe@contoso.com' },
  date: '2026-09-07T09:00:00Z',
  body: 'I confirm Fabrikam delivered the Microsoft Intune rollout described in the POE.',
});
const claimed = {
  workloads: [
    { name: 'Microsoft Intune', subscriptionId: null, association: 'none' as const },
    { name: 'Microsoft Teams', subscriptionId: null, association: 'none' as const },
  ],
};

describe('class 2: a product counts only when its own row marks it in scope', () => {
  it('reads No / N / blank / ☐ in another column of a Word or Excel table as out of scope', () => {
    for (const state of ['No', 'N', '', '☐']) {
      const rows = [
        ['Product', 'Work', 'In scope'],
        ['Microsoft Intune', 'Rollout to 1,200 devices', 'Yes'],
        ['Microsoft Teams', '', state],
        ['Microsoft Sentinel', '', 'No'],
      ];
      for (const doc of [tableDoc('a/poe.docx', 'docx', rows), tableDoc('a/poe.xlsx', 'xlsx', rows)]) {
        const r = checkOf('workloads', [doc, ack], claimed);
        expect(r.status, `${doc.kind} "${state}"`).toBe('fail');
        expect(r.summary).toContain('Microsoft Teams');
      }
    }
  });

  it('still links a product whose row says Yes / ☒ / Delivered, or that the described work names', () => {
    for (const state of ['Yes', 'Y', '☒', 'Delivered']) {
      const rows = [
        ['Product', 'Work', 'In scope'],
        ['Microsoft Intune', 'Rollout', 'Yes'],
        ['Microsoft Teams', 'Voice', state],
        ['Microsoft Sentinel', '', 'No'],
      ];
      expect(checkOf('workloads', [tableDoc('a/poe.xlsx', 'xlsx', rows), ack], claimed).status, state).toBe('pass');
    }
    const rows = [
      ['Product', 'In scope'],
      ['Microsoft Intune', 'Yes'],
      ['Microsoft Teams', 'No'],
      ['Exchange Online', 'No'],
    ];
    expect(
      checkOf('workloads', [tableDoc('a/poe.docx', 'docx', rows, ['We also configured Microsoft Teams for 300 users.']), ack], claimed)
        .status,
    ).toBe('pass');
  });
});

describe('class 2: a bare product line among check-box rows', () => {
  it('reads a product line with no box, in a page of check-box rows, as a blank row', () => {
    const page = [
      'Workloads in scope:',
      'Microsoft Intune Configured and rolled out ☒',
      'Microsoft Teams',
      'Microsoft Sentinel ☐',
      'Rollout of Microsoft Intune to 1,200 devices.',
    ].join('\n');
    expect(checkOf('workloads', [pdf('a/poe.pdf', [page]), ack], claimed).status).toBe('fail');
  });
});

describe("class 4: an envelope is the customer's only when the customer signed it", () => {
  const partnerOnly = [
    'Certificate Of Completion',
    'Envelope Id: 8D2E61A477B04C1A9E2B1F00C0FFEE11',
    'Status: Sent',
    'Signer Events Signature Timestamp',
    'John Doe',
    'john.doe@contoso.com',
    'Sent: 9/6/2026 | 09:13 AM',
    'Viewed: 9/8/2026 | 09:55 AM',
    'Priya Kaur',
    'pkaur@fabrikam.com',
    'Signed: 9/6/2026 | 09:20 AM',
  ].join('\n');

  it('does not pass a DocuSign certificate signed by the partner only, nor an Adobe trail that only emailed the customer "for signature"', () => {
    // Was 'review' while the engine could only tell that the customer had not signed. With each
    // signer matched to a side (signers.ts), the trail shows the partner signed and the customer's
    // envelope is still "Sent": no customer acknowledgement, which DOMAIN.md calls not acceptable,
    // so 'fail' (the eval set's EV031, written from the rules before the engine ran, expects fail).
    expect(checkOf('signature', [pdf('a/sow.pdf', ['Statement of Work, Fabrikam for Contoso', partnerOnly])])).toMatchObject({
      status: 'fail',
    });
    const adobe = [
      'Final Audit Report',
      'Transaction ID: CBJCHBCAABAA2345562b2345',
      'Document emailed to John Doe (john.doe@contoso.com) for signature',
      '2026-09-06 - 9:13:02 AM GMT',
      'Document e-signed by Priya Kaur (pkaur@fabrikam.com)',
      'Signature Date: 2026-09-06 - 9:20:44 AM GMT',
    ].join('\n');
    expect(checkOf('signature', [pdf('a/sow.pdf', ['Statement of Work, Fabrikam for Contoso', adobe])]).status).not.toBe('pass');
  });

  it("passes the same certificate once the customer's own signing event is there (line above or same line)", () => {
    const signed = `${partnerOnly}\nJohn Doe\njohn.doe@contoso.com\nSigned: 9/8/2026 | 10:01 AM`;
    expect(checkOf('signature', [pdf('a/sow.pdf', ['Statement of Work, Fabrikam for Contoso', signed])]).status).toBe('pass');
    const adobe = [
      'Transaction ID: CBJCHBCAABAA2345562b2345',
      'Document e-signed by John Doe (john.doe@contoso.com)',
      'Signature Date: 2026-09-08 - 10:01:22 AM GMT',
    ].join('\n');
    expect(checkOf('signature', [pdf('a/sow.pdf', ['Statement of Work, Fabrikam for Contoso', adobe])]).status).toBe('pass');
  });

  it("does not give an empty customer block the partner's date from the block below it", () => {
    const page = [
      'Pour le client',
      'Contoso',
      'Signature',
      'Nom',
      'Fonction',
      'Date',
      'Pour le partenaire',
      'Fabrikam',
      'Signature',
      'Nom Priya Kaur',
      'Date 08/09/2026',
    ].join('\n');
    expect(checkOf('signature', [pdf('a/pv.pdf', [page])], { customer: { country: 'FR' } }).status).not.toBe('pass');
  });
});

describe('class 5: a trail that declares or is known to be month-first is read month-first', () => {
  it("reads a DocuSign certificate's 9/12/2025 as 12 September for an Italian customer (stale), and a declared MM / DD / YYYY trail alike", () => {
    const cert = [
      'Certificate Of Completion',
      'Envelope Id: 8D2E61A477B04C1A9E2B1F00C0FFEE11',
      'John Doe',
      'john.doe@contoso.com',
      'Signed: 9/12/2025 | 10:01 AM',
    ].join('\n');
    const it = { customer: { country: 'IT' }, submittedAt: '2026-10-01', createdAt: '2026-09-29' };
    expect(checkOf('dates', [pdf('a/v.pdf', ['Verbale di collaudo Fabrikam per Contoso', cert])], it).status).toBe('fail');
    const declared = ['Audit trail date format: MM / DD / YYYY', 'Signed by John Doe (john.doe@contoso.com) on 09/12/2025', 'Contoso'].join(
      '\n',
    );
    expect(checkOf('dates', [pdf('a/v.pdf', [declared])], it).status).toBe('fail');
  });

  it('reads a declared order written with dashes or dots (MM-DD-YYYY, DD.MM.YYYY) as declared', () => {
    const de = { customer: { country: 'DE' }, submittedAt: '2026-10-20' };
    const log = (format: string, date: string) =>
      pdf('a/log.pdf', [
        [
          'Acceptance Fabrikam / Contoso',
          `Date format: ${format} · times UTC`,
          `${date} 10:03:11   SIGNED   John Doe <john.doe@contoso.com>`,
        ].join('\n'),
      ]);
    // 10-11-2025 month-first is 11 October 2025: stale for a 2026-10-20 submission (day-first, 10 November, would pass).
    expect(checkOf('dates', [log('MM-DD-YYYY', '10-11-2025')], de).status).toBe('fail');
    // Declared day-first for a US customer: 10-11-2025 is 10 November 2025, current.
    expect(checkOf('dates', [log('DD-MM-YYYY', '10-11-2025')], { ...de, customer: { country: 'US' } }).status).toBe('pass');
  });
});
