import { z } from 'zod';

/**
 * An undo: a new record (and audit event "decision-undone") naming the decision it revokes. The
 * revoked decision stays in the history and the audit chain; the claim's current decision is
 * then the one before it, or none.
 */
export const UndoSchema = z.object({
  undoId: z.string().min(1),
  queueId: z.string().min(1),
  claimId: z.string().min(1),
  /** decisionId of the decision this undo revokes. */
  revokes: z.string().min(1),
  reviewer: z.string().min(1),
  /** UTC ISO date-time. */
  undoneAt: z.string(),
  appVersion: z.string(),
});
export type Undo = z.infer<typeof UndoSchema>;
