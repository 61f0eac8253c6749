import { describe, expect, it } from 'vitest';
import { runChecks } from './engine';
import { DEFAULT_RULESET, parseRuleset } from './ruleset';
import { brokenDoc, listing, makeClaim, pdf, scannedPdf, signature, VALID_TEMPLATE_PAGES } from '@test/check-fixtures';
import { suggest } from './suggest';

describe('suggested decision and drafted comment', () => {
  it('asks a stale claim for a recent customer confirmation, naming the missing workload', () => {
    const old = pdf('a/sow.pdf', VALID_TEMPLATE_PAGES, { signatures: [signature({ signingTime: '2024-01-10T10:00:00Z' })] });
    const claim = makeClaim({
      documents: [{ path: 'a/sow.pdf' }],
      workloads: [
        { name: 'Microsoft Intune', subscriptionId: null, association: 'none' },
        { name: 'Exchange Online', subscriptionId: null, association: 'none' },
      ],
    });
    // The template's own "Date Signed 6/5/2026" is newer; drop it to make the SOW only old.
    const pages = VALID_TEMPLATE_PAGES.map((p) => p.replace(/E-Signed by.*$/m, '').replace(/June 1, 2026 – September 10, 2026/, ''));
    const report = runChecks({
      claim,
      documents: [{ ...old, parts: old.parts.map((part, i) => ({ ...part, text: pages[i] ?? '' })) }],
      ruleset: DEFAULT_RULESET,
    });
    expect(report.suggestedDecision).toBe('action-required');
    expect(report.suggestedReasons).toEqual(expect.arrayContaining(['acknowledgement-stale', 'workloads-not-in-poe']));
    expect(report.draftComment).toContain('recent customer confirmation');
    expect(report.draftComment).toContain('Exchange Online');
  });

  it('suggests approve only when nothing failed or needs review', () => {
    const report = runChecks({
      claim: makeClaim({ documents: [{ path: 'a/poe.pdf' }] }),
      documents: [pdf('a/poe.pdf', VALID_TEMPLATE_PAGES)],
      ruleset: DEFAULT_RULESET,
    });
    expect(report.suggestedDecision).toBe('approve');
    expect(report.suggestedReasons).toEqual([]);
    expect(report.draftComment).toBeUndefined();
  });

  it('explains a review-only claim with a reason and a comment: scans need a reviewer, not a new upload', () => {
    const text = pdf('a/sow.pdf', [VALID_TEMPLATE_PAGES[0] ?? '']);
    const scan = scannedPdf('a/signed-page.pdf');
    const report = runChecks({ claim: makeClaim(listing([text, scan])), documents: [text, scan], ruleset: DEFAULT_RULESET });
    expect(report.checks.some((c) => c.status === 'review')).toBe(true);
    expect(report.checks.some((c) => c.status === 'fail')).toBe(false);
    expect(report.suggestedDecision).toBe('action-required');
    expect(report.suggestedReasons).toEqual(['needs-manual-review']);
    expect(report.draftComment).toContain('a/signed-page.pdf');
    expect(report.draftComment).toContain('reviewed by hand');
  });

  it('names the broken documents in the comment', () => {
    const locked = brokenDoc('a/locked.pdf', 'password-required', 'a user password is needed');
    const report = runChecks({ claim: makeClaim(listing([locked])), documents: [locked], ruleset: DEFAULT_RULESET });
    expect(report.suggestedReasons).toEqual(['documents-unreadable']);
    expect(report.draftComment).toContain('a/locked.pdf');
  });

  it('never leaves the comment empty when the suggestion is not approve', () => {
    const review = { id: 'public-sector' as const, status: 'review' as const, summary: 'Customer sector unknown', evidence: [] };
    const s = suggest([review], [], { broken: [], imageOnly: [] });
    expect(s.decision).toBe('action-required');
    expect(s.reasons).toEqual(['needs-manual-review']);
    expect(s.comment).toContain('public sector disclosure');
    const other = suggest([{ ...review, status: 'fail' }], [{ code: 'other' }], { broken: [], imageOnly: [] });
    expect(other.comment.length).toBeGreaterThan(0);
  });

  it('gives revenue claims every check as n/a (no POE review)', () => {
    const report = runChecks({ claim: makeClaim({ activity: 'revenue', submittedAt: null }), documents: [], ruleset: DEFAULT_RULESET });
    expect(report.checks.every((c) => c.status === 'n/a')).toBe(true);
  });

  it('rejects a ruleset with a broken pattern, naming the field', () => {
    expect(() => parseRuleset({ ...DEFAULT_RULESET, feeDisclosure: ['(unclosed'] })).toThrow(/feeDisclosure/);
  });
});
