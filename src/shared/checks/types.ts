import { z } from 'zod';
import { ClaimLinkSchema } from '../links/types';

/** The seven check ids of QUEUE-FORMAT.md, in the order the checklist shows them. */
export const CHECK_IDS = ['signature', 'names', 'dates', 'workloads', 'public-sector', 'activity-detail', 'document-type'] as const;
export const CheckIdSchema = z.enum(CHECK_IDS);
export type CheckId = z.infer<typeof CheckIdSchema>;

export const CheckStatusSchema = z.enum(['pass', 'fail', 'review', 'n/a']);
export type CheckStatus = z.infer<typeof CheckStatusSchema>;

/** A box on a page in PDF user-space units (origin bottom-left), as pdf.js reports text items. */
export const BoxSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
export type Box = z.infer<typeof BoxSchema>;

export const EvidenceSchema = z
  .object({
    /** Queue-relative document path; for an email attachment `mail.eml#attachment-name.pdf`. */
    document: z.string(),
    /** 1-based page number (PDF) ... */
    page: z.number().int().positive().optional(),
    /** ... or a part name for formats without pages: "header", "body", "sheet:Tasks", "paragraphs". */
    part: z.string().optional(),
    text: z.string(),
    box: BoxSchema.optional(),
    /** Read by OCR: the mean confidence (0–1) of the words quoted. Absent for text layers. */
    ocrConfidence: z.number().min(0).max(1).optional(),
    /** The quote shows a fillable PDF form's value: the field's name. Extra to the contract. */
    formField: z.string().optional(),
  })
  .loose();
export type Evidence = z.infer<typeof EvidenceSchema>;

export const CheckResultSchema = z
  .object({
    id: CheckIdSchema,
    status: CheckStatusSchema,
    summary: z.string(),
    evidence: z.array(EvidenceSchema),
    /** Reason codes (shared/decisions/reasons.ts) behind a "fail"; extra to the contract. */
    reasons: z.array(z.string()).optional(),
  })
  .loose();
export type CheckResult = z.infer<typeof CheckResultSchema>;

export const DecisionKindSchema = z.enum(['approve', 'action-required', 'reject']);
export type DecisionKind = z.infer<typeof DecisionKindSchema>;

export const ClaimCheckReportSchema = z
  .object({
    claimId: z.string(),
    suggestedDecision: DecisionKindSchema,
    checks: z.array(CheckResultSchema),
    /** Reason codes (shared/decisions/reasons.ts) behind the suggestion; extra to the contract. */
    suggestedReasons: z.array(z.string()).optional(),
    /** A drafted comment to the partner from the failed checks; extra to the contract. */
    draftComment: z.string().optional(),
  })
  .loose();
export type ClaimCheckReport = z.infer<typeof ClaimCheckReportSchema>;

export const CheckReportErrorSchema = z
  .object({ claimId: z.string().optional(), document: z.string().optional(), message: z.string() })
  .loose();
export type CheckReportError = z.infer<typeof CheckReportErrorSchema>;

/** The report `check <queue> --format json` writes ("poe-checks/1"). */
export const CheckReportSchema = z
  .object({
    schema: z.literal('poe-checks/1'),
    ruleset: z.string(),
    queue: z.string(),
    claims: z.array(ClaimCheckReportSchema),
    /** Queue-level links between claims (conflicts, duplicate files, reused text); optional in older reports, always written by `check`. */
    links: z.array(ClaimLinkSchema).optional(),
    errors: z.array(CheckReportErrorSchema),
  })
  .loose();
export type CheckReport = z.infer<typeof CheckReportSchema>;
