import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { buildClaimPages } from './claim-pages';
import type {
  AuditEventRow,
  ChecklistDraftRow,
  ClaimDetailPageRow,
  ClaimDetailRow,
  ClaimPageRow,
  ClaimRow,
  ClaimSummaryRow,
  DecisionEventRow,
  DecisionRow,
  DocumentBlobRow,
  EngineCacheRow,
  OcrCacheRow,
  QueueRow,
  SettingsRow,
  TeamBatchRow,
  TriageRow,
  UndoRow,
} from './types';
import { backfillDecisionEvents } from './decision-events-backfill';

/**
 * The one IndexedDB database. Schema versions are only ever added, never edited: a new
 * version(n) with its upgrade keeps earlier users' data readable. Only modules in this folder
 * touch the tables.
 *
 * chromeTransactionDurability 'strict': Chrome commits "relaxed" by default (the OS may still
 * hold the write when the promise resolves); a decision the UI shows as saved must survive a
 * power cut.
 */
export class PoeDatabase extends Dexie {
  queues!: EntityTable<QueueRow, 'queueId'>;
  claimPages!: EntityTable<ClaimPageRow, 'key'>;
  claimDetailPages!: EntityTable<ClaimDetailPageRow, 'key'>;
  decisions!: EntityTable<DecisionRow, 'decisionId'>;
  audit!: EntityTable<AuditEventRow, 'seq'>;
  checklistDrafts!: EntityTable<ChecklistDraftRow, 'key'>;
  engineCache!: EntityTable<EngineCacheRow, 'key'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  documentBlobs!: EntityTable<DocumentBlobRow, 'key'>;
  decisionEvents!: EntityTable<DecisionEventRow, 'seq'>;
  teamBatches!: EntityTable<TeamBatchRow, 'batchId'>;
  triage!: EntityTable<TriageRow, 'key'>;
  undos!: EntityTable<UndoRow, 'undoId'>;
  ocrCache!: EntityTable<OcrCacheRow, 'key'>;

  constructor(name = 'poe-reviewer', durability: 'strict' | 'relaxed' = 'strict') {
    super(name, { chromeTransactionDurability: durability });
    this.version(1).stores(SCHEMA_V1);
    // Version 2 splits claims: the list reads small summary rows only (10,000 full rows took
    // ~0.6 s of main thread to read), and an open claim reads its detail row.
    this.version(2)
      .stores({
        claimSummaries: 'key, [queueId+order], queueId',
        claimDetails: 'key, queueId',
      })
      .upgrade(migrateClaimsToV2);
    // Dropped a version later: Dexie lets an upgrade read a table only up to the version that deletes it.
    this.version(3).stores({ claims: null });
    // Version 4 stores claims in pages, one set per import (ClaimPageRow): 40 rows for 10,000
    // claims instead of 20,000, and a re-import switches its queue to its new pages at once.
    this.version(4)
      .stores({
        claimPages: 'key, queueId, *claimKeys',
        claimDetailPages: 'key, queueId',
      })
      .upgrade(migrateClaimsToV4);
    this.version(5).stores({ claimSummaries: null, claimDetails: null });
    // Version 6: triage, the engine's outcome and link/clock facts per claim (features/triage);
    // undos, each naming the decision it revokes (decisions are never edited or deleted).
    this.version(6).stores({ triage: 'key, queueId', undos: 'undoId, queueId, revokes' });
    // Version 7 (6 is the review desk's): the decision log's events, verbatim and append-only
    // (decision-events.ts), and the lead's batches. Decisions saved before it get their events.
    this.version(7)
      .stores({
        decisionEvents: '++seq, &hash, decisionId, queueId, [queueId+reviewer], [queueId+claimId]',
        teamBatches: 'batchId, queueId',
      })
      .upgrade(backfillDecisionEvents);
    // Version 8: OCR of scanned documents by hash, languages and engine (ocr-cache.ts).
    this.version(8).stores({ ocrCache: 'key, sha256' });
  }
}

/** The version-1 schema, kept verbatim (and exported for the migration tests). */
export const SCHEMA_V1 = {
  queues: 'queueId',
  // [queueId+order] lists a queue in manifest order straight from the index.
  claims: 'key, [queueId+order], queueId',
  decisions: 'decisionId, [queueId+claimId], queueId',
  // seq is assigned by the hash chain (last + 1) inside the writing transaction, so the
  // chain has no gaps even when a transaction aborts.
  audit: '++seq, queueId, type',
  checklistDrafts: 'key, queueId',
  engineCache: 'key',
  settings: 'key',
  documentBlobs: 'key, queueId',
};

const MIGRATE_BATCH = 500;

/**
 * Copies every version-1 claim row into its summary and detail rows, a batch at a time. Runs
 * inside the upgrade transaction: any failure (a row without a string key or queue, a quota
 * error) aborts it, and IndexedDB then keeps the version-1 database exactly as it was.
 */
export async function migrateClaimsToV2(tx: Transaction): Promise<void> {
  const claims = tx.table<ClaimRow, string>('claims');
  const keys = await claims.toCollection().primaryKeys();
  for (let start = 0; start < keys.length; start += MIGRATE_BATCH) {
    const rows = await claims.bulkGet(keys.slice(start, start + MIGRATE_BATCH));
    const split = rows.map((row, i) => {
      if (!row || typeof row.key !== 'string' || typeof row.queueId !== 'string') {
        throw new Error(`cannot migrate stored claim ${String(keys[start + i])}: it has no queue or key`);
      }
      // Version 2's row shapes, kept as they were (a later upgrade reads them).
      const { claim, raw, documents, ...summary } = row;
      return { summary, detail: { key: row.key, queueId: row.queueId, claim, raw, documents } };
    });
    await tx.table<ClaimSummaryRow, string>('claimSummaries').bulkPut(split.map((s) => s.summary));
    await tx.table<ClaimDetailRow, string>('claimDetails').bulkPut(split.map((s) => s.detail));
  }
}

/**
 * Rewrites each queue's version-2 summary and detail rows as pages under one import ID, and
 * points the queue row at it. Claim rows of a queue without a queue row (an import interrupted
 * before its end, never listed) are not carried over; decisions are untouched. As in version 2,
 * a failure aborts the upgrade and leaves the database as it was.
 */
export async function migrateClaimsToV4(tx: Transaction): Promise<void> {
  const queues = tx.table<QueueRow, string>('queues');
  const summaries = tx.table<ClaimSummaryRow, string>('claimSummaries');
  const details = tx.table<ClaimDetailRow, string>('claimDetails');
  for (const queue of await queues.toArray()) {
    const importId = `schema-v4-upgrade-${crypto.randomUUID()}`;
    const listed = await summaries.where('queueId').equals(queue.queueId).toArray();
    const found = await details.bulkGet(listed.map((s) => s.key));
    const rows: ClaimRow[] = listed.map((summary, i) => {
      const detail = found[i];
      return {
        ...summary,
        decisionKind: 'none',
        claim: detail?.claim ?? null,
        raw: detail?.raw ?? null,
        documents: detail?.documents ?? [],
      };
    });
    for (const page of buildClaimPages(queue.queueId, importId, rows)) {
      await tx.table<ClaimPageRow, string>('claimPages').put(page.summaries);
      await tx.table<ClaimDetailPageRow, string>('claimDetailPages').put(page.details);
    }
    await queues.put({ ...queue, importId });
  }
}

export const db = new PoeDatabase();

/**
 * A second connection to the same database for the bulk claim writes of an import only:
 * 'relaxed' commits skip a flush per batch (20 flushes for 10,000 claims). Safe because an
 * interrupted import is simply run again; the queue row and its audit event, decisions and
 * everything else go through the strict connection above.
 */
export const bulkDb = new PoeDatabase('poe-reviewer', 'relaxed');
