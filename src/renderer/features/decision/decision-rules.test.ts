import { describe, expect, it } from 'vitest';
import type { ClaimCheckReport } from '@shared/checks/types';
import { buildDecision } from './build-decision';
import { composeComment, formReason, hasErrors, initialDraft, needsForm, orderReasons, validateDecision } from './decision-rules';

const report: ClaimCheckReport = {
  claimId: '1004973',
  suggestedDecision: 'action-required',
  checks: [],
  suggestedReasons: ['acknowledgement-stale', 'made-up-code'],
  draftComment: 'Please provide a recent acknowledgement.',
};

describe('when the decision form opens', () => {
  it('approve saves at once unless a check fails; the others always open the form', () => {
    expect(needsForm('approve', [])).toBe(false);
    expect(needsForm('approve', ['dates'])).toBe(true);
    expect(needsForm('action-required', [])).toBe(true);
    expect(needsForm('reject', [])).toBe(true);
  });

  it('treats an approve while the checks still run as an override', () => {
    expect(needsForm('approve', [], true)).toBe(true);
    expect(formReason('approve', [], true)).toContain('still running');
    expect(validateDecision({ kind: 'approve', reasons: [], comment: '', overrideNote: '' }, [], true).overrideNote).toBe('Explain why you approve before the checks finished.');
  });

  it('says why it opened, naming the failing checks', () => {
    expect(formReason('approve', ['dates', 'workloads'])).toBe('2 checks fail (Dates, Workloads): approving needs an override note saying why.');
    expect(formReason('reject', [])).toContain('at least one reason and a comment');
  });
});

describe('validation', () => {
  it('a non-approve decision needs at least one reason and a comment', () => {
    const errors = validateDecision({ kind: 'reject', reasons: [], comment: '   ', overrideNote: '' }, []);
    expect(errors).toEqual({ reasons: 'Pick at least one reason.', comment: 'Write the comment the partner will read.' });
    expect(hasErrors(validateDecision({ kind: 'reject', reasons: ['other'], comment: 'See notes', overrideNote: '' }, []))).toBe(false);
  });

  it('an approve with a failing check needs an override note; without failing checks it needs nothing', () => {
    expect(validateDecision({ kind: 'approve', reasons: [], comment: '', overrideNote: ' ' }, ['signature'])).toEqual({ overrideNote: 'Explain why you approve although a check fails.' });
    expect(hasErrors(validateDecision({ kind: 'approve', reasons: [], comment: '', overrideNote: 'Signed copy checked by phone' }, ['signature']))).toBe(false);
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

  it('pre-ticks the engine\'s known suggested reasons and pre-fills its drafted comment, but not for approve', () => {
    expect(initialDraft('action-required', report)).toEqual({
      kind: 'action-required',
      reasons: ['acknowledgement-stale'],
      comment: 'Please provide a recent acknowledgement.',
      overrideNote: '',
    });
    expect(initialDraft('approve', report)).toEqual({ kind: 'approve', reasons: [], comment: '', overrideNote: '' });
  });

  it('drafts the comment from the reasons\' partner texts when the engine gave none', () => {
    const draft = initialDraft('reject', { ...report, draftComment: undefined, suggestedReasons: ['names-missing'] });
    expect(draft.comment).toBe(composeComment(['names-missing']));
    expect(draft.comment).toContain('partner\'s and the customer\'s names');
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
