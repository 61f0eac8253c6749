import type { Claim } from '../queue/claim-schema';
import type { ExtractedDocument } from '../documents/types';
import { collectAcknowledgements } from './acknowledgements';
import { outcome, type CheckOutcome } from './check-kit';
import { checkActivityDetail } from './check-activity';
import { checkDates } from './check-dates';
import { checkDocumentType } from './check-document-type';
import { checkNames } from './check-names';
import { checkPublicSector } from './check-public-sector';
import { checkSignature } from './check-signature';
import { checkWorkloads } from './check-workloads';
import { buildContext } from './context';
import { compileRuleset, type Ruleset } from './ruleset';
import { suggest } from './suggest';
import { CHECK_IDS, type ClaimCheckReport } from './types';

export interface RunChecksInput {
  claim: Claim;
  /** The claim's documents as the readers produced them (any state; attachments nested). */
  documents: ExtractedDocument[];
  ruleset: Ruleset;
  /** The reference "today" for claims without a submission date; defaults to the current time. */
  now?: Date;
}

/**
 * Runs the seven checks of the POE checklist on one claim. Pure: data in, data out; every
 * check id appears once, in CHECK_IDS order; no check passes without evidence.
 */
export function runChecks(input: RunChecksInput): ClaimCheckReport {
  const rules = compileRuleset(input.ruleset);
  const ctx = buildContext(input.claim, input.documents, rules, input.now ?? new Date());
  let outcomes: CheckOutcome[];
  if (rules.ruleset.noPoeReviewActivities.includes(input.claim.activity)) {
    outcomes = CHECK_IDS.map((id) => outcome(id, 'n/a', `${input.claim.activity} claims get no POE review (${rules.label})`, []));
  } else {
    const acks = collectAcknowledgements(ctx);
    outcomes = [
      checkSignature(ctx, acks),
      checkNames(ctx),
      checkDates(ctx, acks),
      checkWorkloads(ctx),
      checkPublicSector(ctx, acks),
      checkActivityDetail(ctx),
      checkDocumentType(ctx),
    ];
  }
  const checks = outcomes.map((o) => o.result);
  // Documents that could not be opened at all (not scans, which a person can read) ask the partner for copies.
  const hasBrokenDocuments = ctx.documents.some((d) => d.state !== 'ok');
  const s = suggest(checks, outcomes.flatMap((o) => o.reasons), hasBrokenDocuments);
  const report: ClaimCheckReport = { claimId: input.claim.claimId, suggestedDecision: s.decision, checks, suggestedReasons: s.reasons };
  if (s.comment) report.draftComment = s.comment;
  return report;
}
