import { ClaimSchema, type Claim } from '@shared/queue/claim-schema';
import { rawClaim } from './raw-claim';
import type { DocumentPart, EmailFacts, ExtractedDocument, PdfSignatureFact } from '@shared/documents/types';

/** Builders for engine tests: claims and ExtractedDocuments in code, no files. */

export type ClaimOverrides = Omit<Partial<Claim>, 'partner' | 'customer'> & {
  partner?: Partial<Claim['partner']>;
  customer?: Partial<Claim['customer']>;
};

export function makeClaim(o: ClaimOverrides = {}): Claim {
  const { partner, customer, ...rest } = o;
  return ClaimSchema.parse({
    ...rawClaim('1004973', { documents: [{ path: '1004973/poe.pdf' }], comments: [] }),
    ...rest,
    partner: { name: 'Fabrikam', partnerId: '5272302', contactName: 'Priya Kaur', contactEmail: 'pkaur@fabrikam.com', ...partner },
    customer: {
      name: 'Contoso',
      domain: 'contoso.com',
      country: 'US',
      sector: 'commercial',
      contactName: 'John Doe',
      contactEmail: 'john.doe@contoso.com',
      contactTitle: 'CISO',
      ...customer,
    },
  });
}

/** The claim's document list for the given documents (keeps claim and documents consistent). */
export function listing(docs: readonly ExtractedDocument[]): Pick<Claim, 'documents'> {
  return { documents: docs.map((d) => ({ path: d.path })) };
}

/** A PDF whose pages carry the given texts (one string per page, lines with \n). */
export function pdf(path: string, pages: string[], extra: Partial<ExtractedDocument> = {}): ExtractedDocument {
  const parts: DocumentPart[] = pages.map((text, i) => ({ page: i + 1, text, hasTextLayer: true }));
  return { path, kind: 'pdf', state: 'ok', parts, metadata: {}, signatures: [], attachments: [], pageCount: pages.length, ...extra };
}

/** A PDF page with positioned items, each line one item at a made-up position. */
export function pdfWithBoxes(path: string, lines: string[]): ExtractedDocument {
  const items = lines.map((text, i) => ({ text, box: { x: 72, y: 720 - i * 14, width: text.length * 5, height: 12 } }));
  return pdf(path, [], { parts: [{ page: 1, text: lines.join('\n'), items, hasTextLayer: true }], pageCount: 1 });
}

export function scannedPdf(path: string, pageCount = 1): ExtractedDocument {
  const parts: DocumentPart[] = Array.from({ length: pageCount }, (_, i) => ({ page: i + 1, text: '', hasTextLayer: false }));
  return { path, kind: 'pdf', state: 'ok', parts, metadata: {}, signatures: [], attachments: [], pageCount };
}

export function email(
  path: string,
  facts: Partial<EmailFacts> & { body: string },
  extra: Partial<ExtractedDocument> = {},
): ExtractedDocument {
  const { body, ...rest } = facts;
  const e: EmailFacts = { to: [], cc: [], isForwarded: false, ...rest };
  const header = `From: ${e.from?.name ?? ''} <${e.from?.address ?? ''}>\nSubject: ${e.subject ?? ''}`;
  return {
    path,
    kind: path.endsWith('.msg') ? 'msg' : 'eml',
    state: 'ok',
    metadata: {},
    signatures: [],
    attachments: [],
    email: e,
    parts: [
      { part: 'header', text: header, hasTextLayer: true },
      { part: 'body', text: body, hasTextLayer: true },
    ],
    ...extra,
  };
}

export function docx(path: string, paragraphs: string[]): ExtractedDocument {
  return {
    path,
    kind: 'docx',
    state: 'ok',
    metadata: {},
    signatures: [],
    attachments: [],
    parts: [{ part: 'paragraphs', text: paragraphs.join('\n'), hasTextLayer: true }],
  };
}

export function brokenDoc(path: string, state: ExtractedDocument['state'], stateDetail: string): ExtractedDocument {
  return { path, kind: 'pdf', state, stateDetail, parts: [], metadata: {}, signatures: [], attachments: [] };
}

export function signature(o: Partial<PdfSignatureFact> = {}): PdfSignatureFact {
  return {
    fieldName: 'Signature1',
    isSigned: true,
    signerName: 'John Doe',
    signingTime: '2026-06-05T10:00:00Z',
    integrity: 'intact',
    integrityDetail: 'byte ranges cover the whole file and the digest matches',
    page: 2,
    ...o,
  };
}

/** The valid POE of the MCI guide's example, as a Microsoft template would read. */
export const VALID_TEMPLATE_PAGES = [
  [
    'Valid for use in the following MCI incentives: Security Usage',
    'Section 1 (Required): Select product(s)/workload(s) and activity type',
    '☐ Microsoft Entra ID P2 (formerly AADP P2)  ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.',
    '☐ Microsoft Defender for Endpoint (MDE)  ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.',
    '☒ Microsoft Intune  ☒ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.',
    'Section 2 (Required): Scope of Work Details',
    'Contoso is using an endpoint management solution but not leveraging MDM features.',
    'Approximately 1000 users; ~900 Windows 10 workstations.',
    'Prepare Phase (weeks 6-9): complete deployment and configuration of Microsoft Intune enrollment profiles;',
    'Manage Hybrid Azure AD join and Group Policy for Windows 10 enrollment.',
    'Transform Phase (weeks 10-13): confirmation of pilot users, configuration of endpoints.',
  ].join('\n'),
  [
    'Section 3. (Required): Partner and Customer Contact Information',
    'Partner Company Name Fabrikam',
    'Customer Company Name Contoso',
    'Customer Signatory Name (printed) John Doe',
    'Customer Signatory Role or Job Title Chief Information Security Officer',
    'Engagement Start and End Date June 1, 2026 – September 10, 2026',
    'Section 3.1 (Required): Customer Acknowledgment',
    'E-Signed by: John Doe  Signature  Date Signed 6/5/2026',
  ].join('\n'),
];
