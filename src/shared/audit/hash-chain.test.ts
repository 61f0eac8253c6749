import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { chainAuditEvent, GENESIS_HASH, verifyChain, type ChainedAuditEvent } from './hash-chain';

function buildChain(n: number): ChainedAuditEvent[] {
  const events: ChainedAuditEvent[] = [];
  for (let i = 0; i < n; i++) {
    const head = events[events.length - 1] ?? null;
    events.push(
      chainAuditEvent(head, {
        eventId: `e${i + 1}`,
        at: `2026-11-20T10:00:0${i}Z`,
        actor: 'Ana',
        type: 'decision-recorded',
        queueId: 'q1',
        claimId: `c${i + 1}`,
        payload: { kind: 'approve', note: `n${i}` },
      }),
    );
  }
  return events;
}

describe('canonicalJson', () => {
  it('does not depend on key order and drops undefined like JSON.stringify', () => {
    expect(canonicalJson({ b: 1, a: { y: [1, 'x'], x: null }, u: undefined })).toBe('{"a":{"x":null,"y":[1,"x"]},"b":1}');
    expect(canonicalJson({ a: { x: null, y: [1, 'x'] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { y: [1, 'x'], x: null } }));
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and reports its head and count', () => {
    const events = buildChain(5);
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    expect(verifyChain(events)).toEqual({ ok: true, count: 5, headHash: events[4]!.hash });
    expect(verifyChain([])).toEqual({ ok: true, count: 0, headHash: GENESIS_HASH });
  });

  it('names the edited event', () => {
    const events = buildChain(5);
    events[2] = { ...events[2]!, payload: { kind: 'reject', note: 'n2' } };
    const result = verifyChain(events);
    expect(result).toMatchObject({ ok: false, firstBadSeq: 3 });
    expect(result.reason).toMatch(/changed after it was written/);
  });

  it('names the event after a deletion', () => {
    const events = buildChain(5);
    events.splice(1, 1);
    expect(verifyChain(events)).toMatchObject({ ok: false, firstBadSeq: 3, reason: expect.stringMatching(/2\.\.2 are missing/) });
  });

  it('detects a deleted first event', () => {
    const events = buildChain(3).slice(1);
    expect(verifyChain(events)).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('detects a reorder even when seq numbers are rewritten to look contiguous', () => {
    const events = buildChain(5);
    const a = events[1]!;
    const b = events[2]!;
    events[1] = { ...b, seq: 2 };
    events[2] = { ...a, seq: 3 };
    expect(verifyChain(events)).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('detects an inserted event, even one hashed correctly onto its predecessor', () => {
    const events = buildChain(4);
    const forged = chainAuditEvent(events[1], { ...events[1]!, eventId: 'forged', claimId: 'cX' });
    const tampered = [...events.slice(0, 2), forged, ...events.slice(2).map((e) => ({ ...e, seq: (e.seq ?? 0) + 1 }))];
    expect(verifyChain(tampered)).toMatchObject({ ok: false, firstBadSeq: 4 });
  });

  it('detects a cut tail only against an anchored head', () => {
    const events = buildChain(5);
    const anchor = { count: 5, headHash: events[4]!.hash };
    const cut = events.slice(0, 3);
    expect(verifyChain(cut).ok).toBe(true);
    expect(verifyChain(cut, anchor)).toMatchObject({ ok: false, firstBadSeq: 4, reason: expect.stringMatching(/tail was cut/) });
    expect(verifyChain(events, anchor).ok).toBe(true);
    const grown = [...events, chainAuditEvent(events[4], { ...events[4]!, eventId: 'e6' })];
    expect(verifyChain(grown, anchor).ok).toBe(true);
  });

  it('detects a chain rebuilt from scratch with different content against the anchor', () => {
    const events = buildChain(3);
    const anchor = { count: 3, headHash: events[2]!.hash };
    const rebuilt: ChainedAuditEvent[] = [];
    for (const e of events) rebuilt.push(chainAuditEvent(rebuilt[rebuilt.length - 1] ?? null, { ...e, actor: 'Mallory' }));
    expect(verifyChain(rebuilt).ok).toBe(true);
    expect(verifyChain(rebuilt, anchor)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });
});
