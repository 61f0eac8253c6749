import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareReport } from './compare.mjs';
import { evalClaims } from './eval-set.mjs';
import { runEval } from './run-eval.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const STATUSES = ['pass', 'fail', 'review', 'n/a'];
const DECISIONS = ['approve', 'action-required', 'reject'];
const CHECKS = ['signature', 'names', 'dates', 'workloads', 'public-sector', 'activity-detail', 'document-type'];

/** Built once (about a second of CPU): the checks below and the generation of the set share it. */
const claims = evalClaims();

describe('the evaluation set', () => {
  it('is varied as the issue asks: 80+ claims, 10+ languages, 12+ vendors, 6+ layout families, about half valid', () => {
    expect(claims.length).toBeGreaterThanOrEqual(80);
    expect(new Set(claims.map((c) => c.lang)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(claims.map((c) => c.vendor).filter(Boolean)).size).toBeGreaterThanOrEqual(12);
    const families = new Set(claims.map((c) => c.layout.replace(/Pdf$|^scan-.*/, (m) => (m.startsWith('scan') ? 'scan' : ''))));
    expect(families.size).toBeGreaterThanOrEqual(6);
    const valid = claims.filter((c) => c.expect.decision === 'approve').length / claims.length;
    expect(valid).toBeGreaterThan(0.4);
    expect(valid).toBeLessThan(0.6);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      expect(
        claims.some((c) => c.classes.includes(n)),
        `class ${n}`,
      ).toBe(true);
  });

  it('gives every claim a reason and an expectation for every check and the decision', () => {
    for (const c of claims) {
      expect(c.why, c.claimId).toMatch(/\S.{19}/);
      expect(DECISIONS, c.claimId).toContain(c.expect.decision);
      for (const id of CHECKS) {
        const exp = c.expect[id];
        expect(exp === null || [exp].flat().every((s) => STATUSES.includes(s)), `${c.claimId} ${id}`).toBe(true);
      }
    }
  });

  it('counts a false pass and a false approval, and leaves unexpected checks (null) out', () => {
    const expectations = [
      {
        claimId: 'A',
        title: 't',
        classes: [4],
        ocr: false,
        expect: {
          signature: 'fail',
          names: null,
          dates: ['fail', 'review'],
          workloads: 'pass',
          'public-sector': 'n/a',
          'activity-detail': 'pass',
          'document-type': 'pass',
          decision: 'action-required',
        },
      },
    ];
    const checks = CHECKS.map((id) => ({
      id,
      status: id === 'public-sector' ? 'n/a' : id === 'dates' ? 'review' : 'pass',
      summary: '',
      evidence: [],
    }));
    const r = compareReport(expectations, { claims: [{ claimId: 'A', suggestedDecision: 'approve', checks }] });
    expect(r.falsePasses.map((d) => d.check)).toEqual(['signature']);
    expect(r.falseApprovals.map((d) => d.claimId)).toEqual(['A']);
    expect(r.checkAgreement).toBeCloseTo(5 / 6);
    expect(r.decisionAgreement).toBe(0);
  });
});

describe('npm run eval on the real check command', () => {
  it('reports every claim of the set', async () => {
    const { result } = await runEval({ out: join(root, 'out', 'eval-queue'), claims });
    expect(result.missing).toEqual([]);
    expect(result.claims).toBe(claims.length);
    // A false approval is the worst error there is: any one in the set fails npm test.
    expect(result.falseApprovals.map((d) => d.claimId)).toEqual([]);
  }, 300_000);
});
