/**
 * Compares a `poe-checks/1` report with the evaluation set's expectations. Pure: data in, data
 * out. A check whose expectation is null is not counted. A false pass is "pass" where the
 * expectation does not allow it; a false approval is "approve" where the expected decision is not.
 */

export const CHECK_IDS = ['signature', 'names', 'dates', 'workloads', 'public-sector', 'activity-detail', 'document-type'];

const allowed = (exp) => (Array.isArray(exp) ? exp : [exp]);

export function compareReport(expectations, report) {
  const byId = new Map(report.claims.map((c) => [c.claimId, c]));
  const perCheck = Object.fromEntries(CHECK_IDS.map((id) => [id, { agreed: 0, counted: 0 }]));
  const disagreements = [];
  const falsePasses = [];
  const falseApprovals = [];
  const missing = [];
  let checksAgreed = 0;
  let checksCounted = 0;
  let decisionsAgreed = 0;
  for (const e of expectations) {
    const got = byId.get(e.claimId);
    if (!got) {
      missing.push(e.claimId);
      continue;
    }
    const base = { claimId: e.claimId, title: e.title, classes: e.classes, ocr: e.ocr };
    for (const id of CHECK_IDS) {
      const exp = e.expect[id];
      if (exp === null || exp === undefined) continue;
      const result = got.checks.find((c) => c.id === id);
      const actual = result?.status ?? 'missing';
      const ok = allowed(exp).includes(actual);
      perCheck[id].counted += 1;
      checksCounted += 1;
      if (ok) {
        perCheck[id].agreed += 1;
        checksAgreed += 1;
        continue;
      }
      const d = {
        ...base,
        check: id,
        expected: allowed(exp).join('|'),
        actual,
        summary: result?.summary ?? '',
        waitingOnOcr: e.ocr && actual === 'review',
      };
      disagreements.push(d);
      if (actual === 'pass') falsePasses.push(d);
    }
    const decisionOk = got.suggestedDecision === e.expect.decision;
    if (decisionOk) decisionsAgreed += 1;
    else
      disagreements.push({
        ...base,
        check: 'decision',
        expected: e.expect.decision,
        actual: got.suggestedDecision,
        summary: (got.suggestedReasons ?? []).join(', '),
        waitingOnOcr: e.ocr && got.suggestedDecision === 'action-required',
      });
    if (got.suggestedDecision === 'approve' && e.expect.decision !== 'approve')
      falseApprovals.push({ ...base, expected: e.expect.decision, actual: 'approve' });
  }
  const n = expectations.length;
  return {
    claims: n,
    missing,
    checkAgreement: checksCounted ? checksAgreed / checksCounted : 0,
    decisionAgreement: n ? decisionsAgreed / n : 0,
    perCheck,
    disagreements,
    falsePasses,
    falseApprovals,
  };
}

/** The figures as `npm run bench` prints them: one JSON line each. */
export function figureLines(result) {
  const round = (x) => Math.round(x * 1000) / 1000;
  return [
    { metric: 'eval_claims', value: result.claims, unit: 'claims' },
    { metric: 'eval_check_agreement', value: round(result.checkAgreement), unit: 'fraction' },
    { metric: 'eval_false_passes', value: result.falsePasses.length, unit: 'checks' },
    { metric: 'eval_false_approvals', value: result.falseApprovals.length, unit: 'claims' },
    { metric: 'eval_decision_agreement', value: round(result.decisionAgreement), unit: 'fraction' },
  ].map((f) => JSON.stringify(f));
}
