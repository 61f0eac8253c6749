import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, setSetting } from '@renderer/db';

/** Setting keys the UI keeps (values are JSON-able; the db module stores them). */
export const SETTINGS = {
  reviewerName: 'reviewerName',
  autoAdvance: 'autoAdvance',
  lastQueueId: 'lastQueueId',
  lastClaimId: 'lastClaimId',
} as const;

/** A setting, live; undefined while it loads (so "not set yet" and "loading" differ). */
export function useSetting<T>(key: string, fallback: T): T | undefined {
  return useLiveQuery(() => getSetting<T>(key, fallback), [key]);
}

export function useReviewerName(): string | null | undefined {
  return useSetting<string | null>(SETTINGS.reviewerName, null);
}

export function useAutoAdvance(): boolean {
  return useSetting<boolean>(SETTINGS.autoAdvance, true) ?? true;
}

export { getSetting, setSetting };
