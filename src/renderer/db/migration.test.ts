import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, SCHEMA_V1 } from './database';
import { getClaim, getCurrentDecision, getQueue, listClaims, listClaimSummaries, recordDecision, verifyAuditChain } from './index';
import { ClaimSchema } from '@shared/queue/claim-schema';
import { rawClaim } from '@test/raw-claim';
import { claimKey } from './keys';
import { makeClaimRow, makeDecision, makeQueueRow } from '@test/db-fixtures';
import type { ClaimRow } from './types';

/** RELIABILITY 20: each earlier schema version's data opens in the current one, or stays as it was. */

const NAME = db.name;

/** Writes a database exactly as version 1 of the app did, then closes it. */
async function writeVersion1(claims: unknown[]): Promise<void> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('claims').bulkPut(claims);
  // Version 1 had no import ID on its queue rows.
  const { importId: _, ...queue } = makeQueueRow();
  await v1.table('queues').put(queue);
  await v1.table('decisions').put({ ...makeDecision({ kind: 'reject' }), savedSeq: 0 });
  v1.close();
}

async function readVersion1Claims(): Promise<{ version: number; tables: string[]; keys: unknown[] }> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  const result = {
    version: v1.verno,
    tables: v1.tables.map((t) => t.name).sort(),
    keys: await v1.table('claims').toCollection().primaryKeys(),
  };
  v1.close();
  return result;
}

/** A valid claim as an import stored it: the raw claim and ClaimSchema's reading of it. */
function validClaim(claimId: string, order: number): ClaimRow {
  const raw = rawClaim(claimId, { documents: [], crmNote: 'unknown field, kept' });
  return { ...makeClaimRow('q-1', claimId, order), raw, claim: ClaimSchema.parse(raw), isValid: true };
}

function claimWithDocument(claimId: string, order: number): ClaimRow {
  return {
    ...makeClaimRow('q-1', claimId, order),
    decisionKind: 'reject',
    issues: [{ severity: 'warning', queue: 'Week 47', claimId, message: 'note' }],
    documents: [
      {
        path: `${claimId}/sow.pdf`,
        sha256: 'b'.repeat(64),
        declaredSha256: null,
        state: 'ok',
        stateDetail: null,
        bytes: 12,
        mimeType: 'application/pdf',
      },
    ],
  };
}

beforeEach(async () => {
  db.close();
  await Dexie.delete(NAME);
});

afterEach(() => db.close());

describe('schema migration from version 1', () => {
  it('moves every version-1 claim into summary and detail rows, keeping queue, decisions and order', async () => {
    const rows = [claimWithDocument('c-2', 1), claimWithDocument('c-1', 0), validClaim('c-3', 2)];
    await writeVersion1(rows);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('claims');
    expect((await listClaims('q-1')).map((r) => r.claimId)).toEqual(['c-1', 'c-2', 'c-3']);
    // A valid claim keeps its parsed form (derived again from the raw claim), unknown fields included.
    const valid = await getClaim('q-1', 'c-3');
    expect(valid?.claim).toEqual(rows[2]!.claim);
    expect(valid?.claim).toMatchObject({ crmNote: 'unknown field, kept', partner: { partnerId: '5272302' } });
    expect(valid?.raw).toEqual(rows[2]!.raw);
    // The stored decisionKind was a copy; the decisions table (none for c-2) now says it.
    expect(await getClaim('q-1', 'c-2')).toEqual({ ...rows[0], decisionKind: 'none' });
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

/** The whole schema as version 3 of the app declared it (claims in summary and detail rows). */
const SCHEMA_V3 = { ...SCHEMA_V1, claims: null, claimSummaries: 'key, [queueId+order], queueId', claimDetails: 'key, queueId' };

async function writeVersion3(queues: { queueId: string; claims: ClaimRow[] }[], orphans: ClaimRow[] = []): Promise<void> {
  const v3 = new Dexie(NAME);
  v3.version(3).stores(SCHEMA_V3);
  await v3.open();
  for (const { queueId, claims } of queues) {
    await v3.table('queues').put({
      queueId,
      name: queueId,
      source: 'zip',
      label: `${queueId}.zip`,
      importedAt: '2026-11-21T08:00:00Z',
      exportedAt: null,
      claimCount: claims.length,
      issues: [],
      header: { owner: 'x' },
    });
  }
  for (const row of [...queues.flatMap((q) => q.claims), ...orphans]) {
    const { claim, raw, documents, ...summary } = row;
    await v3.table('claimSummaries').put(summary);
    await v3.table('claimDetails').put({ key: row.key, queueId: row.queueId, claim, raw, documents });
  }
  await v3.table('decisions').put({ ...makeDecision({ claimId: 'c-0700', kind: 'action-required' }), savedSeq: 0 });
  v3.close();
}

describe('schema migration from version 3 (claims in pages)', () => {
  it("moves each queue's claims into pages in manifest order, whole, with decisions still current", async () => {
    const many = Array.from({ length: 1_203 }, (_, i) => ({
      ...claimWithDocument(`c-${String(i).padStart(4, '0')}`, i),
      decisionKind: 'none' as const,
    }));
    const other = [
      { ...makeClaimRow('q-2', 'z-1', 0), decisionKind: 'none' as const },
      { ...validClaim('z-2', 1), key: claimKey('q-2', 'z-2'), queueId: 'q-2' },
    ];
    // Written in a shuffled order: the pages follow `order`, not the keys.
    await writeVersion3(
      [
        { queueId: 'q-1', claims: [...many].reverse() },
        { queueId: 'q-2', claims: other },
      ],
      [makeClaimRow('q-gone', 'o-1', 0)],
    );
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('claimSummaries');
    expect(db.tables.map((t) => t.name)).not.toContain('claimDetails');
    const listed = await listClaims('q-1');
    expect(listed.map((r) => r.claimId)).toEqual(many.map((r) => r.claimId));
    expect(listed.find((r) => r.claimId === 'c-0700')?.decisionKind).toBe('action-required');
    expect(await getClaim('q-1', 'c-1202')).toEqual(many[1_202]);
    expect(await listClaims('q-2')).toEqual(other);
    expect(await getQueue('q-1')).toMatchObject({
      label: 'q-1.zip',
      header: { owner: 'x' },
      importId: expect.stringMatching(/^schema-v4-upgrade-/),
    });
    // 1,203 claims make 3 pages of at most 500; the orphan (no queue row) is not carried over.
    expect(await db.claimPages.where('queueId').equals('q-1').count()).toBe(3);
    expect(await db.claimPages.where('queueId').equals('q-gone').count()).toBe(0);
  });

  it('leaves the version-3 data intact when the upgrade fails, and upgrades on the next start', async () => {
    const rows = [{ ...claimWithDocument('c-1', 0), decisionKind: 'none' as const }];
    await writeVersion3([{ queueId: 'q-1', claims: rows }]);
    // Any failure inside the upgrade (here: no ID for the new pages; in life, a full disk).
    const failing = vi.spyOn(crypto, 'randomUUID').mockImplementation(() => {
      throw new Error('disk full');
    });
    try {
      await expect(db.open()).rejects.toThrow(/disk full/);
    } finally {
      failing.mockRestore();
    }
    db.close();
    const v3 = new Dexie(NAME);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    expect(v3.verno).toBe(3);
    expect(await v3.table('claimSummaries').count()).toBe(1);
    expect(await v3.table('claimDetails').count()).toBe(1);
    v3.close();
    await db.open();
    expect(await getClaim('q-1', 'c-1')).toEqual(rows[0]);
  });
});

describe('schema version 7: decision events', () => {
  it('gives decisions saved before it their events, chained per reviewer', async () => {
    await writeVersion1([claimWithDocument('c-1', 0)]);
    await db.open();
    const events = await db.decisionEvents.where('queueId').equals('q-1').toArray();
    expect(events.map((r) => [r.decisionId, r.event.kind, r.event.prev, r.origin])).toEqual([['d-1', 'reject', null, 'local']]);
    await recordDecision(makeDecision({ decisionId: 'd-2', kind: 'approve', supersedes: 'd-1' }));
    const after = await db.decisionEvents.where('queueId').equals('q-1').toArray();
    expect(after[1]!.event.prev).toBe(after[0]!.hash);
  });
});
