import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDecisionLog, sealOf, serializeDecisionLog } from './chain';
import { mergeDecisionLogs } from './merge';
import { chainAll, eventBody, logOf, roundTrip, TEST_QUEUE } from './testing';
import { verifyDecisionLog, verifyDecisionLogText } from './verify';

function sample() {
  return logOf([
    { reviewer: 'Ana', claimId: '1001', kind: 'approve' },
    { reviewer: 'Ben', claimId: '1002', kind: 'reject' },
    { reviewer: 'Ana', claimId: '1003', kind: 'action-required' },
    { reviewer: 'Ana', claimId: '1004', kind: 'approve' },
    { reviewer: 'Ben', claimId: '1005', kind: 'approve' },
  ]);
}

/** A hand edit: change the file as someone would in an editor (no hashes recomputed). */
function edited(mutate: (log: ReturnType<typeof sample>) => void) {
  const log = roundTrip(sample());
  mutate(log);
  return log;
}

describe('verifyDecisionLog', () => {
  it('says intact, the count and the latest event', () => {
    const result = verifyDecisionLogText(JSON.stringify(sample()));
    expect(result).toMatchObject({ ok: true, count: 5, message: 'intact, 5 events, last by Ben at 2026-11-20T09:04:00.000Z' });
  });

  it('names the first event whose decision was changed by hand', () => {
    const result = verifyDecisionLog(
      edited((log) => {
        log.events[2]!.kind = 'approve';
      }),
    );
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ eventNumber: 3, eventId: 'd-Ana-2' });
    expect(result.message).toMatch(/event 3 \(d-Ana-2, claim 1003, by Ana\) was changed after it was written/);
  });

  it('catches an edited unknown field, comment and document hash alike', () => {
    for (const mutate of [
      (log: ReturnType<typeof sample>) => {
        log.events[0]!.comment = 'x';
      },
      (log: ReturnType<typeof sample>) => {
        log.events[1]!.documents[0]!.sha256 = 'cd'.repeat(32);
      },
      (log: ReturnType<typeof sample>) => {
        (log.events[4] as Record<string, unknown>)['extra'] = 1;
      },
    ])
      expect(verifyDecisionLog(edited(mutate)).ok).toBe(false);
  });

  it('catches a removed event in the middle of a chain', () => {
    const result = verifyDecisionLog(
      edited((log) => {
        log.events.splice(2, 1);
      }),
    );
    expect(result).toMatchObject({ ok: false, eventNumber: 3 });
    expect(result.message).toMatch(/event 3 \(d-Ana-3, claim 1004, by Ana\) does not link to the event before it in Ana's chain/);
  });

  it('catches a removed first event and a cut tail', () => {
    expect(
      verifyDecisionLog(
        edited((log) => {
          log.events.splice(0, 1);
        }),
      ).message,
    ).toMatch(/Ana's first event here but links to an earlier one/);
    expect(
      verifyDecisionLog(
        edited((log) => {
          log.events.pop();
        }),
      ).message,
    ).toMatch(/Ben's chain has 1 event but the log recorded 2/);
  });

  it('catches two events of one reviewer swapped', () => {
    const result = verifyDecisionLog(
      edited((log) => {
        [log.events[2], log.events[3]] = [log.events[3]!, log.events[2]!];
      }),
    );
    expect(result).toMatchObject({ ok: false, eventNumber: 3 });
  });

  it('catches an edited header (queue name) through the seal', () => {
    expect(
      verifyDecisionLog(
        edited((log) => {
          log.queue.name = 'Other';
        }),
      ).message,
    ).toMatch(/seal does not match/);
  });

  it('catches an event of another queue and a repeated event', () => {
    const other = chainAll([eventBody({ decisionId: 'x', claimId: '1', reviewer: 'Cy', queueId: 'other-q' })]);
    const log = buildDecisionLog({ queue: TEST_QUEUE, events: other });
    expect(verifyDecisionLog(log).message).toMatch(/belongs to queue other-q/);
    const twice = edited((l) => {
      l.events.push(l.events[0]!);
    });
    expect(verifyDecisionLog({ ...twice, seal: sealOf(twice) }).ok).toBe(false);
  });

  it('refuses what is not a log, naming why', () => {
    expect(verifyDecisionLogText('{').message).toMatch(/not JSON/);
    expect(verifyDecisionLog({ schema: 'poe-checks/1' }).message).toMatch(/not a poe-decisions\/1 log/);
    expect(verifyDecisionLog({ ...sample(), heads: 3 }).message).toMatch(/header is malformed: heads/);
    expect(
      verifyDecisionLog(
        edited((log) => {
          (log.events[1] as Record<string, unknown>)['reviewer'] = 7;
        }),
      ).message,
    ).toMatch(/event 2 is malformed: reviewer/);
  });

  it('compares document hashes with the documents still at hand', () => {
    const docs = new Map([['1003/poe.pdf', 'ab'.repeat(32)]]);
    expect(verifyDecisionLog(sample(), { documents: docs }).ok).toBe(true);
    docs.set('1003/poe.pdf', 'ee'.repeat(32));
    expect(verifyDecisionLog(sample(), { documents: docs }).message).toMatch(
      /event 3 .* was made on 1003\/poe.pdf with SHA-256 abababababab…, but that document now has eeeeeeeeeeee…/,
    );
  });
});

describe('verifyDecisionLog on events with fields it does not know', () => {
  it('keeps nested extra fields, so a merged log of such events verifies again', () => {
    const body = eventBody({ decisionId: 'x-1', claimId: '1', reviewer: 'Ana' });
    const withExtra = {
      ...body,
      checklist: body.checklist.map((c) => ({ ...c, confidence: 0.9 })),
      documents: [{ path: '1/a.pdf', sha256: null, pages: 3 }],
    };
    const log = buildDecisionLog({ queue: TEST_QUEUE, events: chainAll([withExtra]) });
    const merged = mergeDecisionLogs([{ source: 'a.json', data: roundTrip(log) }]);
    expect(merged.refused).toEqual([]);
    const again = verifyDecisionLogText(serializeDecisionLog(merged.log!));
    expect(again.ok).toBe(true);
    expect(again.ok && (again.log.events[0]!.checklist[0] as Record<string, unknown>)['confidence']).toBe(0.9);
  });

  it('writes one event per line and reads back the same log', () => {
    const log = logOf([
      { reviewer: 'Ana', claimId: '1', kind: 'approve' },
      { reviewer: 'Ana', claimId: '2', kind: 'reject' },
    ]);
    const text = serializeDecisionLog(log);
    expect(text.split('\n').filter((l) => l.includes('"decisionId"'))).toHaveLength(2);
    expect(JSON.parse(text)).toEqual(roundTrip(log));
    expect(verifyDecisionLogText(text).ok).toBe(true);
  });
});

describe('verifyDecisionLogText on the file as written (one event per line)', () => {
  const text = serializeDecisionLog(sample());
  const lines = text.split('\n');
  const eventLines = lines.flatMap((l, i) => (l.startsWith('    {') ? [i] : []));
  const valueOf = (t: string): unknown => {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return undefined;
    }
  };

  it('catches any one character of an event changed by hand, unless the log means the same', () => {
    const chars = [...'0123456789abcdefABZ"\\,:{}[] ', 'é', '\u0000'];
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom(...chars), (which, at, char) => {
        const row = eventLines[which % eventLines.length]!;
        const line = lines[row]!;
        const pos = at % line.length;
        const edited = lines.map((l, i) => (i === row ? `${l.slice(0, pos)}${char}${l.slice(pos + 1)}` : l)).join('\n');
        const same = JSON.stringify(valueOf(edited)) === JSON.stringify(valueOf(text));
        expect(verifyDecisionLogText(edited).ok).toBe(same);
      }),
    );
  });

  it('catches an event line removed, repeated or moved', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom('remove', 'repeat', 'move'), (a, b, how) => {
        const from = eventLines[a % eventLines.length]!;
        const to = eventLines[b % eventLines.length]!;
        const rows = lines.map((l) => l.replace(/,$/, ''));
        const events = eventLines.map((i) => rows[i]!);
        const k = eventLines.indexOf(from);
        if (how === 'remove') events.splice(k, 1);
        if (how === 'repeat') events.splice(eventLines.indexOf(to), 0, rows[from]!);
        if (how === 'move') {
          if (from === to) return;
          const [moved] = events.splice(k, 1);
          events.splice(eventLines.indexOf(to), 0, moved!);
        }
        const edited = [
          ...rows.slice(0, eventLines[0]! - 1),
          rows[eventLines[0]! - 1]!,
          events.join(',\n'),
          ...rows.slice(eventLines.at(-1)! + 1),
        ]
          .join('\n')
          .replace(/"events": \[\n/, '"events": [\n');
        const result = verifyDecisionLogText(edited);
        if (JSON.stringify(valueOf(edited)) === JSON.stringify(valueOf(text))) expect(result.ok).toBe(true);
        else expect(result.ok).toBe(false);
      }),
    );
  });

  it('reads the same log laid out otherwise (indented, keys in another order) as intact', () => {
    const log = JSON.parse(text) as ReturnType<typeof sample>;
    expect(verifyDecisionLogText(JSON.stringify(log, null, 2)).ok).toBe(true);
    const reordered = lines
      .map((l) =>
        l.startsWith('    {')
          ? l.replace(
              /^ {4}(\{.*\})(,?)$/,
              (_m, json: string, comma: string) =>
                `    ${JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(json) as object).reverse()))}${comma}`,
            )
          : l,
      )
      .join('\n');
    expect(reordered).not.toBe(text);
    expect(verifyDecisionLogText(reordered)).toMatchObject({ ok: true, count: 5 });
  });

  it('is not fooled by an event written inside a forged one that takes its hash', () => {
    // A genuine event's line kept whole but nested in a forged event (another decision) that
    // claims the genuine event's hash: each line hashing right must not vouch for the event
    // that JSON actually holds there.
    const log = JSON.parse(text) as ReturnType<typeof sample>;
    const genuine = lines[eventLines[0]!]!.trim().replace(/,$/, '');
    const { hash, ...rest } = log.events[0]!;
    const forged = JSON.stringify({ ...rest, kind: 'reject' }).slice(0, -1);
    const edited = lines
      .map((l, i) => (i === eventLines[0] ? `    {"wrap":[\n    ${genuine},\n    0],${forged.slice(1)},"hash":"${hash}"},` : l))
      .join('\n');
    const parsed = JSON.parse(edited) as { events: { kind: string; hash: string }[] };
    expect(parsed.events[0]).toMatchObject({ kind: 'reject', hash });
    expect(verifyDecisionLogText(edited)).toMatchObject({ ok: false, eventNumber: 1 });
  });
});
