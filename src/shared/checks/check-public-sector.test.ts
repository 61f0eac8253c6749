import { describe, expect, it } from 'vitest';
import { runChecks } from './engine';
import { DEFAULT_RULESET, parseRuleset } from './ruleset';
import { email, makeClaim, pdf, signature } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';

const disclosure =
  'Public Sector Disclosure: Fabrikam will receive fees and incentives from Microsoft in connection with this engagement. Acknowledged by Contoso County.';
const signedDisclosure = pdf('a/psd.pdf', [disclosure], { signatures: [signature()] });
const gov = (country: string) => ({ customer: { sector: 'government' as const, country } });

describe('public sector check', () => {
  it('is n/a for commercial customers', () => {
    expect(checkOf('public-sector', [signedDisclosure]).status).toBe('n/a');
  });

  it('passes a US government customer with a fee disclosure the customer signed', () => {
    const r = checkOf('public-sector', [signedDisclosure], gov('US'));
    expect(r.status).toBe('pass');
    expect(r.evidence[0]?.text).toContain('Public Sector Disclosure');
  });

  it('fails a US healthcare customer without any fee disclosure', () => {
    const r = checkOf('public-sector', [pdf('a/sow.pdf', ['Intune for Contoso Hospital'], { signatures: [signature()] })], {
      customer: { sector: 'healthcare', country: 'PR' },
    });
    expect(r.status).toBe('fail');
    expect(r.reasons).toEqual(['public-sector-disclosure-missing']);
  });

  it('asks for review when the disclosure is not acknowledged by the customer', () => {
    const partnerOnly = email('a/psd.eml', { from: { address: 'pkaur@fabrikam.com' }, body: disclosure });
    expect(checkOf('public-sector', [partnerOnly], gov('US')).status).toBe('review');
  });

  it('recognises disclosures in other languages', () => {
    const es = pdf('a/psd.pdf', ['Divulgación: Fabrikam recibirá una compensación por parte de Microsoft por este proyecto.'], {
      signatures: [signature()],
    });
    expect(
      checkOf('public-sector', [es], {
        program: 'partner-activities',
        partnerRole: 'Partner activities',
        customer: { sector: 'education', country: 'US' },
      }).status,
    ).toBe('pass');
  });

  it('applies the Partner Activities rule in India but not the CPOR usage rule', () => {
    const sow = pdf('a/sow.pdf', ['Workshop for Contoso University'], { signatures: [signature()] });
    expect(
      checkOf('public-sector', [sow], { program: 'partner-activities', customer: { sector: 'education', country: 'IN' } }).status,
    ).toBe('fail');
    expect(checkOf('public-sector', [sow], { customer: { sector: 'education', country: 'IN' } }).status).toBe('review'); // list empty: check by hand
  });

  it('is n/a outside Modern Work & Security usage (Business Applications pre-sales)', () => {
    expect(
      checkOf('public-sector', [signedDisclosure], {
        ...gov('US'),
        activity: 'pre-sales',
        solutionArea: 'Business Applications',
        transactionDate: '2026-09-01',
      }).status,
    ).toBe('n/a');
  });

  it('asks for review when the sector is unknown and the rules could apply', () => {
    const r = checkOf('public-sector', [signedDisclosure], { customer: { sector: null, country: 'US' } });
    expect(r.status).toBe('review');
    expect(r.summary).toContain('sector unknown');
  });

  it('fails a public sector customer in a country on the (configured) ineligibility list and suggests reject', () => {
    const rules = parseRuleset({ ...DEFAULT_RULESET, publicSector: { ...DEFAULT_RULESET.publicSector, ineligibleCountries: ['ZZ'] } });
    const report = runChecks({ claim: makeClaim(gov('ZZ')), documents: [signedDisclosure], ruleset: rules });
    expect(report.checks.find((c) => c.id === 'public-sector')?.status).toBe('fail');
    expect(report.suggestedDecision).toBe('reject');
    expect(report.suggestedReasons).toContain('public-sector-ineligible-country');
  });

  it('ships the ineligibility list empty and labelled for the team to fill', () => {
    expect(DEFAULT_RULESET.publicSector.ineligibleCountries).toEqual([]);
    expect(DEFAULT_RULESET.publicSector.ineligibleCountriesNote).toMatch(/TO BE FILLED/);
  });
});
