import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import {
  currentDecisionKinds,
  exportDecisionLog,
  getCurrentDecision,
  getDecisionHistory,
  lastUndoableDecision,
  listAuditEvents,
  recordDecision,
  recordUndo,
  restoreDecisionsFromJournal,
  undoneDecisionIds,
  verifyAuditChain,
} from './index';
import { makeClaimRow, makeDecision, putClaimRows, resetDatabase } from '@test/db-fixtures';

beforeEach(async () => {
  await resetDatabase();
  await putClaimRows([makeClaimRow('q-1', 'c-1', 0), makeClaimRow('q-1', 'c-2', 1)]);
});

const undo = (revokes: string, undoId = `u-${revokes}`) => ({
  undoId,
  queueId: 'q-1',
  claimId: 'c-1',
  revokes,
  reviewer: 'Ana',
  undoneAt: '2026-11-20T11:00:00.000Z',
  appVersion: '0.1.0',
});

describe('undo', () => {
  it('is a new audit event naming the revoked decision; the decision itself stays', async () => {
    await recordDecision(makeDecision());
    expect(await recordUndo(undo('d-1'))).toBe('saved');
    expect(await getCurrentDecision('q-1', 'c-1')).toBeUndefined();
    expect((await currentDecisionKinds('q-1')).has('c-1')).toBe(false);
    expect(await getDecisionHistory('q-1', 'c-1')).toHaveLength(1);
    expect([...(await undoneDecisionIds('q-1', 'c-1'))]).toEqual(['d-1']);
    const events = await listAuditEvents('q-1');
    expect(events.map((e) => e.type)).toEqual(['decision-recorded', 'decision-undone']);
    expect(events[1]!.payload).toMatchObject({ revokes: 'd-1' });
    expect((await verifyAuditChain()).ok).toBe(true);
    const logEvents = (await db.decisionEvents.toArray()).map((r) => r.event);
    expect(logEvents.map((e) => [e.type, e.supersedes])).toEqual([
      ['decision', null],
      ['undo', 'd-1'],
    ]);
    expect(logEvents[1]!.prev).toBe(logEvents[0]!.hash);
  });

  it('brings back the decision before a changed one, and steps back through the reviewer’s decisions', async () => {
    await recordDecision(makeDecision());
    await recordDecision(makeDecision({ decisionId: 'd-2', kind: 'reject', reasons: ['other'], comment: 'x', supersedes: 'd-1' }));
    expect((await lastUndoableDecision('q-1', 'Ana'))?.decisionId).toBe('d-2');
    await recordUndo(undo('d-2'));
    expect((await getCurrentDecision('q-1', 'c-1'))?.decisionId).toBe('d-1');
    expect((await lastUndoableDecision('q-1', 'Ana'))?.decisionId).toBe('d-1');
    expect(await lastUndoableDecision('q-1', 'Ben')).toBeUndefined();
  });

  it('refuses undoing twice or a decision that does not exist, and is idempotent by undoId', async () => {
    await recordDecision(makeDecision());
    await recordUndo(undo('d-1'));
    expect(await recordUndo(undo('d-1'))).toBe('already-saved');
    await expect(recordUndo(undo('d-1', 'u-other'))).rejects.toThrow('already undone');
    await expect(recordUndo(undo('d-9'))).rejects.toThrow('not stored');
    expect(await db.undos.count()).toBe(1);
  });

  it('leaves an undone claim out of the export, and comes back from the journal', async () => {
    await recordDecision(makeDecision());
    await recordUndo(undo('d-1'));
    const csv = (await exportDecisionLog('q-1', 'csv', '0.1.0')).content;
    expect(csv.trim().split('\r\n')).toHaveLength(1);
    const log = JSON.parse((await exportDecisionLog('q-1', 'json', '0.1.0')).content) as {
      events: { type: string; supersedes: string | null }[];
    };
    expect(log.events.map((e) => [e.type, e.supersedes])).toEqual([
      ['decision', null],
      ['undo', 'd-1'],
    ]);
    await resetDatabase();
    await putClaimRows([makeClaimRow('q-1', 'c-1', 0)]);
    const journal = [JSON.stringify(makeDecision()), JSON.stringify({ undo: undo('d-1') })].join('\n');
    expect(await restoreDecisionsFromJournal(journal)).toMatchObject({ restored: 2, errors: [] });
    expect(await getCurrentDecision('q-1', 'c-1')).toBeUndefined();
  });
});
