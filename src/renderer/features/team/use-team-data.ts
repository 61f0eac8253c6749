import { useLiveQuery } from 'dexie-react-hooks';
import { logQueueOf } from '@shared/decision-log/team';
import type { LogEvent, LogQueue } from '@shared/decision-log/schema';
import { listLogEvents, listTeamBatches } from '@renderer/db/team';
import type { QueueRow, TeamBatchRow } from '@renderer/db/types';

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
