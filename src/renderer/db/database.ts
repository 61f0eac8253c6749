import Dexie, { type EntityTable } from 'dexie';
import type {
  AuditEventRow,
  ChecklistDraftRow,
  ClaimRow,
  DecisionRow,
  DocumentBlobRow,
  EngineCacheRow,
  QueueRow,
  SettingsRow,
} from './types';

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
  claims!: EntityTable<ClaimRow, 'key'>;
  decisions!: EntityTable<DecisionRow, 'decisionId'>;
  audit!: EntityTable<AuditEventRow, 'seq'>;
  checklistDrafts!: EntityTable<ChecklistDraftRow, 'key'>;
  engineCache!: EntityTable<EngineCacheRow, 'key'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  documentBlobs!: EntityTable<DocumentBlobRow, 'key'>;

  constructor(name = 'poe-reviewer', durability: 'strict' | 'relaxed' = 'strict') {
    super(name, { chromeTransactionDurability: durability });
    this.version(1).stores({
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
    });
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
