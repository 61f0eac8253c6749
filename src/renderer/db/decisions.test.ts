import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import {
  getClaim,
  getCurrentDecision,
  getDecisionHistory,
  exportDecisionLog,
  listAuditEvents,
  listCurrentDecisions,
  recordDecision,
  restoreDecisionsFromJournal,
  verifyAuditChain,
} from './index';
import { makeClaimRow, makeDecision, makeQueueRow, putClaimRows, resetDatabase } from '@test/db-fixtures';

beforeEach(async () => {
  await resetDatabase();
  await putClaimRows([makeClaimRow('q-1', 'c-1', 0), makeClaimRow('q-1', 'c-2', 1)]);
});

describe('recordDecision', () => {
  it('writes the decision, a chained audit event and the claim row kind together', async () => {
    expect(await recordDecision(makeDecision())).toBe('saved');
    expect(await getCurrentDecision('q-1', 'c-1')).toEqual(makeDecision());
    expect((await getClaim('q-1', 'c-1'))?.decisionKind).toBe('approve');
    const events = await listAuditEvents('q-1');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ seq: 1, type: 'decision-recorded', actor: 'Ana', claimId: 'c-1', payload: makeDecision() });
    expect(await verifyAuditChain()).toMatchObject({ ok: true, count: 1, headHash: events[0]!.hash });
  });

  it('is idempotent by decisionId: a retry writes nothing', async () => {
    await recordDecision(makeDecision());
    expect(await recordDecision(makeDecision())).toBe('already-saved');
    expect(await recordDecision(makeDecision({ comment: 'retry with other text' }))).toBe('already-saved');
    expect(await getDecisionHistory('q-1', 'c-1')).toHaveLength(1);
    expect(await db.audit.count()).toBe(1);
  });

  it('records a changed decision as decision-changed and keeps the history, oldest first', async () => {
    await recordDecision(makeDecision());
    await recordDecision(
      makeDecision({
        decisionId: 'd-2',
        kind: 'reject',
        reasons: ['competing-claim'],
        supersedes: 'd-1',
        decidedAt: '2026-11-20T09:00:00.000Z',
      }),
    );
    expect((await getDecisionHistory('q-1', 'c-1')).map((d) => d.decisionId)).toEqual(['d-1', 'd-2']);
    expect((await getCurrentDecision('q-1', 'c-1'))?.kind).toBe('reject');
    expect((await getClaim('q-1', 'c-1'))?.decisionKind).toBe('reject');
    expect((await listAuditEvents()).map((e) => e.type)).toEqual(['decision-recorded', 'decision-changed']);
    expect((await listCurrentDecisions('q-1')).map((d) => d.decisionId)).toEqual(['d-2']);
  });

  it('refuses an invalid decision without writing anything', async () => {
    await expect(recordDecision(makeDecision({ reviewer: '' }))).rejects.toThrow(/Decision not saved: reviewer/);
    expect(await db.decisions.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('writes nothing when the audit write fails inside the transaction (both or neither)', async () => {
    const failAudit = (): never => {
      throw new Error('QuotaExceededError: disk full');
    };
    db.audit.hook('creating', failAudit);
    try {
      await expect(recordDecision(makeDecision())).rejects.toThrow(/disk full/);
    } finally {
      db.audit.hook('creating').unsubscribe(failAudit);
    }
    expect(await db.decisions.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    expect((await getClaim('q-1', 'c-1'))?.decisionKind).toBe('none');
    // Earlier state intact and the retry goes through.
    expect(await recordDecision(makeDecision())).toBe('saved');
    expect(await verifyAuditChain()).toMatchObject({ ok: true, count: 1 });
  });

  it('keeps the earlier decision when a later save fails', async () => {
    await recordDecision(makeDecision());
    const failClaims = (): never => {
      throw new Error('write failed');
    };
    db.decisions.hook('creating', failClaims);
    try {
      await expect(recordDecision(makeDecision({ decisionId: 'd-2', kind: 'reject', supersedes: 'd-1' }))).rejects.toThrow(/write failed/);
    } finally {
      db.decisions.hook('creating').unsubscribe(failClaims);
    }
    expect((await getDecisionHistory('q-1', 'c-1')).map((d) => d.decisionId)).toEqual(['d-1']);
    expect(await db.audit.count()).toBe(1);
    expect((await getClaim('q-1', 'c-1'))?.decisionKind).toBe('approve');
  });

  it('keeps one unbroken chain under concurrent saves', async () => {
    const saves = Array.from({ length: 20 }, (_, i) =>
      recordDecision(makeDecision({ decisionId: `d-${i}`, claimId: i % 2 ? 'c-1' : 'c-2' })),
    );
    expect(await Promise.all(saves)).toEqual(Array(20).fill('saved'));
    const events = await listAuditEvents();
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await verifyAuditChain()).toMatchObject({ ok: true, count: 20 });
  });

  it('accepts a decision for a claim not imported yet (restore before import)', async () => {
    expect(await recordDecision(makeDecision({ queueId: 'q-2', claimId: 'later' }))).toBe('saved');
    expect(await getCurrentDecision('q-2', 'later')).toMatchObject({ queueId: 'q-2', claimId: 'later', kind: 'approve', reviewer: 'Ana' });
  });
});

describe('verifyAuditChain', () => {
  it('names the first event edited or deleted in the database', async () => {
    for (let i = 0; i < 4; i++) await recordDecision(makeDecision({ decisionId: `d-${i}` }));
    await db.audit.update(3, { actor: 'Mallory' });
    expect(await verifyAuditChain()).toMatchObject({ ok: false, count: 4, firstBadSeq: 3 });
    await resetDatabase();
    for (let i = 0; i < 4; i++) await recordDecision(makeDecision({ decisionId: `d-${i}` }));
    await db.audit.delete(2);
    expect(await verifyAuditChain()).toMatchObject({ ok: false, firstBadSeq: 3, reason: expect.stringMatching(/missing/) });
  });
});

describe("verifyAuditChain with an export's anchor", () => {
  it('detects a cut tail that the chain alone cannot show', async () => {
    await db.queues.put(makeQueueRow({ name: 'Q', label: 'q' }));
    for (let i = 0; i < 3; i++) await recordDecision(makeDecision({ decisionId: `d-${i}` }));
    const exported = JSON.parse((await exportDecisionLog('q-1', 'json', '0.1.0')).content) as {
      audit: { count: number; headHash: string };
    };
    expect(exported.audit.count).toBe(3);
    expect(await verifyAuditChain(exported.audit)).toMatchObject({ ok: true, count: 3 });
    await db.audit.delete(3);
    expect((await verifyAuditChain()).ok).toBe(true);
    expect(await verifyAuditChain(exported.audit)).toMatchObject({
      ok: false,
      count: 2,
      firstBadSeq: 3,
      reason: expect.stringMatching(/tail was cut/),
    });
  });
});

describe('restoreDecisionsFromJournal', () => {
  it('restores missing decisions in journal order, skips present ones, reports bad lines, and is idempotent', async () => {
    await recordDecision(makeDecision());
    const journal = [
      JSON.stringify(makeDecision()),
      JSON.stringify(makeDecision({ decisionId: 'd-2', kind: 'reject', supersedes: 'd-1' })),
      '{ not json',
      JSON.stringify({ decision: makeDecision({ decisionId: 'd-3', claimId: 'c-2', kind: 'action-required' }) }),
      JSON.stringify({ decisionId: 'x' }),
      '',
    ].join('\n');
    const first = await restoreDecisionsFromJournal(journal);
    expect(first).toEqual({
      restored: 2,
      skipped: 1,
      errors: ['line 3: not valid JSON', expect.stringMatching(/^line 5: not a decision/)],
    });
    expect((await getCurrentDecision('q-1', 'c-1'))?.decisionId).toBe('d-2');
    expect((await getClaim('q-1', 'c-2'))?.decisionKind).toBe('action-required');
    const second = await restoreDecisionsFromJournal(journal);
    expect(second).toMatchObject({ restored: 0, skipped: 3 });
    expect(await db.decisions.count()).toBe(3);
    expect((await listAuditEvents()).filter((e) => e.type === 'restore')).toHaveLength(2);
    expect((await verifyAuditChain()).ok).toBe(true);
  });
});
