import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyDecisionLogText } from '@shared/decision-log/verify';
import { mergeDecisionLogs } from '@shared/decision-log/merge';
import { db } from './database';
import { decisionEvents } from './decision-events';
import { exportDecisionLog, recordDecision } from './index';
import { makeClaimRow, makeDecision, putClaimRows, resetDatabase } from '@test/db-fixtures';

beforeEach(async () => {
  await resetDatabase();
  await putClaimRows([makeClaimRow('q-1', 'c-1', 0), makeClaimRow('q-1', 'c-2', 1)]);
});

describe('decision events', () => {
  it('a saved decision appends an event to its reviewer’s chain in the same transaction', async () => {
    await recordDecision(makeDecision());
    await recordDecision(makeDecision({ decisionId: 'd-2', claimId: 'c-2', reviewer: 'Ben', kind: 'reject', reasons: ['names-missing'] }));
    await recordDecision(makeDecision({ decisionId: 'd-3', kind: 'reject', reasons: ['names-missing'], supersedes: 'd-1' }));
    const events = await decisionEvents.list('q-1');
    expect(events.map((e) => [e.decisionId, e.reviewer, e.type, e.kind, e.supersedes])).toEqual([
      ['d-1', 'Ana', 'decision', 'approve', null],
      ['d-2', 'Ben', 'decision', 'reject', null],
      ['d-3', 'Ana', 'decision', 'reject', 'd-1'],
    ]);
    expect(events[0]!.prev).toBeNull();
    expect(events[1]!.prev).toBeNull();
    expect(events[2]!.prev).toBe(events[0]!.hash);
    expect(events[0]!.ruleset).toMatchObject({ id: 'poe-default' });
  });

  it('a refused decision leaves no event behind', async () => {
    await putClaimRows([{ ...makeClaimRow('q-1', 'c-1#2', 2), duplicateOf: 'c-1' }]);
    await expect(recordDecision(makeDecision({ claimId: 'c-1#2' }))).rejects.toThrow(/second copy/);
    expect(await db.decisionEvents.count()).toBe(0);
  });

  it('Export JSON writes a poe-decisions/1 log that verifies and merges with another reviewer’s', async () => {
    await recordDecision(makeDecision());
    const file = await exportDecisionLog('q-1', 'json', '0.1.0');
    expect(verifyDecisionLogText(file.content)).toMatchObject({ ok: true, count: 1, last: { reviewer: 'Ana' } });
    const log = JSON.parse(file.content) as { schema: string; queue: { queueId: string } };
    expect(log).toMatchObject({ schema: 'poe-decisions/1', queue: { queueId: 'q-1' } });

    await resetDatabase();
    await putClaimRows([makeClaimRow('q-1', 'c-1', 0)]);
    await recordDecision(makeDecision({ decisionId: 'b-1', reviewer: 'Ben', kind: 'reject', reasons: ['names-missing'] }));
    const other = JSON.parse((await exportDecisionLog('q-1', 'json', '0.1.0')).content) as unknown;
    const merged = mergeDecisionLogs([
      { source: 'ana', data: log },
      { source: 'ben', data: other },
    ]);
    expect(merged.disagreements.map((d) => d.claimId)).toEqual(['c-1']);
    const result = await decisionEvents.addVerified(merged.log!.events, 'merged.json');
    expect(result).toEqual({ added: 1, skipped: 1 });
    expect(await decisionEvents.addVerified(merged.log!.events, 'merged.json')).toEqual({ added: 0, skipped: 2 });
  });
});
