import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDecisionLog, chainLogEvent, serializeDecisionLog } from './chain';
import { mergeDecisionLogs, type LogInput } from './merge';
import { findDisagreements } from './outcomes';
import type { DecisionLog } from './schema';
import { eventBody, logOf, roundTrip, TEST_QUEUE } from './testing';
import { verifyDecisionLog } from './verify';

const input = (log: DecisionLog, source = 'log.json'): LogInput => ({ source, data: roundTrip(log) });
/** As the command reads a log: its text (verified line by line). */
const fromText = (log: DecisionLog, source = 'log.json'): LogInput => ({ source, text: serializeDecisionLog(log) });
/** Every other log from its text, the rest parsed: both ways of reading must merge alike. */
const mixed = (l: DecisionLog, i: number) => (i % 2 === 0 ? fromText(l, `${i}.json`) : input(l, `${i}.json`));

const ana = logOf([
  { reviewer: 'Ana', claimId: '1001', kind: 'approve' },
  { reviewer: 'Ana', claimId: '1002', kind: 'approve' },
  { reviewer: 'Ana', claimId: '1003', kind: 'reject' },
]);
const ben = logOf([
  { reviewer: 'Ben', claimId: '1002', kind: 'approve' },
  { reviewer: 'Ben', claimId: '1003', kind: 'approve' },
  { reviewer: 'Ben', claimId: '1004', kind: 'action-required' },
]);

describe('mergeDecisionLogs', () => {
  it('keeps every event once, takes a single reviewer’s decision and lists claims decided differently', () => {
    const result = mergeDecisionLogs([input(ana, 'ana.json'), input(ben, 'ben.json')]);
    expect(result.refused).toEqual([]);
    expect(result.log?.events).toHaveLength(6);
    expect(result.disagreements.map((d) => [d.claimId, d.decisions.map((e) => `${e.reviewer}:${String(e.kind)}`)])).toEqual([
      ['1003', ['Ana:reject', 'Ben:approve']],
    ]);
    expect(verifyDecisionLog(roundTrip(result.log)).ok).toBe(true);
    expect(result.log?.['disagreements']).toEqual([
      {
        claimId: '1003',
        decisions: [
          { reviewer: 'Ana', decisionId: 'd-Ana-2', kind: 'reject' },
          { reviewer: 'Ben', decisionId: 'd-Ben-1', kind: 'approve' },
        ],
      },
    ]);
  });

  it('a settlement by the lead settles the disagreement and is an event too', () => {
    const merged = mergeDecisionLogs([input(ana), input(ben)]).log!;
    const [a, b] = findDisagreements(merged.events)[0]!.decisions;
    const settlement = chainLogEvent(
      null,
      eventBody({
        decisionId: 's1',
        type: 'settlement',
        claimId: '1003',
        reviewer: 'Lead',
        kind: 'reject',
        settles: [a!.decisionId, b!.decisionId],
        decidedAt: '2026-11-21T09:00:00.000Z',
      }),
    );
    const lead = buildDecisionLog({ queue: TEST_QUEUE, events: [settlement] });
    const result = mergeDecisionLogs([input(merged), input(lead)]);
    expect(result.disagreements).toEqual([]);
    expect(result.log?.events).toHaveLength(7);
  });

  it('refuses a broken log and a log of another queue with the reason, and still merges the rest', () => {
    const broken = roundTrip(ben);
    broken.events[1]!.kind = 'reject';
    const other = buildDecisionLog({
      queue: { queueId: 'other-q', name: 'Other' },
      events: [chainLogEvent(null, eventBody({ decisionId: 'o', claimId: '9', reviewer: 'Cy', queueId: 'other-q' }))],
    });
    const result = mergeDecisionLogs([input(ana, 'ana.json'), { source: 'ben.json', data: broken }, input(other, 'other.json')]);
    expect(result.refused).toEqual([
      {
        source: 'ben.json',
        reason: expect.stringMatching(/^its chain is broken: event 2 \(d-Ben-1, claim 1003, by Ben\) was changed/) as string,
      },
      { source: 'other.json', reason: 'it is a log of queue "Other" (other-q), not of week-47-0a1b2c3d' },
    ]);
    expect(result.log?.events.map((e) => e.decisionId)).toEqual(ana.events.map((e) => e.decisionId));
  });

  it('refuses a log whose chain forks from the one merged (two histories under one name)', () => {
    const fork = logOf([{ reviewer: 'Ana', claimId: '1001', kind: 'reject' }]);
    const result = mergeDecisionLogs([input(ana, 'ana.json'), input(fork, 'fork.json')]);
    expect(result.refused).toEqual([
      {
        source: 'fork.json',
        reason: expect.stringMatching(/Ana's chain in it differs from the one already merged at their event 1/) as string,
      },
    ]);
    expect(result.log?.events).toHaveLength(3);
  });

  it('a later export of the same reviewer extends the chain merged from an earlier one', () => {
    const early = buildDecisionLog({ queue: TEST_QUEUE, events: ana.events.slice(0, 1) });
    const result = mergeDecisionLogs([input(early), input(ana)]);
    expect(result.refused).toEqual([]);
    expect(result.log?.events).toHaveLength(3);
  });
});

/** Random logs of a few reviewers deciding overlapping claims; some logs are earlier exports (prefixes). */
const arbitraryLogs = fc
  .array(
    fc.record({
      reviewer: fc.constantFrom('Ana', 'Ben', 'Cy', 'Dee'),
      claimId: fc.constantFrom('1', '2', '3', '4', '5', '6'),
      kind: fc.constantFrom('approve' as const, 'reject' as const, 'action-required' as const),
    }),
    { maxLength: 30 },
  )
  .chain((decisions) => {
    const byReviewer = new Map<string, typeof decisions>();
    for (const d of decisions) byReviewer.set(d.reviewer, [...(byReviewer.get(d.reviewer) ?? []), d]);
    const full = [...byReviewer.values()].map((list) => logOf(list, Date.parse('2026-11-20T09:00:00Z')));
    return fc.tuple(fc.constant(full), fc.array(fc.tuple(fc.nat({ max: 10 }), fc.nat({ max: 30 })), { maxLength: 3 }));
  })
  .map(([full, cuts]) => {
    const prefixes =
      full.length === 0
        ? []
        : cuts.map(([which, length]) => {
            const log = full[which % full.length]!;
            return buildDecisionLog({ queue: TEST_QUEUE, events: log.events.slice(0, length % (log.events.length + 1)) });
          });
    return [...full, ...prefixes];
  });

const text = (result: ReturnType<typeof mergeDecisionLogs>) => (result.log ? serializeDecisionLog(result.log) : '');

describe('merge properties (random logs)', () => {
  it('loses nothing: every event of every log is in the merge, once', () => {
    fc.assert(
      fc.property(arbitraryLogs, (logs) => {
        const merged = mergeDecisionLogs(logs.map(mixed));
        const hashes = merged.log?.events.map((e) => e.hash) ?? [];
        expect(new Set(hashes).size).toBe(hashes.length);
        for (const log of logs) for (const e of log.events) expect(hashes).toContain(e.hash);
        expect(merged.refused).toEqual([]);
      }),
    );
  });

  it('is order-free: any order of the logs gives the same merged log', () => {
    fc.assert(
      fc.property(
        arbitraryLogs.chain((logs) => fc.tuple(fc.constant(logs), fc.shuffledSubarray(logs, { minLength: logs.length }))),
        ([logs, shuffled]) => {
          expect(text(mergeDecisionLogs(shuffled.map(mixed)))).toBe(text(mergeDecisionLogs(logs.map((l) => input(l)))));
          expect(text(mergeDecisionLogs(logs.map((l) => fromText(l))))).toBe(text(mergeDecisionLogs(logs.map((l) => input(l)))));
        },
      ),
    );
  });

  it('is idempotent: merging a log again, or the merge with itself, changes nothing', () => {
    fc.assert(
      fc.property(arbitraryLogs, (logs) => {
        const once = mergeDecisionLogs(logs.map((l) => input(l)));
        if (!once.log) return;
        const again = mergeDecisionLogs([input(once.log), ...logs.map(mixed)]);
        expect(text(again)).toBe(text(once));
        expect(text(mergeDecisionLogs([input(once.log), input(once.log)]))).toBe(text(once));
        // The merged file read back (its lines reused as read) merges to the same text again.
        const reread = mergeDecisionLogs([fromText(once.log), fromText(once.log, 'copy.json')]);
        expect(text(reread)).toBe(text(once));
        expect(text(mergeDecisionLogs([fromText(reread.log!)]))).toBe(text(once));
        expect(again.disagreements).toEqual(once.disagreements);
      }),
    );
  });
});
