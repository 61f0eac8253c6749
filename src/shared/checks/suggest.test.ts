import { describe, expect, it } from 'vitest';
import { runChecks } from './engine';
import { DEFAULT_RULESET, parseRuleset } from './ruleset';
import { makeClaim, pdf, signature, VALID_TEMPLATE_PAGES } from './testing/fixtures';

describe('suggested decision and drafted comment', () => {
  it('asks a stale claim for a recent customer confirmation, naming the missing workload', () => {
    const old = pdf('a/sow.pdf', VALID_TEMPLATE_PAGES, { signatures: [signature({ signingTime: '2024-01-10T10:00:00Z' })] });
    const claim = makeClaim({ workloads: [{ name: 'Microsoft Intune', subscriptionId: null, association: 'none' }, { name: 'Exchange Online', subscriptionId: null, association: 'none' }] });
    // The template's own "Date Signed 6/5/2026" is newer; drop it to make the SOW only old.
    const pages = VALID_TEMPLATE_PAGES.map((p) => p.replace(/E-Signed by.*$/m, '').replace(/June 1, 2026 – September 10, 2026/, ''));
    const report = runChecks({ claim, documents: [{ ...old, parts: old.parts.map((part, i) => ({ ...part, text: pages[i] ?? '' })) }], ruleset: DEFAULT_RULESET });
    expect(report.suggestedDecision).toBe('action-required');
    expect(report.suggestedReasons).toEqual(expect.arrayContaining(['acknowledgement-stale', 'workloads-not-in-poe']));
    expect(report.draftComment).toContain('recent customer confirmation');
    expect(report.draftComment).toContain('Exchange Online');
  });

  it('suggests approve only when nothing failed or needs review', () => {
    const report = runChecks({ claim: makeClaim(), documents: [pdf('a/poe.pdf', VALID_TEMPLATE_PAGES)], ruleset: DEFAULT_RULESET });
    expect(report.suggestedDecision).toBe('approve');
    expect(report.suggestedReasons).toEqual([]);
    expect(report.draftComment).toBeUndefined();
  });

  it('gives revenue claims every check as n/a (no POE review)', () => {
    const report = runChecks({ claim: makeClaim({ activity: 'revenue', submittedAt: null }), documents: [], ruleset: DEFAULT_RULESET });
    expect(report.checks.every((c) => c.status === 'n/a')).toBe(true);
  });

  it('rejects a ruleset with a broken pattern, naming the field', () => {
    expect(() => parseRuleset({ ...DEFAULT_RULESET, feeDisclosure: ['(unclosed'] })).toThrow(/feeDisclosure/);
  });
});
