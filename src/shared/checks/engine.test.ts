import { describe, expect, it } from 'vitest';
import { runChecks } from './engine';
import { DEFAULT_RULESET, rulesetLabel } from './ruleset';
import { CHECK_IDS, ClaimCheckReportSchema } from './types';
import { brokenDoc, makeClaim, pdf, scannedPdf, VALID_TEMPLATE_PAGES } from './testing/fixtures';

const ruleset = DEFAULT_RULESET;

describe('runChecks', () => {
  it('passes the MCI guide\'s valid POE example on every check', () => {
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
    const report = runChecks({ claim: makeClaim(), documents: [scannedPdf('1004973/scan.pdf', 2)], ruleset });
    expect(report.checks).toHaveLength(7);
    for (const c of report.checks) expect(c.status === 'pass', `${c.id}: ${c.summary}`).toBe(false);
    expect(report.checks.find((c) => c.id === 'signature')?.status).toBe('review');
    expect(report.suggestedDecision).toBe('action-required');
  });

  it('turns a password-protected document into review and asks for readable copies', () => {
    const report = runChecks({ claim: makeClaim(), documents: [brokenDoc('1004973/locked.pdf', 'password-required', 'a user password is needed')], ruleset });
    expect(report.checks.find((c) => c.id === 'signature')?.summary).toContain('password-required');
    expect(report.suggestedReasons).toContain('documents-unreadable');
  });

  it('names the ruleset as id@version', () => {
    expect(rulesetLabel(ruleset)).toMatch(/^poe-default@\d/);
  });
});
