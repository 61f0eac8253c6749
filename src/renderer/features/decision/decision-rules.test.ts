import { describe, expect, it } from 'vitest';
import type { ClaimCheckReport } from '@shared/checks/types';
import { buildDecision } from './build-decision';
import {
  approveOverrideRules,
  composeComment,
  formReason,
  hasErrors,
  initialDraft,
  needsForm,
  orderReasons,
  validateDecision,
  type ApproveContext,
} from './decision-rules';

const report: ClaimCheckReport = {
  claimId: '1004973',
  suggestedDecision: 'action-required',
  checks: [],
  suggestedReasons: ['acknowledgement-stale', 'made-up-code'],
  draftComment: 'Please provide a recent acknowledgement.',
};

const clean: ApproveContext = {
  engine: 'done',
  failing: [],
  documents: [{ path: 'a/sow.pdf', state: 'ok' }],
  isValid: true,
  conflicts: [],
  anotherPartnerWorkloads: [],
};
const rulesOf = (over: Partial<ApproveContext>) => approveOverrideRules({ ...clean, ...over });
const ids = (over: Partial<ApproveContext>) => rulesOf(over).map((r) => r.id);

describe('rules without holes: when an approve needs an override note', () => {
  it('approve saves at once only when nothing applies; the others always open the form', () => {
    expect(needsForm('approve', rulesOf({}))).toBe(false);
    expect(needsForm('approve', rulesOf({ failing: ['dates'] }))).toBe(true);
    expect(needsForm('action-required', [])).toBe(true);
    expect(needsForm('reject', [])).toBe(true);
  });

  it('applies when the engine is still running, failed, or could not run', () => {
    expect(ids({ engine: 'checking' })).toEqual(['engine-running']);
    expect(ids({ engine: 'failed' })).toEqual(['engine-not-run']);
    expect(ids({ engine: 'skipped' })).toEqual(['engine-not-run']);
    expect(
      validateDecision({ kind: 'approve', reasons: [], comment: '', overrideNote: '' }, rulesOf({ engine: 'checking' })).overrideNote,
    ).toBe('Explain why you approve before the checks finished.');
  });

  it('applies for every document state but ok, naming the document and its state', () => {
    for (const state of ['missing', 'refused', 'password-required', 'corrupt', 'timeout', 'unsupported', 'pending']) {
      const rules = rulesOf({
        documents: [
          { path: 'a/sow.pdf', state: 'ok' },
          { path: 'a/locked.pdf', state },
        ],
      });
      expect(
        rules.map((r) => r.id),
        state,
      ).toEqual(['document-unreadable']);
      expect(rules[0]!.message).toContain('locked.pdf');
    }
    expect(rulesOf({ documents: [{ path: 'x/p.pdf', state: 'password-required' }] })[0]!.message).toBe(
      'A document is not readable: p.pdf (password-protected).',
    );
  });

  it('applies to invalid claims, repeated IDs, conflicts, "another partner" and failing checks', () => {
    expect(ids({ isValid: false })).toEqual(['claim-invalid']);
    expect(ids({ isValid: false, duplicateOf: '1004973' })).toEqual(['duplicate-id']);
    expect(ids({ conflicts: [{ claimId: '1005120', why: 'same tenant' }] })).toEqual(['conflict']);
    expect(ids({ anotherPartnerWorkloads: ['Microsoft Teams'] })).toEqual(['another-partner']);
    expect(ids({ failing: ['signature'] })).toEqual(['failing-check']);
  });

  it('asks a conflict approve why this partner drove the most influence', () => {
    const rules = rulesOf({ conflicts: [{ claimId: '1005120', why: 'same tenant' }], failing: ['dates'] });
    expect(formReason('approve', rules)).toContain('conflicts with claim 1005120');
    expect(validateDecision({ kind: 'approve', reasons: [], comment: '', overrideNote: '' }, rules).overrideNote).toBe(
      'Explain why this partner drove the most influence.',
    );
  });

  it('says why it opened, naming the failing checks', () => {
    expect(formReason('approve', rulesOf({ failing: ['dates', 'workloads'] }))).toBe(
      'Approving needs an override note saying why: 2 checks fail (Dates, Workloads).',
    );
    expect(formReason('reject', [])).toContain('at least one reason and a comment');
  });
});

describe('validation', () => {
  it('a non-approve decision needs at least one reason and a comment', () => {
    const errors = validateDecision({ kind: 'reject', reasons: [], comment: '   ', overrideNote: '' }, []);
    expect(errors).toEqual({ reasons: 'Pick at least one reason.', comment: 'Write the comment the partner will read.' });
    expect(hasErrors(validateDecision({ kind: 'reject', reasons: ['other'], comment: 'See notes', overrideNote: '' }, []))).toBe(false);
  });

  it('an approve with a failing check needs an override note; without any rule it needs nothing', () => {
    const failing = rulesOf({ failing: ['signature'] });
    expect(validateDecision({ kind: 'approve', reasons: [], comment: '', overrideNote: ' ' }, failing).overrideNote).toBe(
      'Explain why you approve although a check fails.',
    );
    expect(
      hasErrors(validateDecision({ kind: 'approve', reasons: [], comment: '', overrideNote: 'Signed copy checked by phone' }, failing)),
    ).toBe(false);
    expect(hasErrors(validateDecision({ kind: 'approve', reasons: [], comment: '', overrideNote: '' }, []))).toBe(false);
  });
});

describe('form content', () => {
  it('lists reasons tied to failing checks first', () => {
    const codes = orderReasons(['workloads']).map((r) => r.code);
    expect(codes[0]).toBe('workloads-not-in-poe');
    expect(codes).toContain('no-customer-acknowledgement');
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("pre-ticks the engine's known suggested reasons and pre-fills its drafted comment, but not for approve", () => {
    expect(initialDraft('action-required', report)).toEqual({
      kind: 'action-required',
      reasons: ['acknowledgement-stale'],
      comment: 'Please provide a recent acknowledgement.',
      overrideNote: '',
    });
    expect(initialDraft('approve', report)).toEqual({ kind: 'approve', reasons: [], comment: '', overrideNote: '' });
  });

  it("drafts the comment from the reasons' partner texts when the engine gave none", () => {
    const draft = initialDraft('reject', { ...report, draftComment: undefined, suggestedReasons: ['names-missing'] });
    expect(draft.comment).toBe(composeComment(['names-missing']));
    expect(draft.comment).toContain("partner's and the customer's names");
  });
});

describe('the decision record', () => {
  it('carries who, when, what, why, the checklist and document hashes; approvals drop reasons', () => {
    const decision = buildDecision(
      { kind: 'approve', reasons: ['other'], comment: ' ok ', overrideNote: ' phone check ' },
      {
        decisionId: 'd-1',
        queueId: 'q',
        claimId: '1004973',
        reviewer: 'Ana',
        checklist: [{ id: 'dates', engineStatus: 'fail', engineSummary: 'old', manualStatus: 'pass', note: 'renewed' }],
        documents: [{ path: 'a.pdf', sha256: 'ab' }],
        appVersion: '0.1.0',
        supersedes: 'd-0',
        now: new Date('2026-11-23T10:00:00Z'),
      },
    );
    expect(decision).toEqual({
      decisionId: 'd-1',
      queueId: 'q',
      claimId: '1004973',
      kind: 'approve',
      reasons: [],
      comment: 'ok',
      overrideNote: 'phone check',
      reviewer: 'Ana',
      decidedAt: '2026-11-23T10:00:00.000Z',
      checklist: [{ id: 'dates', engineStatus: 'fail', engineSummary: 'old', manualStatus: 'pass', note: 'renewed' }],
      documents: [{ path: 'a.pdf', sha256: 'ab' }],
      appVersion: '0.1.0',
      supersedes: 'd-0',
    });
  });
});
