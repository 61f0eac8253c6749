import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvCell, toDecisionLogCsv, type DecisionLogInput } from './export';
import type { Decision } from './types';

function decision(over: Partial<Decision> = {}): Decision {
  return {
    decisionId: 'd1',
    queueId: 'week-47-abc',
    claimId: '1004973',
    kind: 'action-required',
    reasons: ['names-missing', 'legacy-code'],
    comment: '=HYPERLINK("http://evil","x")',
    overrideNote: '',
    reviewer: 'Ana',
    decidedAt: '2026-11-20T11:00:00+01:00',
    checklist: [
      { id: 'signature', engineStatus: 'pass', engineSummary: 'DocuSign', manualStatus: null, note: '' },
      { id: 'names', engineStatus: 'review', engineSummary: null, manualStatus: 'fail', note: 'customer name absent, "see p.2"' },
    ],
    documents: [{ path: '1004973/sow.pdf', sha256: 'ab'.repeat(32) }],
    appVersion: '0.1.0',
    supersedes: null,
    ...over,
  };
}

function input(): DecisionLogInput {
  const first = decision({ decisionId: 'd0', kind: 'approve', reasons: [], comment: 'ok' });
  const current = decision({ supersedes: 'd0' });
  return {
    queue: { queueId: 'week-47-abc', name: 'Week 47', header: { schema: 'poe-queue/1', owner: 'x' } },
    claims: [
      {
        claimId: '2000',
        order: 5,
        current: decision({ decisionId: 'd9', claimId: '2000', comment: '+1', reviewer: '@bob', reasons: [] }),
        history: [],
        raw: { claimId: '2000' },
      },
      {
        claimId: '1004973',
        order: 2,
        current,
        history: [first, current],
        raw: { claimId: '1004973', program: 'cpor', crmRef: 'CRM-9', nested: { a: 1 } },
      },
      {
        claimId: 'gone',
        order: null,
        current: decision({ decisionId: 'd7', claimId: 'gone', comment: '-2', reasons: [] }),
        history: [],
        raw: null,
      },
    ],
    audit: { count: 12, headHash: 'f'.repeat(64) },
    appVersion: '0.2.0',
  };
}

describe('csvCell', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r', '\0'])
      expect(csvCell(`${lead}cmd`).startsWith(`'`) || csvCell(`${lead}cmd`).startsWith(`"'`)).toBe(true);
    expect(csvCell('=1+1')).toBe(`'=1+1`);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\nbye')).toBe('"say ""hi""\nbye"');
  });
});

describe('toDecisionLogCsv', () => {
  it('writes one row per decided claim in queue order, with neutralised, quoted cells and CRLF', () => {
    const csv = toDecisionLogCsv(input());
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false); // no bare LF outside quoted cells here
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.claimId)).toEqual(['1004973', '2000', 'gone']);
    const first = rows[0]!;
    expect(first).toMatchObject({
      queue: 'Week 47',
      decision: 'action-required',
      reasons: 'names-missing (Partner or customer name not visible); legacy-code',
      comment: `'=HYPERLINK("http://evil","x")`,
      decidedAt: '2026-11-20T10:00:00.000Z',
      'signature: engine': 'pass',
      'names: manual': 'fail',
      'names: note': 'customer name absent, "see p.2"',
      documents: `1004973/sow.pdf sha256:${'ab'.repeat(32)}`,
      supersedes: 'd0',
      historyCount: '2',
      auditCount: '12',
      auditHeadHash: 'f'.repeat(64),
    });
    expect(rows[1]).toMatchObject({ comment: `'+1`, reviewer: `'@bob` });
    expect(rows[2]).toMatchObject({ comment: `'-2` });
  });

  it('is byte-identical for the same records in any input order', () => {
    const a = input();
    const b = { ...a, claims: [...a.claims].reverse() };
    expect(toDecisionLogCsv(b)).toBe(toDecisionLogCsv(a));
  });
});

describe('related claims', () => {
  it('names the conflicting claims of a decision in the CSV and in its log event', async () => {
    const { eventBodyFromDecision } = await import('../decision-log/from-decision');
    const d = decision({ relatedClaims: ['1005120', 'other-queue/77'] });
    const csv = toDecisionLogCsv({ ...input(), claims: [{ claimId: d.claimId, order: 0, current: d, history: [d], raw: null }] });
    const [row] = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(row?.relatedClaims).toBe('1005120 other-queue/77');
    expect(eventBodyFromDecision(d, { logQueueId: 'q', ruleset: null }).relatedClaims).toEqual(['1005120', 'other-queue/77']);
    expect('relatedClaims' in eventBodyFromDecision(decision(), { logQueueId: 'q', ruleset: null })).toBe(false);
  });
});
