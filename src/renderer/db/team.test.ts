import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { findDisagreements } from '@shared/decision-log/outcomes';
import { logOf, roundTrip, TEST_QUEUE } from '@shared/decision-log/testing';
import { verifyDecisionLogText } from '@shared/decision-log/verify';
import { buildDecisionLog, serializeDecisionLog } from '@shared/decision-log/chain';
import { resetDatabase } from '@test/db-fixtures';
import { importDecisionLogs, listLogEvents, listMergedLogEvents, settleDisagreement } from './team';

beforeEach(async () => {
  await resetDatabase();
});

const ana = () =>
  roundTrip(
    logOf([
      { reviewer: 'Ana', claimId: '1', kind: 'approve' },
      { reviewer: 'Ana', claimId: '2', kind: 'approve' },
    ]),
  );
const ben = () =>
  roundTrip(
    logOf([
      { reviewer: 'Ben', claimId: '1', kind: 'reject' },
      { reviewer: 'Ben', claimId: '2', kind: 'approve' },
    ]),
  );

describe('importDecisionLogs', () => {
  it('merges logs once: a second import of the same logs adds nothing', async () => {
    const first = await importDecisionLogs(TEST_QUEUE, [
      { source: 'ana.json', data: ana() },
      { source: 'ben.json', data: ben() },
    ]);
    expect(first).toEqual([
      { source: 'ana.json', added: 2, events: 2 },
      { source: 'ben.json', added: 2, events: 2 },
    ]);
    const again = await importDecisionLogs(TEST_QUEUE, [
      { source: 'ben.json', data: ben() },
      { source: 'ana.json', data: ana() },
    ]);
    expect(again.map((r) => r.added)).toEqual([0, 0]);
    const events = await listLogEvents(TEST_QUEUE.queueId);
    expect(events).toHaveLength(4);
    expect(findDisagreements(events).map((d) => d.claimId)).toEqual(['1']);
  });

  it("gives the lead's list the team's events only once another reviewer's log was merged", async () => {
    expect(await listMergedLogEvents(TEST_QUEUE.queueId)).toBeNull();
    await importDecisionLogs(TEST_QUEUE, [{ source: 'ana.json', data: ana() }]);
    expect((await listMergedLogEvents(TEST_QUEUE.queueId))?.map((e) => e.claimId)).toEqual(['1', '2']);
    expect(await listMergedLogEvents('other-queue')).toBeNull();
  });

  it('refuses a broken log and one of another queue with the reason, and keeps what was merged', async () => {
    await importDecisionLogs(TEST_QUEUE, [{ source: 'ana.json', data: ana() }]);
    const broken = ben();
    (broken.events[1] as { kind: string }).kind = 'reject';
    const foreign = roundTrip(buildDecisionLog({ queue: { queueId: 'other-queue', name: 'Other' }, events: [], claims: [] }));
    const results = await importDecisionLogs(TEST_QUEUE, [
      { source: 'broken.json', data: broken },
      { source: 'foreign.json', data: foreign },
    ]);
    expect(results[0]?.refused).toMatch(/event 2 .*was changed after it was written/);
    expect(results[1]?.refused).toMatch(/not of week-47/);
    expect(await listLogEvents(TEST_QUEUE.queueId)).toHaveLength(2);
  });

  it('refuses a log that forks a reviewer’s chain already merged, even a longer one', async () => {
    await importDecisionLogs(TEST_QUEUE, [{ source: 'ana.json', data: ana() }]);
    const fork = roundTrip(
      logOf(
        [
          { reviewer: 'Ana', claimId: '1', kind: 'reject' },
          { reviewer: 'Ana', claimId: '2', kind: 'reject' },
          { reviewer: 'Ana', claimId: '3', kind: 'reject' },
        ],
        undefined,
        'x',
      ),
    );
    const [result] = await importDecisionLogs(TEST_QUEUE, [{ source: 'fork.json', data: fork }]);
    expect(result?.refused).toMatch(/two different histories under one reviewer name/);
    const events = await listLogEvents(TEST_QUEUE.queueId);
    expect(events.map((e) => e.kind)).toEqual(['approve', 'approve']);
  });

  it('a settlement is an event in the lead’s chain; the claim is decided and the log still verifies', async () => {
    await importDecisionLogs(TEST_QUEUE, [
      { source: 'ana.json', data: ana() },
      { source: 'ben.json', data: ben() },
    ]);
    const [disagreement] = findDisagreements(await listLogEvents(TEST_QUEUE.queueId));
    const basis = disagreement!.decisions.find((e) => e.reviewer === 'Ben')!;
    const event = await settleDisagreement({
      logQueueId: TEST_QUEUE.queueId,
      claimId: '1',
      lead: 'Lee',
      kind: 'reject',
      settles: disagreement!.decisions,
      basis,
      note: 'No signature',
      appVersion: '0.1.0',
    });
    expect(event).toMatchObject({ type: 'settlement', reviewer: 'Lee', kind: 'reject', prev: null });
    const events = await listLogEvents(TEST_QUEUE.queueId);
    expect(findDisagreements(events)).toEqual([]);
    const log = buildDecisionLog({ queue: TEST_QUEUE, events });
    expect(verifyDecisionLogText(serializeDecisionLog(log))).toMatchObject({ ok: true, count: 5 });
  });
});
