import type { Decision } from '@shared/decisions/types';
import { db } from './database';
import { splitClaimRow } from './claim-split';
import { claimKey } from './keys';
import type { ClaimRow } from './types';

/** Test helpers (imported by *.test.ts only): a fresh database and minimal rows. */
export async function resetDatabase(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}

export function makeDecision(over: Partial<Decision> = {}): Decision {
  return {
    decisionId: 'd-1',
    queueId: 'q-1',
    claimId: 'c-1',
    kind: 'approve',
    reasons: [],
    comment: '',
    overrideNote: '',
    reviewer: 'Ana',
    decidedAt: '2026-11-20T10:00:00.000Z',
    checklist: [{ id: 'signature', engineStatus: 'pass', engineSummary: 'signed', manualStatus: null, note: '' }],
    documents: [{ path: 'c-1/sow.pdf', sha256: 'a'.repeat(64) }],
    appVersion: '0.1.0',
    supersedes: null,
    ...over,
  };
}

export function makeClaimRow(queueId: string, claimId: string, order: number): ClaimRow {
  return {
    key: claimKey(queueId, claimId),
    queueId,
    claimId,
    order,
    claim: null,
    raw: { claimId, extra: 'kept' },
    issues: [],
    isValid: false,
    partnerName: 'Fabrikam',
    customerName: 'Contoso',
    solutionArea: 'Azure',
    status: 'Submitted',
    submittedAt: '2026-10-03',
    workloadNames: [],
    searchText: `${claimId} fabrikam contoso`,
    decisionKind: 'none',
    documents: [],
  };
}

/** Stores whole claim rows the way the import does (summary and detail halves). */
export async function putClaimRows(rows: readonly ClaimRow[]): Promise<void> {
  const split = rows.map(splitClaimRow);
  await db.transaction('rw', [db.claimSummaries, db.claimDetails], async () => {
    await db.claimSummaries.bulkPut(split.map((s) => s.summary));
    await db.claimDetails.bulkPut(split.map((s) => s.detail));
  });
}
