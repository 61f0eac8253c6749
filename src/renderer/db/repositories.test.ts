import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from './database';
import {
  claimKey,
  exportDecisionLog,
  getChecklistDraft,
  getClaim,
  getEngineReport,
  getSetting,
  listClaims,
  listQueues,
  putEngineReport,
  queueIdForName,
  recordDecision,
  saveChecklistDraft,
  setSetting,
  verifyAuditChain,
} from './index';
import { makeClaimRow, makeDecision, makeQueueRow, putClaimRows, resetDatabase } from '@test/db-fixtures';

beforeEach(resetDatabase);

describe('repositories', () => {
  it("lists a queue's claims in manifest order, fast for 10,000 rows", async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => makeClaimRow('q-1', `c-${String(9_999 - i)}`, i));
    await putClaimRows([...rows].reverse());
    await putClaimRows([makeClaimRow('q-other', 'c-x', 0)]);
    const started = performance.now();
    const listed = await listClaims('q-1');
    // Generous: fake-indexeddb on a shared machine; real timing is measured in Chromium.
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(listed).toHaveLength(10_000);
    expect(listed.slice(0, 3).map((c) => c.claimId)).toEqual(['c-9999', 'c-9998', 'c-9997']);
    expect((await getClaim('q-1', 'c-5'))?.raw).toEqual({ claimId: 'c-5', extra: 'kept' });
  });

  it('keeps checklist drafts, settings and engine reports', async () => {
    await saveChecklistDraft({
      key: 'ignored',
      queueId: 'q-1',
      claimId: 'c-1',
      entries: [{ id: 'names', manualStatus: 'fail', note: 'n' }],
      updatedAt: '2026-11-20T10:00:00Z',
    });
    expect((await getChecklistDraft('q-1', 'c-1'))?.key).toBe(claimKey('q-1', 'c-1'));
    expect(await getSetting('reviewer', 'nobody')).toBe('nobody');
    await setSetting('reviewer', 'Ana');
    expect(await getSetting('reviewer', 'nobody', z.string())).toBe('Ana');
    await setSetting('pageSize', 'not a number');
    expect(await getSetting('pageSize', 50, z.number())).toBe(50);
    const report = { claimId: 'c-1', suggestedDecision: 'approve' as const, checks: [] };
    await putEngineReport({ key: 'k', report, computedAt: '2026-11-20T10:00:00Z' });
    expect((await getEngineReport('k'))?.report).toEqual(report);
  });

  it('derives a stable, readable queue ID from the manifest name', async () => {
    expect(queueIdForName('Week 47 CPOR batch')).toMatch(/^week-47-cpor-batch-[0-9a-f]{8}$/);
    expect(queueIdForName('Week 47 CPOR batch')).toBe(queueIdForName('Week 47 CPOR batch'));
    expect(queueIdForName('Week 47 CPOR Batch')).not.toBe(queueIdForName('Week 47 CPOR batch'));
    expect(queueIdForName('../../')).toMatch(/^queue-[0-9a-f]{8}$/);
    expect(await listQueues()).toEqual([]);
  });
});

describe('exportDecisionLog', () => {
  beforeEach(async () => {
    await db.queues.put(makeQueueRow({ header: { schema: 'poe-queue/1', name: 'Week 47' } }));
    await putClaimRows([makeClaimRow('q-1', 'c-1', 0), makeClaimRow('q-1', 'c-2', 1), makeClaimRow('q-1', 'c-3', 2)]);
    await recordDecision(makeDecision({ decisionId: 'd-2a', claimId: 'c-2', kind: 'reject', comment: '=cmd|calc' }));
    await recordDecision(makeDecision({ decisionId: 'd-1a' }));
    await recordDecision(makeDecision({ decisionId: 'd-1b', kind: 'action-required', supersedes: 'd-1a' }));
  });

  it('exports one row per decided claim, byte-identical twice, with the audit anchor', async () => {
    const a = await exportDecisionLog('q-1', 'csv', '0.2.0');
    const b = await exportDecisionLog('q-1', 'csv', '0.2.0');
    expect(b.content).toBe(a.content);
    expect(a.filename).toBe('q-1-decisions.csv');
    expect(a.mimeType).toMatch(/^text\/csv/);
    const lines = a.content.split('\r\n');
    expect(lines).toHaveLength(4); // header, 2 claims, trailing empty
    expect(lines[1]).toMatch(/^Week 47,c-1,action-required,/);
    expect(lines[2]).toContain(`'=cmd|calc`);
    const chain = await verifyAuditChain();
    expect(lines[1]).toContain(`,d-1b,d-1a,2,3,${chain.headHash}`);
  });

  it('exports JSON (poe-decisions/1) with raw values, every event and the claims with their unknown fields', async () => {
    const json = await exportDecisionLog('q-1', 'json', '0.2.0');
    expect((await exportDecisionLog('q-1', 'json', '0.2.0')).content).toBe(json.content);
    const doc = JSON.parse(json.content) as {
      schema: string;
      audit: { count: number };
      claims: { claimId: string; claim: { extra?: string } }[];
      events: { decisionId: string; comment: string; supersedes: string | null }[];
    };
    expect(doc.schema).toBe('poe-decisions/1');
    expect(doc.audit.count).toBe(3);
    expect(doc.claims.map((c) => c.claimId)).toEqual(['c-1', 'c-2']);
    expect(doc.events.map((e) => e.decisionId).sort()).toEqual(['d-1a', 'd-1b', 'd-2a']);
    expect(doc.events.find((e) => e.decisionId === 'd-2a')?.comment).toBe('=cmd|calc');
    expect(doc.claims[0]!.claim.extra).toBe('kept');
  });
});
