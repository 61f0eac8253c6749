import { getClaimDetails, getDocumentBlob, getEngineReport, putEngineReports } from '@renderer/db';
import { claimKey } from '@renderer/db/keys';
import type { ClaimDetailRow, EngineCacheRow, TriageRow } from '@renderer/db/types';
import type { ReaderEnv } from '@readers/extract';
import type { ClaimCheckReport } from '@shared/checks/types';
import { documentSignature } from '@shared/links/document-signature';
import type { Claim } from '@shared/queue/claim-schema';
import { engineCacheKey } from '@renderer/features/checklist/engine-cache-key';
import { readAndCheck } from '@renderer/features/checklist/engine-run';

export interface TriageJob {
  queueId: string;
  claimId: string;
  importId: string;
}

/** The clock and link facts of a claim, as the triage row keeps them. */
function claimFacts(claim: Claim): Pick<TriageRow, 'clock' | 'link'> {
  const consent = (claim as Record<string, unknown>).customerConsentAt;
  return {
    clock: {
      program: claim.program,
      status: claim.status,
      engagement: claim.engagement ?? null,
      createdAt: claim.createdAt,
      submittedAt: claim.submittedAt ?? null,
      statusChangedAt: claim.statusChangedAt ?? null,
      customerConsentAt: typeof consent === 'string' ? consent : null,
    },
    link: {
      partner: { name: claim.partner.name, partnerId: claim.partner.partnerId },
      customer: { name: claim.customer.name, domain: claim.customer.domain ?? null, tenantId: claim.customer.tenantId ?? null },
      workloads: claim.workloads.map((w) => ({ name: w.name, subscriptionId: w.subscriptionId ?? null, association: w.association })),
    },
  };
}

function outcome(report: ClaimCheckReport): Pick<TriageRow, 'suggestedDecision' | 'failing' | 'review'> {
  return {
    suggestedDecision: report.suggestedDecision,
    failing: report.checks.filter((c) => c.status === 'fail').map((c) => c.id),
    review: report.checks.filter((c) => c.status === 'review').map((c) => c.id),
  };
}

/**
 * Runs the engine on the claim's stored documents, or takes a cached run that has document facts.
 * A fresh run's cache row is handed to `keep` (written with its batch), not written here.
 */
async function engineRun(
  detail: ClaimDetailRow,
  claim: Claim,
  claimId: string,
  env: ReaderEnv,
  keep: (row: EngineCacheRow) => void,
): Promise<EngineCacheRow> {
  const key = engineCacheKey({ queueId: detail.queueId, claimId, documents: detail.documents });
  const cached = await getEngineReport(key);
  if (cached?.documents && cached.signatures) return cached;
  const inputs = await Promise.all(
    detail.documents.map(async (d) => {
      const blob = await getDocumentBlob(detail.queueId, d.path);
      return { path: d.path, bytes: blob ? await blob.arrayBuffer() : null, state: d.state, stateDetail: d.stateDetail };
    }),
  );
  const { report, documents } = await readAndCheck(claim, inputs, env);
  const row: EngineCacheRow = {
    key,
    report,
    computedAt: new Date().toISOString(),
    documents: documents.map((d) => ({ path: d.path, state: d.state, stateDetail: d.stateDetail ?? null, sha256: d.sha256 ?? null })),
    signatures: documents.map((d) => ({ path: d.path, signature: documentSignature(d) })),
  };
  keep(row);
  return row;
}

/**
 * Triage of one claim (in a triage worker): the engine's suggestion, failing and review checks,
 * document states, hashes and text signatures, and the facts for clocks and links.
 */
async function triageClaim(
  job: TriageJob,
  detail: ClaimDetailRow | undefined,
  env: ReaderEnv,
  keep: (row: EngineCacheRow) => void,
): Promise<TriageRow> {
  if (!detail) throw new Error(`claim ${job.claimId} is not in the queue any more`);
  const base = {
    key: claimKey(job.queueId, job.claimId),
    queueId: job.queueId,
    claimId: job.claimId,
    importId: job.importId,
    computedAt: new Date().toISOString(),
  };
  const claim = detail.claim;
  if (!claim) {
    const documents = detail.documents.map((d) => ({ path: d.path, state: d.state, sha256: d.sha256, signature: null }));
    return {
      ...base,
      engine: 'skipped',
      message: 'the claim failed validation',
      suggestedDecision: null,
      failing: [],
      review: [],
      documents,
      clock: null,
      link: null,
    };
  }
  const run = await engineRun(detail, claim, job.claimId, env, keep);
  const documents = detail.documents.map((d) => {
    const read = run.documents?.find((x) => x.path === d.path);
    return {
      path: d.path,
      state: read?.state ?? d.state,
      sha256: d.sha256 ?? read?.sha256 ?? null,
      signature: run.signatures?.find((x) => x.path === d.path)?.signature ?? null,
    };
  });
  return { ...base, engine: 'done', message: null, ...outcome(run.report), documents, ...claimFacts(claim) };
}

/**
 * Triage of a batch of claims of one queue, one at a time: their details read in one go, each
 * row handed to `onRow` as soon as it is done (an error is that claim's failed row), and the
 * engine's fresh cache rows written together at the end, in one relaxed transaction. Once
 * `shouldYield` says so the batch ends after the claim in hand (the caller takes back the rest).
 */
export async function triageClaims(
  jobs: readonly TriageJob[],
  env: ReaderEnv,
  onRow: (row: TriageRow) => void,
  shouldYield: () => boolean = () => false,
): Promise<void> {
  if (jobs.length === 0) return;
  const details = await getClaimDetails(
    jobs[0]!.queueId,
    jobs.map((j) => j.claimId),
  );
  const fresh: EngineCacheRow[] = [];
  for (const [i, job] of jobs.entries()) {
    if (shouldYield()) break;
    let row: TriageRow;
    try {
      row = await triageClaim(job, details[i], env, (r) => fresh.push(r));
    } catch (error) {
      row = failedTriage(job, error instanceof Error ? error.message : String(error));
    }
    onRow(row);
  }
  await putEngineReports(fresh);
}

/** The row of a claim whose run failed or ran out of time: listed as "engine failed". */
export function failedTriage(job: TriageJob, message: string): TriageRow {
  return {
    key: claimKey(job.queueId, job.claimId),
    queueId: job.queueId,
    claimId: job.claimId,
    importId: job.importId,
    computedAt: new Date().toISOString(),
    engine: 'failed',
    message,
    suggestedDecision: null,
    failing: [],
    review: [],
    documents: [],
    clock: null,
    link: null,
  };
}
