import type { Acknowledgement } from './acknowledgements';
import { describeUnreadable, outcome, type CheckOutcome } from './check-kit';
import { evidenceAt, matchesIn, type CheckContext } from './context';
import type { PublicSectorRule } from './ruleset';
import type { Evidence } from './types';

/** The public sector rules that apply to this claim's program, activity and solution area. */
function applicableRules(ctx: CheckContext): PublicSectorRule[] {
  const { claim } = ctx;
  return ctx.rules.ruleset.publicSector.rules.filter((r) => {
    if (!r.programs.includes(claim.program)) return false;
    if (r.activities.length > 0 && !r.activities.includes(claim.activity)) return false;
    return !r.solutionAreaPattern || new RegExp(r.solutionAreaPattern, 'iu').test(claim.solutionArea);
  });
}

function findDisclosure(ctx: CheckContext): Evidence[] {
  const out: Evidence[] = [];
  for (const seg of ctx.segments) {
    for (const m of matchesIn(ctx.rules.feeDisclosure, seg)) {
      out.push(evidenceAt(seg, m.index, m.index + m[0].length));
      break;
    }
    if (out.length >= 3) break;
  }
  return out;
}

/**
 * Public sector (government, healthcare, education): ineligible countries fail; where the rules
 * require it, the partner's fees/compensation from Microsoft must be disclosed in writing and the
 * disclosure acknowledged by the customer (an accepted acknowledgement on the same document).
 */
export function checkPublicSector(ctx: CheckContext, acks: Acknowledgement[]): CheckOutcome {
  const ps = ctx.rules.ruleset.publicSector;
  const { customer } = ctx.claim;
  const rules = applicableRules(ctx);
  const country = customer.country?.toUpperCase() ?? null;
  const sector = customer.sector ?? null;
  if (sector === 'commercial') return outcome('public-sector', 'n/a', 'Commercial customer', []);
  if (rules.length === 0)
    return outcome(
      'public-sector',
      'n/a',
      `No public sector rule applies to ${ctx.claim.program} ${ctx.claim.activity} claims in "${ctx.claim.solutionArea}"`,
      [],
    );
  const needsDisclosure = country !== null && rules.some((r) => r.disclosureCountries.includes(country));
  const ineligibilityApplies = rules.some((r) => r.ineligibilityApplies);
  const ineligible = country !== null && ineligibilityApplies && ps.ineligibleCountries.includes(country);
  if (sector === null) {
    if (needsDisclosure || ineligible || country === null || (ineligibilityApplies && ps.ineligibleCountries.length === 0)) {
      return outcome(
        'public-sector',
        'review',
        `Customer sector unknown: decide whether it is public sector (government, healthcare, education); country ${country ?? 'unknown'}`,
        findDisclosure(ctx),
      );
    }
    return outcome('public-sector', 'n/a', `Customer sector unknown; no public sector rule would apply in ${country}`, []);
  }
  if (!ps.sectors.includes(sector)) return outcome('public-sector', 'n/a', `Sector "${sector}" is not public sector in this ruleset`, []);
  if (ineligible) {
    return outcome(
      'public-sector',
      'fail',
      `Public sector (${sector}) customer in ${country}, which is on the Public Sector Country Ineligibility List`,
      [],
      [{ code: 'public-sector-ineligible-country', detail: `customer in ${country ?? ''}` }],
    );
  }
  if (country === null)
    return outcome(
      'public-sector',
      'review',
      `Public sector (${sector}) customer with no country: check eligibility and disclosure by hand`,
      findDisclosure(ctx),
    );
  if (!needsDisclosure) {
    if (ineligibilityApplies && ps.ineligibleCountries.length === 0) {
      return outcome(
        'public-sector',
        'review',
        `Public sector (${sector}) customer in ${country}: the ineligibility list in ${ctx.rules.label} is empty (to be filled), check eligibility by hand`,
        [],
      );
    }
    return outcome(
      'public-sector',
      'n/a',
      `Public sector (${sector}) customer in ${country}: no disclosure required and the country is eligible`,
      [],
    );
  }
  const disclosure = findDisclosure(ctx);
  if (disclosure.length === 0) {
    if (ctx.unreadable.length > 0)
      return outcome(
        'public-sector',
        'review',
        `No fee disclosure in the readable text (required for ${sector} customers in ${country}); look at ${describeUnreadable(ctx)}`,
        [],
      );
    return outcome(
      'public-sector',
      'fail',
      `No written disclosure of the partner's fees or compensation from Microsoft (required for ${sector} customers in ${country})`,
      [],
      [{ code: 'public-sector-disclosure-missing', detail: `${sector} customer in ${country}` }],
    );
  }
  const ackedDocs = new Set(acks.filter((a) => a.strength === 'accepted').map((a) => a.evidence.document));
  const acked = disclosure.filter((e) => ackedDocs.has(e.document));
  if (acked.length > 0) {
    return outcome('public-sector', 'pass', `Fee disclosure present and acknowledged by the customer (${sector}, ${country})`, [
      ...acked,
      ...acks
        .filter((a) => a.strength === 'accepted' && a.evidence.document === acked[0]?.document)
        .slice(0, 1)
        .map((a) => a.evidence),
    ]);
  }
  return outcome(
    'public-sector',
    'review',
    `Fee disclosure found, but no customer acknowledgement on the same document (${sector}, ${country})`,
    disclosure,
  );
}
