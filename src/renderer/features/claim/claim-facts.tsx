import type { ClaimRow } from '@renderer/db/types';
import type { EngineDocumentFact } from '@renderer/features/checklist/engine-protocol';
import { IssueList } from '@renderer/features/shell/issue-list';
import type { Claim } from '@shared/queue/claim-schema';
import { allExtraFields, checkContactDomain, flattenFields } from './claim-facts-model';
import { ClaimDocuments } from './claim-documents';
import { formatDate } from '@renderer/app/clock';
import { FactList } from './fact-list';

interface ClaimFactsProps {
  row: ClaimRow;
  engineFacts: readonly EngineDocumentFact[] | null;
  onShowDocument: (path: string) => void;
}

const ASSOCIATION_TEXT = { none: 'Not associated', you: 'Associated to you', 'another-partner': 'Associated to another partner' } as const;

/** Left pane: every contract field of the claim, its extras, documents and import issues. */
export function ClaimFacts({ row, engineFacts, onShowDocument }: ClaimFactsProps) {
  return (
    <section aria-label="Claim facts" className="pane facts-pane">
      {row.issues.length > 0 && (
        <div className={row.isValid ? 'callout warning' : 'callout error'}>
          <h2>{row.isValid ? 'Import warnings' : `Claim ${row.claimId} failed validation`}</h2>
          <IssueList issues={row.issues} />
        </div>
      )}
      {row.claim ? <ValidClaimFacts claim={row.claim} /> : <RawFacts raw={row.raw} />}
      <h2>Documents ({row.documents.length})</h2>
      <ClaimDocuments documents={row.documents} engineFacts={engineFacts} onShow={onShowDocument} />
      {row.claim && <Comments claim={row.claim} />}
      <ExtraFields raw={row.raw} />
    </section>
  );
}

function ValidClaimFacts({ claim }: { claim: Claim }) {
  const { partner, customer } = claim;
  const mismatch = checkContactDomain(customer);
  const conflicting = claim.workloads.filter((w) => w.association === 'another-partner');
  return (
    <>
      <h2>Claim</h2>
      <FactList
        facts={[
          { label: 'Claim ID', value: claim.claimId },
          { label: 'Claim name', value: claim.claimName },
          { label: 'Program', value: claim.program === 'cpor' ? 'CPOR' : 'Partner activities' },
          { label: 'Solution area', value: claim.solutionArea },
          { label: 'Partner role', value: claim.partnerRole },
          { label: 'Activity', value: claim.activity },
          { label: 'Engagement', value: claim.engagement },
          { label: 'Status', value: claim.status },
          { label: 'Created', value: formatDate(claim.createdAt) },
          { label: 'Submitted', value: formatDate(claim.submittedAt) },
          { label: 'Status changed', value: formatDate(claim.statusChangedAt) },
          { label: 'Transaction date', value: formatDate(claim.transactionDate) },
          {
            label: 'Incentive opt-out',
            value: claim.incentiveOptOut === null || claim.incentiveOptOut === undefined ? null : claim.incentiveOptOut ? 'Yes' : 'No',
          },
        ]}
      />
      <h2>Partner</h2>
      <FactList
        facts={[
          { label: 'Name', value: partner.name },
          { label: 'Partner ID', value: partner.partnerId },
          { label: 'Location', value: partner.location },
          { label: 'Contact', value: partner.contactName },
          { label: 'Contact email', value: partner.contactEmail },
        ]}
      />
      <h2>Customer</h2>
      <FactList
        facts={[
          { label: 'Name', value: customer.name },
          { label: 'Domain', value: customer.domain },
          { label: 'Tenant ID', value: customer.tenantId },
          { label: 'TPID', value: customer.tpid === null || customer.tpid === undefined ? null : String(customer.tpid) },
          { label: 'Country', value: customer.country },
          { label: 'Sector', value: customer.sector ?? 'unknown' },
          { label: 'Contact', value: customer.contactName },
          { label: 'Contact email', value: customer.contactEmail },
          { label: 'Contact title', value: customer.contactTitle },
          { label: 'Mismatch reason', value: customer.domainMismatchReason },
        ]}
      />
      {mismatch && <p className={mismatch.reason ? 'callout warning' : 'callout error'}>Domain mismatch: {mismatch.message}</p>}
      <h2>Workloads ({claim.workloads.length})</h2>
      {conflicting.length > 0 && (
        <p className="callout error">
          Conflicting claim: {conflicting.map((w) => w.name).join(', ')} {conflicting.length === 1 ? 'is' : 'are'} associated to another
          partner. Compare both partners&apos; POE before deciding.
        </p>
      )}
      <ul className="workloads">
        {claim.workloads.map((w, i) => (
          <li key={`${w.name}-${i}`} className={w.association === 'another-partner' ? 'conflict' : undefined}>
            <span className="workload-name">{w.name}</span>
            {w.subscriptionId && <code className="muted"> {w.subscriptionId}</code>}
            <span className={`badge assoc-${w.association}`}>{ASSOCIATION_TEXT[w.association]}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Comments({ claim }: { claim: Claim }) {
  return (
    <>
      <h2>Comment history ({claim.comments.length})</h2>
      {claim.comments.length === 0 ? (
        <p className="muted">No comments.</p>
      ) : (
        <ol className="comments">
          {claim.comments.map((c, i) => (
            <li key={i}>
              <div className="comment-head">
                <strong>{c.author}</strong> <time className="muted">{c.at}</time>
              </div>
              <p>{c.text}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function RawFacts({ raw }: { raw: unknown }) {
  return (
    <>
      <h2>Fields as imported</h2>
      <FactList facts={flattenFields(raw).map((f) => ({ label: f.path || '(value)', value: f.value }))} />
    </>
  );
}

function ExtraFields({ raw }: { raw: unknown }) {
  const extras = allExtraFields(raw);
  if (extras.length === 0) return null;
  return (
    <>
      <h2>Other fields ({extras.length})</h2>
      <FactList facts={extras.map((f) => ({ label: f.path, value: f.value }))} />
    </>
  );
}
