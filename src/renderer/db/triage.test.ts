import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import { listAllTriage, putTriage } from './triage';
import type { QueueRow, TriageRow } from './types';
import { resetDatabase } from '@test/db-fixtures';

beforeEach(resetDatabase);

const queue = (queueId: string, importId: string): QueueRow => ({
  queueId,
  name: queueId,
  source: 'zip',
  label: `${queueId}.zip`,
  importedAt: '2026-11-20T10:00:00Z',
  exportedAt: null,
  claimCount: 1,
  issues: [],
  header: {},
  importId,
});

const row = (queueId: string, claimId: string, importId: string): TriageRow => ({
  key: `${queueId}\u0000${claimId}`,
  queueId,
  claimId,
  importId,
  engine: 'done',
  message: null,
  suggestedDecision: 'approve',
  failing: [],
  review: [],
  documents: [],
  clock: null,
  link: null,
  computedAt: '2026-11-20T10:00:00Z',
});

describe('triage rows across queues', () => {
  it("gives every queue's rows of its current import only: a claim a re-import dropped links with nothing", async () => {
    await db.queues.bulkPut([queue('week-47', 'imp-2'), queue('week-48', 'imp-1')]);
    await putTriage([
      row('week-47', 'A-1', 'imp-2'),
      row('week-47', 'GONE', 'imp-1'),
      row('week-48', 'X-9', 'imp-1'),
      row('deleted', 'Z', 'imp-1'),
    ]);
    expect((await listAllTriage()).map((r) => r.key).sort()).toEqual(['week-47\u0000A-1', 'week-48\u0000X-9']);
  });
});
