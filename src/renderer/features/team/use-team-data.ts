import { useLiveQuery } from 'dexie-react-hooks';
import { logQueueOf } from '@shared/decision-log/team';
import type { LogEvent, LogQueue } from '@shared/decision-log/schema';
import { listLogEvents, listMergedLogEvents, listTeamBatches } from '@renderer/db/team';
import type { QueueRow, TeamBatchRow } from '@renderer/db/types';
import { NO_TEAM_DECISIONS, teamDecisionsOf, type TeamDecisions } from './team-decisions';

export interface TeamData {
  /** The team queue the open queue's decisions are logged under. */
  logQueue: LogQueue;
  /** Every event merged or made here for the team queue; live. */
  events: readonly LogEvent[];
  batches: readonly TeamBatchRow[];
  isLoading: boolean;
}

const NO_EVENTS: readonly LogEvent[] = [];
const NO_BATCHES: readonly TeamBatchRow[] = [];

export function useTeamData(queue: QueueRow): TeamData {
  const logQueue = logQueueOf(queue);
  const events = useLiveQuery(() => listLogEvents(logQueue.queueId), [logQueue.queueId]);
  const batches = useLiveQuery(() => listTeamBatches(queue.queueId), [queue.queueId]);
  return {
    logQueue,
    events: events ?? NO_EVENTS,
    batches: batches ?? NO_BATCHES,
    isLoading: events === undefined || batches === undefined,
  };
}

/**
 * The team's decisions on the open queue's claims, once logs of other reviewers were merged
 * into it (none before: a reviewer's own decisions are already on their claims); live.
 */
export function useTeamDecisions(queue: QueueRow | null | undefined): TeamDecisions {
  const logQueueId = queue ? logQueueOf(queue).queueId : null;
  const decisions = useLiveQuery(async () => {
    const events = logQueueId ? await listMergedLogEvents(logQueueId) : null;
    return events ? teamDecisionsOf(events) : NO_TEAM_DECISIONS;
  }, [logQueueId]);
  return decisions ?? NO_TEAM_DECISIONS;
}
