import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, SCHEMA_V1 } from './database';
import { getClaim, getCurrentDecision, getQueue, listClaims, listClaimSummaries, recordDecision, verifyAuditChain } from './index';
import { makeClaimRow, makeDecision } from './test-fixtures';
import type { ClaimRow } from './types';

/** RELIABILITY 20: each earlier schema version's data opens in the current one, or stays as it was. */

const NAME = db.name;

/** Writes a database exactly as version 1 of the app did, then closes it. */
async function writeVersion1(claims: unknown[]): Promise<void> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('claims').bulkPut(claims);
  await v1.table('queues').put({ queueId: 'q-1', name: 'Week 47', source: 'folder', label: 'w47', importedAt: '2026-11-20T08:00:00Z', exportedAt: null, claimCount: 2, issues: [], header: {} });
  await v1.table('decisions').put({ ...makeDecision({ kind: 'reject' }), savedSeq: 0 });
  v1.close();
}

async function readVersion1Claims(): Promise<{ version: number; tables: string[]; keys: unknown[] }> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  const result = { version: v1.verno, tables: v1.tables.map((t) => t.name).sort(), keys: await v1.table('claims').toCollection().primaryKeys() };
  v1.close();
  return result;
}

function claimWithDocument(claimId: string, order: number): ClaimRow {
  return {
    ...makeClaimRow('q-1', claimId, order),
    decisionKind: 'reject',
    issues: [{ severity: 'warning', queue: 'Week 47', claimId, message: 'note' }],
    documents: [{ path: `${claimId}/sow.pdf`, sha256: 'b'.repeat(64), declaredSha256: null, state: 'ok', stateDetail: null, bytes: 12, mimeType: 'application/pdf' }],
  };
}

beforeEach(async () => {
  db.close();
  await Dexie.delete(NAME);
});

afterEach(() => db.close());

describe('schema migration from version 1', () => {
  it('moves every version-1 claim into summary and detail rows, keeping queue, decisions and order', async () => {
    const rows = [claimWithDocument('c-2', 1), claimWithDocument('c-1', 0)];
    await writeVersion1(rows);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('claims');
    expect((await listClaims('q-1')).map((r) => r.claimId)).toEqual(['c-1', 'c-2']);
    expect(await getClaim('q-1', 'c-2')).toEqual(rows[0]);
    const [summary] = await listClaimSummaries('q-1');
    expect(summary).not.toHaveProperty('raw');
    expect(summary).toMatchObject({ claimId: 'c-1', partnerName: 'Fabrikam', decisionKind: 'reject', issues: rows[1]!.issues });
    expect(await getQueue('q-1')).toMatchObject({ name: 'Week 47' });
    expect((await getCurrentDecision('q-1', 'c-1'))?.kind).toBe('reject');
    // Decisions still update the migrated claim's list column.
    await recordDecision(makeDecision({ decisionId: 'd-2', kind: 'approve', supersedes: 'd-1' }));
    expect((await getClaim('q-1', 'c-1'))?.decisionKind).toBe('approve');
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it('opens an empty version-1 database', async () => {
    await writeVersion1([]);
    await db.open();
    expect(await listClaims('q-1')).toEqual([]);
  });

  it('leaves the version-1 data intact when the upgrade fails, and upgrades once the bad row is gone', async () => {
    await writeVersion1([claimWithDocument('c-1', 0), { ...claimWithDocument('c-2', 1), key: 42 }]);
    await expect(db.open()).rejects.toThrow(/cannot migrate stored claim 42/);
    db.close();
    const after = await readVersion1Claims();
    expect(after.version).toBe(1);
    expect(after.tables).toContain('claims');
    expect(after.tables).not.toContain('claimSummaries');
    expect(after.keys).toHaveLength(2);

    const v1 = new Dexie(NAME);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('claims').delete(42);
    v1.close();
    await db.open();
    expect((await listClaims('q-1')).map((r) => r.claimId)).toEqual(['c-1']);
  });
});
