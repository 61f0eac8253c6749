import type { CheckId, DecisionKind } from '../checks/types';

/**
 * Reason codes a reviewer picks when a claim is not approved. Each is tied to a check, and
 * carries a template for the comment to the partner (the engine drafts comments from these too).
 */
export interface ReasonCode {
  code: string;
  checkId: CheckId | null;
  label: string;
  /** Sentence for the comment to the partner. */
  partnerText: string;
  /** The decision this reason usually leads to. */
  typicalDecision: Exclude<DecisionKind, 'approve'>;
}

export const REASON_CODES: readonly ReasonCode[] = [
  {
    code: 'no-customer-acknowledgement',
    checkId: 'signature',
    label: 'No customer signature or acknowledgement',
    partnerText:
      "The POE does not show a customer signature or acknowledgement. Please upload a document signed by the customer, a verifiable e-signature, or an email from the customer (from the customer's own domain) confirming your involvement.",
    typicalDecision: 'action-required',
  },
  {
    code: 'signature-not-acceptable',
    checkId: 'signature',
    label: 'Signature not acceptable (forwarded email, flat or pasted signature, partner-only)',
    partnerText:
      'The acknowledgement provided is not acceptable (forwarded or partner-only email, flat or pasted signature image). Please provide a direct customer acknowledgement or a verifiable signature.',
    typicalDecision: 'action-required',
  },
  {
    code: 'signature-modified',
    checkId: 'signature',
    label: 'Digital signature invalid or document modified after signing',
    partnerText:
      'The digitally signed document was modified after it was signed, so the signature cannot be relied on. Please upload the original signed document.',
    typicalDecision: 'action-required',
  },
  {
    code: 'names-missing',
    checkId: 'names',
    label: 'Partner or customer name not visible',
    partnerText: "The POE must clearly show both the partner's and the customer's names. Please upload POE that names both parties.",
    typicalDecision: 'action-required',
  },
  {
    code: 'acknowledgement-stale',
    checkId: 'dates',
    label: 'Customer acknowledgement older than 12 months',
    partnerText:
      'The customer acknowledgement is older than 12 months before the claim was submitted. Please provide a recent customer confirmation (for example an email from the customer describing your current engagement).',
    typicalDecision: 'action-required',
  },
  {
    code: 'dates-missing',
    checkId: 'dates',
    label: 'No clear signature or engagement dates',
    partnerText: 'The POE does not show clear dates (signature date, milestones). Please upload POE with a dated customer acknowledgement.',
    typicalDecision: 'action-required',
  },
  {
    code: 'acknowledgement-after-submission',
    checkId: 'dates',
    label: 'Acknowledgement dated after claim submission',
    partnerText: 'The customer acknowledgement is dated after the claim was submitted. Please provide POE that predates the submission.',
    typicalDecision: 'action-required',
  },
  {
    code: 'pre-sales-after-transaction',
    checkId: 'dates',
    label: 'Pre-sales engagement not before the transaction',
    partnerText:
      'For pre-sales claims the POE must show engagement with the customer before the transaction date. Please provide evidence dated before the transaction.',
    typicalDecision: 'action-required',
  },
  {
    code: 'workloads-not-in-poe',
    checkId: 'workloads',
    label: 'Claimed workloads not supported by the POE',
    partnerText: 'Some claimed workloads are not supported by the POE. Please remove them from the claim or upload POE that covers them.',
    typicalDecision: 'action-required',
  },
  {
    code: 'public-sector-disclosure-missing',
    checkId: 'public-sector',
    label: 'Public sector fee disclosure missing',
    partnerText:
      'This public sector customer requires a written disclosure of the fees or compensation you receive from Microsoft, acknowledged by the customer. Please upload the acknowledged disclosure.',
    typicalDecision: 'action-required',
  },
  {
    code: 'public-sector-ineligible-country',
    checkId: 'public-sector',
    label: 'Public sector customer in an ineligible country',
    partnerText: 'Public sector customers in this country are not eligible for incentives.',
    typicalDecision: 'reject',
  },
  {
    code: 'activities-generic',
    checkId: 'activity-detail',
    label: 'Activities described generically',
    partnerText:
      'The activities are described too generically. Please provide POE that details the work per workload: users or devices in scope, phases, timelines and the services delivered.',
    typicalDecision: 'action-required',
  },
  {
    code: 'not-poe-document',
    checkId: 'document-type',
    label: 'Document is a quote, purchase order or licensing contract, not POE',
    partnerText:
      'The document provided is a quote, purchase order or licensing transaction, which is not proof of execution. Please upload POE showing the work delivered and the customer acknowledgement.',
    typicalDecision: 'action-required',
  },
  {
    code: 'msa-without-engagement',
    checkId: 'document-type',
    label: 'Master services agreement without recent engagement evidence',
    partnerText:
      'A master services agreement on its own does not show the work delivered under this claim. Please add recent engagement evidence: a statement of work, project report or customer email describing the current work, acknowledged by the customer.',
    typicalDecision: 'action-required',
  },
  {
    code: 'ecif-without-acknowledgement',
    checkId: 'document-type',
    label: 'ECIF document without a separate customer acknowledgement',
    partnerText:
      "ECIF (End Customer Investment Funds) documents are not accepted as POE on their own. Please add a separate customer acknowledgement of your involvement (a signed document or an email from the customer's own domain).",
    typicalDecision: 'action-required',
  },
  {
    code: 'documents-unreadable',
    checkId: null,
    label: 'Documents missing, unreadable or password protected',
    partnerText:
      'One or more documents could not be opened (missing, corrupt or password protected). Please upload readable copies without passwords.',
    typicalDecision: 'action-required',
  },
  {
    code: 'needs-manual-review',
    checkId: null,
    label: 'Needs a reviewer to look (the checks could not decide)',
    partnerText:
      'Part of the POE could not be verified automatically (for example scanned pages or images) and is being reviewed by hand. If you have the original signed files or text-searchable copies, uploading them will speed up the review.',
    typicalDecision: 'action-required',
  },
  {
    code: 'competing-claim',
    checkId: null,
    label: 'Another partner drove more influence (conflicting claim)',
    partnerText: "Another partner's claim for this customer and workload shows more influence. This claim is not approved.",
    typicalDecision: 'reject',
  },
  {
    code: 'other',
    checkId: null,
    label: 'Other (see comment)',
    partnerText: '',
    typicalDecision: 'action-required',
  },
];

/** Looks a reason up by code; unknown codes (from older data) are kept as labels of their own. */
export function findReason(code: string): ReasonCode | undefined {
  return REASON_CODES.find((r) => r.code === code);
}
