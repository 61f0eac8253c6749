import { z } from 'zod';
import { CheckIdSchema, CheckStatusSchema, DecisionKindSchema } from '../checks/types';

export type { DecisionKind } from '../checks/types';

/** One row of the checklist as the reviewer left it: the engine's verdict and the override side by side. */
export const ChecklistEntrySchema = z.object({
  id: CheckIdSchema,
  /** The engine's verdict, when the engine ran. */
  engineStatus: CheckStatusSchema.nullable(),
  engineSummary: z.string().nullable(),
  /** The reviewer's own status, when set (overrides the engine). */
  manualStatus: CheckStatusSchema.nullable(),
  note: z.string(),
});
export type ChecklistEntry = z.infer<typeof ChecklistEntrySchema>;

export const DecidedDocumentSchema = z.object({ path: z.string(), sha256: z.string().nullable() });
export type DecidedDocument = z.infer<typeof DecidedDocumentSchema>;

/** A decision as stored and exported. Client-generated `decisionId` makes saves idempotent. */
export const DecisionSchema = z.object({
  decisionId: z.string().min(1),
  queueId: z.string().min(1),
  claimId: z.string().min(1),
  kind: DecisionKindSchema,
  reasons: z.array(z.string()),
  comment: z.string(),
  overrideNote: z.string(),
  reviewer: z.string().min(1),
  /** UTC ISO date-time. */
  decidedAt: z.string(),
  checklist: z.array(ChecklistEntrySchema),
  documents: z.array(DecidedDocumentSchema),
  appVersion: z.string(),
  /** The decision this one replaces, if it changed an earlier one. */
  supersedes: z.string().nullable(),
  /** Claims in a conflict with this one when it was decided ("<queueId>/<claimId>" for another queue's). */
  relatedClaims: z.array(z.string()).optional(),
});
export type Decision = z.infer<typeof DecisionSchema>;
