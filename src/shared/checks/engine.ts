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
import { lowConfidencePass } from '../documents/ocr';

/** A document the claim lists, as the caller last saw it (read or not). */
export interface ListedDocument {
  path: string;
  /** A DocumentState ("ok", "missing", "refused"...) or any caller's word for it. */
  state: string;
  stateDetail?: string;
}

export interface RunChecksInput {
  claim: Claim;
  /** The claim's documents as the readers produced them (any state; attachments nested). */
  documents: ExtractedDocument[];
  ruleset: Ruleset;
  /**
   * The documents the claim lists and their states. Listed documents not among `documents` are
   * reported as unreadable (missing, refused...). Defaults to the claim's own document list.
   */
  listedDocuments?: ListedDocument[];
  /** The reference "today" for claims without a submission date; defaults to the current time. */
  now?: Date;
}

/**
 * Runs the seven checks of the POE checklist on one claim. Pure: data in, data out; every
 * check id appears once, in CHECK_IDS order; no check passes without evidence.
 */
export function runChecks(input: RunChecksInput): ClaimCheckReport {
  const rules = compileRuleset(input.ruleset);
  const listed = input.listedDocuments ?? input.claim.documents.map((d) => ({ path: d.path, state: 'missing' }));
  const ctx = buildContext(input.claim, input.documents, rules, input.now ?? new Date(), listed);
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
      checkDocumentType(ctx, acks),
    ];
  }
  // OCR never approves alone: a pass resting only on words read with low confidence is review.
  const checks = outcomes.map((o) => lowConfidencePass(o.result, rules.ruleset.ocr));
  // No POE review (revenue): nothing to ask the partner for, whatever the documents.
  const reviewed = !rules.ruleset.noPoeReviewActivities.includes(input.claim.activity);
  const broken = reviewed
    ? [...ctx.documents.filter((d) => d.state !== 'ok' && !ctx.skipped.has(d)).map((d) => d.path), ...ctx.notGiven.map((u) => u.document)]
    : [];
  const imageOnly = reviewed ? ctx.unreadable.filter((u) => u.imageOnly).map((u) => u.document) : [];
  const s = suggest(
    checks,
    outcomes.flatMap((o) => o.reasons),
    { broken: [...new Set(broken)], imageOnly },
  );
  const report: ClaimCheckReport = { claimId: input.claim.claimId, suggestedDecision: s.decision, checks, suggestedReasons: s.reasons };
  if (s.comment) report.draftComment = s.comment;
  return report;
}
