import { z } from 'zod';
import type { LogQueue } from './schema';

/**
 * A batch's assignment, written into its queue.json as the extra top-level field `team` (the
 * queue format keeps unknown fields): which team queue the batch belongs to and who reviews it.
 * A reviewer's decisions on a batch count for the team queue, so their log names that queue.
 */
export const TeamAssignmentSchema = z
  .object({
    queueId: z.string().min(1),
    queueName: z.string(),
    batchId: z.string().min(1),
    batchName: z.string(),
    reviewer: z.string().min(1),
    assignedAt: z.string(),
    /** "second-review": a QC batch; its decisions second-review the ones named per claim. */
    purpose: z.enum(['review', 'second-review']).optional(),
    /** QC batches: claim ID -> the first decision's id (hidden from the second reviewer until they decide). */
    secondReviewOf: z.record(z.string(), z.string()).optional(),
  })
  .loose();
export type TeamAssignment = z.infer<typeof TeamAssignmentSchema>;

/** The assignment a queue manifest's header carries, if any (a malformed one is ignored). */
export function teamAssignmentOf(header: Record<string, unknown> | undefined): TeamAssignment | null {
  const parsed = TeamAssignmentSchema.safeParse(header?.['team']);
  return parsed.success ? parsed.data : null;
}

/** The queue a local queue's decisions are logged under: the team queue for a batch, else itself. */
export function logQueueOf(queue: { queueId: string; name: string; header?: Record<string, unknown> }): LogQueue {
  const team = teamAssignmentOf(queue.header);
  return team ? { queueId: team.queueId, name: team.queueName } : { queueId: queue.queueId, name: queue.name };
}
