import { readFileSync } from 'node:fs';
import { buildXlsx, poeDocx } from '../../scripts/sample/office.mjs';
import { sampleFile, validClaim } from './e2e-fixtures';

/**
 * Claims whose only POE is a .docx or an .xlsx, made at test time from real Office files
 * (WordprocessingML by hand, exceljs for the workbook): what the viewer must show, and where
 * the engine's evidence must land.
 */
export const DOCX_CLAIM = 'V-DOCX-1';
export const XLSX_CLAIM = 'V-XLSX-1';
export const DOCX_FILE = `${DOCX_CLAIM}/Contoso-POE-acceptance.docx`;
export const XLSX_FILE = `${XLSX_CLAIM}/Contoso-POE-tracker.xlsx`;
export const MAIL_CLAIM = 'V-MAIL-1';
export const MAIL_FILE = `${MAIL_CLAIM}/Signed SOW from Contoso.eml`;
export const MAIL_NAME = 'Signed SOW from Contoso.eml';
export const ATTACHED_PDF = 'Contoso-SOW-signed.pdf';

/** A customer's reply carrying the signed SOW (a real PDF of the sample queue) as an attachment. */
function mailWithPdf(): Uint8Array {
  const pdf = readFileSync(sampleFile(`1004973/${ATTACHED_PDF}`));
  const base64 = pdf.toString('base64').replace(/.{76}/g, '$&\r\n');
  const lines = [
    'From: John Doe <john.doe@contoso.com>',
    'To: Priya Kaur <pkaur@fabrikam.com>',
    'Date: Fri, 02 Oct 2026 09:30:00 -0700',
    'Subject: Signed SOW: Intune and Defender for Endpoint rollout',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="poe-boundary"',
    '',
    '--poe-boundary',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hi Priya,',
    '',
    'Attached is the statement of work for the Microsoft Intune and Microsoft Defender for Endpoint',
    'rollout, signed by me for Contoso. We confirm Fabrikam delivered the deployment as described.',
    '',
    'John Doe',
    'CISO, Contoso',
    '--poe-boundary',
    `Content-Type: application/pdf; name="${ATTACHED_PDF}"`,
    `Content-Disposition: attachment; filename="${ATTACHED_PDF}"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64,
    '--poe-boundary--',
    '',
  ];
  return new TextEncoder().encode(lines.join('\r\n'));
}

const customer = { name: 'Contoso', domain: 'contoso.com', country: 'US', sector: 'commercial' };

export async function officeQueue(): Promise<{ manifest: unknown; files: Record<string, Uint8Array> }> {
  const docx = poeDocx({ pages: 3, customer: 'Contoso', partner: 'Fabrikam', signer: 'Jane Doe', date: '3 September 2026' });
  const xlsx = await buildXlsx([
    {
      name: 'Sign-off',
      rows: [
        ['Proof of Execution: Microsoft Intune deployment', null, null, null],
        ['Partner', 'Fabrikam', 'Customer', 'Contoso'],
        ['Task', 'Completed on', 'Share', 'Hours'],
        ...Array.from({ length: 60 }, (_, i) => [
          `Intune deployment task ${i + 1}: device enrolment for Contoso`,
          new Date(Date.UTC(2026, 7, 1 + (i % 28))),
          0.25,
          12.5 + i,
        ]),
        ['Customer acceptance', 'Signed by Jane Doe, Contoso', null, null],
      ],
      merges: ['A1:D1'],
      formats: { B: 'dd mmm yyyy', C: '0%', D: '#,##0.00' },
      boldHeader: true,
    },
    { name: 'Old rates', rows: [['Rate card 2024', 100]], state: 'hidden' },
  ]);
  const manifest = {
    schema: 'poe-queue/1',
    name: 'Viewer formats batch',
    exportedAt: '2026-11-20T09:00:00Z',
    claims: [
      validClaim(DOCX_CLAIM, { customer, claimName: 'Word-only POE', documents: [{ path: DOCX_FILE }] }),
      validClaim(XLSX_CLAIM, { customer, claimName: 'Excel-only POE', documents: [{ path: XLSX_FILE }] }),
      validClaim(MAIL_CLAIM, {
        customer,
        claimName: 'E-mailed signed SOW',
        workloads: [
          { name: 'Microsoft Intune', association: 'none' },
          { name: 'Microsoft Defender for Endpoint', association: 'none' },
        ],
        documents: [{ path: MAIL_FILE }],
      }),
    ],
  };
  return { manifest, files: { [DOCX_FILE]: docx, [XLSX_FILE]: xlsx, [MAIL_FILE]: mailWithPdf() } };
}
