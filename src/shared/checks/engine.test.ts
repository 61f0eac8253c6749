import { describe, expect, it } from 'vitest';
import { runChecks } from './engine';
import { DEFAULT_RULESET, rulesetLabel } from './ruleset';
import { CHECK_IDS, ClaimCheckReportSchema } from './types';
import { brokenDoc, listing, makeClaim, pdf, scannedPdf, VALID_TEMPLATE_PAGES } from '@test/check-fixtures';

const ruleset = DEFAULT_RULESET;

describe('runChecks', () => {
  it("passes the MCI guide's valid POE example on every check", () => {
    const report = runChecks({ claim: makeClaim(), documents: [pdf('1004973/poe.pdf', VALID_TEMPLATE_PAGES)], ruleset });
    expect(ClaimCheckReportSchema.parse(report)).toBeTruthy();
    expect(report.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    for (const id of ['signature', 'names', 'dates', 'workloads', 'activity-detail', 'document-type'] as const) {
      expect(byId[id]?.status, `${id}: ${byId[id]?.summary}`).toBe('pass');
      expect(byId[id]?.evidence.length).toBeGreaterThan(0);
    }
    expect(byId['public-sector']?.status).toBe('n/a');
    expect(report.suggestedDecision).toBe('approve');
    expect(byId.signature?.summary).toContain('John Doe');
    expect(byId.dates?.summary).toContain('2026-06-05');
  });

  it('gives every check and never a pass when the only document is a scan', () => {
    const scan = scannedPdf('1004973/scan.pdf', 2);
    const report = runChecks({ claim: makeClaim(listing([scan])), documents: [scan], ruleset });
    expect(report.checks).toHaveLength(7);
    for (const c of report.checks) expect(c.status === 'pass', `${c.id}: ${c.summary}`).toBe(false);
    expect(report.checks.find((c) => c.id === 'signature')?.status).toBe('review');
    expect(report.suggestedDecision).toBe('action-required');
  });

  it('turns a password-protected document into review and asks for readable copies', () => {
    const locked = brokenDoc('1004973/locked.pdf', 'password-required', 'a user password is needed');
    const report = runChecks({ claim: makeClaim(listing([locked])), documents: [locked], ruleset });
    expect(report.checks.find((c) => c.id === 'signature')?.summary).toContain('password-required');
    expect(report.suggestedReasons).toContain('documents-unreadable');
  });

  it('sees documents the claim lists but the caller did not pass, and their states', () => {
    const poe = pdf('1004973/poe.pdf', VALID_TEMPLATE_PAGES);
    const claim = makeClaim({ documents: [{ path: '1004973/poe.pdf' }, { path: '1004973/acceptance.pdf' }] });
    const derived = runChecks({ claim, documents: [poe], ruleset });
    expect(derived.suggestedDecision).toBe('action-required');
    expect(derived.suggestedReasons).toContain('documents-unreadable');
    expect(derived.draftComment).toContain('1004973/acceptance.pdf');
    const listed = runChecks({
      claim,
      documents: [poe],
      ruleset,
      listedDocuments: [
        { path: '1004973/poe.pdf', state: 'ok' },
        { path: '1004973/acceptance.pdf', state: 'refused', stateDetail: 'larger than the 200 MB limit' },
      ],
    });
    expect(listed.suggestedReasons).toContain('documents-unreadable');
    const names = listed.checks.find((c) => c.id === 'names');
    expect(names?.status).toBe('pass');
    const sig = runChecks({
      claim,
      documents: [],
      ruleset,
      listedDocuments: [{ path: '1004973/acceptance.pdf', state: 'refused', stateDetail: 'larger than the 200 MB limit' }],
    });
    expect(sig.checks.find((c) => c.id === 'signature')?.summary).toContain('refused: larger than the 200 MB limit');
    expect(sig.checks.find((c) => c.id === 'document-type')?.status).toBe('review');
  });

  it('does not count the same document twice when paths are spelled differently', () => {
    const poe = pdf('1004973/poe.pdf', VALID_TEMPLATE_PAGES);
    const report = runChecks({ claim: makeClaim({ documents: [{ path: './1004973/poe.pdf' }] }), documents: [poe], ruleset });
    expect(report.suggestedDecision).toBe('approve');
  });

  it('asks nothing of a revenue claim whatever its documents', () => {
    const report = runChecks({ claim: makeClaim({ activity: 'revenue', submittedAt: null }), documents: [], ruleset });
    expect(report.suggestedDecision).toBe('approve');
    expect(report.suggestedReasons).toEqual([]);
  });

  it('names the ruleset as id@version', () => {
    expect(rulesetLabel(ruleset)).toMatch(/^poe-default@\d/);
  });
});
