import type { ParsedClaim } from '@shared/queue/parse-queue';
import { documentMimeType, planDocument } from '@shared/queue/queue-documents';
import { claimKey } from '@renderer/db/keys';
import type { ClaimDocumentRow, ClaimRow } from '@renderer/db/types';
import { isRecord } from '@shared/queue/claim-validation';

/**
 * Builds the stored row for one parsed claim. An invalid claim gets a row too (claim null, raw
 * kept) so the list shows it with its issues; its list columns come from the raw value where
 * they can. A claim without any ID is listed as "(no ID, #n)" by its position.
 */
export function toClaimRow(queueId: string, parsed: ParsedClaim, files: ReadonlySet<string>): ClaimRow {
  const claimId = parsed.claimId ?? `(no ID, #${parsed.order + 1})`;
  const source = parsed.claim ?? (isRecord(parsed.raw) ? parsed.raw : {});
  const partner = isRecord(source.partner) ? source.partner : {};
  const customer = isRecord(source.customer) ? source.customer : {};
  const partnerName = text(partner.name);
  const customerName = text(customer.name);
  return {
    key: claimKey(queueId, claimId),
    queueId,
    claimId,
    order: parsed.order,
    claim: parsed.claim,
    raw: parsed.raw,
    issues: parsed.issues,
    isValid: parsed.claim !== null,
    partnerName,
    customerName,
    solutionArea: text(source.solutionArea),
    status: text(source.status),
    submittedAt: text(source.submittedAt),
    workloadNames: (Array.isArray(source.workloads) ? source.workloads : [])
      .map((w: unknown) => (isRecord(w) ? text(w.name) : ''))
      .filter((n) => n !== ''),
    searchText: `${claimId} ${partnerName} ${customerName}`.toLowerCase(),
    // Not stored: readers take it from the decisions table.
    decisionKind: 'none',
    documents: documentRows(source.documents, files),
    ...(parsed.duplicateOf !== undefined ? { duplicateOf: parsed.duplicateOf } : {}),
  };
}

/** A claim's listed documents (its `documents` value, of any shape) as rows, each planned against the queue's files. */
export function documentRows(documents: unknown, files: ReadonlySet<string>): ClaimDocumentRow[] {
  if (!Array.isArray(documents)) return [];
  return documents.flatMap((doc: unknown): ClaimDocumentRow[] => {
    if (!isRecord(doc) || typeof doc.path !== 'string') return [];
    const plan = planDocument(doc.path, files);
    const declared = typeof doc.sha256 === 'string' && /^[0-9a-fA-F]{64}$/.test(doc.sha256) ? doc.sha256.toLowerCase() : null;
    return [
      {
        path: plan.path,
        sha256: null,
        declaredSha256: declared,
        state: plan.state,
        stateDetail: plan.detail,
        bytes: null,
        mimeType: documentMimeType(plan.path),
      },
    ];
  });
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}
