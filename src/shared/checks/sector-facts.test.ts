import { describe, expect, it } from 'vitest';
import { runChecks } from './engine';
import { DEFAULT_RULESET, parseRuleset } from './ruleset';
import { docx, email, makeClaim, pdf, signature } from '@test/check-fixtures';
import { checkOf } from '@test/check-run';

/** Issue 7, class 10: the sector comes from the claim's facts, country rules from the ruleset. */

const sow = (customer: string) =>
  pdf('a/sow.pdf', [`Statement of Work for ${customer}: Intune for 1,200 users at the hospital wards and the education centre.`], {
    signatures: [signature()],
  });
const ack = (customer: string) =>
  email('a/ack.eml', {
    from: { address: 'john.doe@contoso.com' },
    date: '2026-09-01T08:00:00Z',
    body: `I confirm Fabrikam delivered the Intune rollout for ${customer}.`,
  });
const minutes = (customer: string) =>
  docx('a/minutes.docx', [
    `${customer} public health programme: Intune rollout minutes`,
    'Ministry of Health guidance applied to the devices.',
  ]);

describe('sector from the claim', () => {
  it('treats a commercial customer as commercial whatever its name or its documents say (PDF, email, Word)', () => {
    for (const name of ['Contoso Health Foods', 'Contoso Education Supplies', 'Government Contractors Ltd']) {
      for (const doc of [sow(name), ack(name), minutes(name)]) {
        expect(checkOf('public-sector', [doc], { customer: { name, sector: 'commercial' } }).status).toBe('n/a');
      }
    }
  });

  it('applies the public sector rule to a government customer with a neutral name', () => {
    const r = checkOf('public-sector', [sow('Harbor Point Services')], {
      customer: { name: 'Harbor Point Services', sector: 'government', country: 'US' },
    });
    expect(r.status).toBe('fail');
    expect(r.reasons).toEqual(['public-sector-disclosure-missing']);
  });

  it('never guesses an unknown sector from words such as "Hospital": a person decides', () => {
    const r = checkOf('public-sector', [ack('St. Olav Hospital')], {
      customer: { name: 'St. Olav Hospital', sector: null, country: 'US' },
    });
    expect(r.status).toBe('review');
    expect(r.reasons ?? []).toEqual([]);
  });

  it('takes the disclosure countries from the ruleset', () => {
    const rules = parseRuleset({
      ...DEFAULT_RULESET,
      publicSector: {
        ...DEFAULT_RULESET.publicSector,
        rules: DEFAULT_RULESET.publicSector.rules.map((r) => ({ ...r, disclosureCountries: [...r.disclosureCountries, 'GB'] })),
      },
    });
    const claim = makeClaim({ documents: [{ path: 'a/sow.pdf' }], customer: { sector: 'education', country: 'GB' } });
    const withRule = runChecks({ claim, documents: [sow('Contoso College')], ruleset: rules, now: new Date('2026-11-20T00:00:00Z') });
    expect(withRule.checks.find((c) => c.id === 'public-sector')?.status).toBe('fail');
    const shipped = runChecks({
      claim,
      documents: [sow('Contoso College')],
      ruleset: DEFAULT_RULESET,
      now: new Date('2026-11-20T00:00:00Z'),
    });
    expect(shipped.checks.find((c) => c.id === 'public-sector')?.status).toBe('review');
  });
});
