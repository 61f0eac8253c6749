import type { Decision } from '@shared/decisions/types';
import { db } from '@renderer/db/database';
import { buildClaimPages, newImportId } from '@renderer/db/claim-pages';
import { claimKey } from '@renderer/db/keys';
import type { ClaimRow, QueueRow } from '@renderer/db/types';

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

/** A queue row as an import leaves it ('Week 47', two claims); overrides replace fields. */
export function makeQueueRow(over: Partial<QueueRow> = {}): QueueRow {
  return {
    queueId: 'q-1',
    name: 'Week 47',
    source: 'folder',
    label: 'w47',
    importedAt: '2026-11-20T08:00:00Z',
    exportedAt: null,
    claimCount: 2,
    issues: [],
    header: {},
    importId: '',
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

/**
 * Stores whole claim rows the way an import does: each queue's rows become that queue's claims
 * (pages under a new import ID, replacing what it listed), and its queue row points at them
 * (a minimal queue row is made when there is none).
 */
export async function putClaimRows(rows: readonly ClaimRow[]): Promise<void> {
  const byQueue = new Map<string, ClaimRow[]>();
  for (const row of rows) byQueue.set(row.queueId, [...(byQueue.get(row.queueId) ?? []), row]);
  await db.transaction('rw', [db.queues, db.claimPages, db.claimDetailPages], async () => {
    for (const [queueId, queueRows] of byQueue) {
      const importId = newImportId();
      for (const page of buildClaimPages(queueId, importId, queueRows)) {
        await db.claimPages.put(page.summaries);
        await db.claimDetailPages.put(page.details);
      }
      const queue =
        (await db.queues.get(queueId)) ??
        makeQueueRow({ queueId, name: queueId, label: queueId, importedAt: '2026-11-20T08:00:00.000Z', claimCount: queueRows.length });
      await db.queues.put({ ...queue, importId });
    }
  });
}
