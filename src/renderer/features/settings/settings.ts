import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { getSetting } from '@renderer/db';

/** Setting keys the UI keeps (values are JSON-able; the db module stores them). */
export const SETTINGS = {
  reviewerName: 'reviewerName',
  autoAdvance: 'autoAdvance',
  lastQueueId: 'lastQueueId',
  lastClaimId: 'lastClaimId',
} as const;

/** A setting, live and checked against its schema; undefined while it loads (so "not set" and "loading" differ). */
export function useSetting<T>(key: string, fallback: T, schema: z.ZodType<T>): T | undefined {
  return useLiveQuery(() => getSetting<T>(key, fallback, schema), [key]);
}

/** A reviewer name as stored; anything else reads as "not set". */
export const NullableName = z.string().min(1).nullable();

export function useReviewerName(): string | null | undefined {
  return useSetting<string | null>(SETTINGS.reviewerName, null, NullableName);
}

export function useAutoAdvance(): boolean {
  return useSetting<boolean>(SETTINGS.autoAdvance, true, z.boolean()) ?? true;
}

/** Schema of the remembered queue and claim ids. */
export const NullableId = z.string().min(1).nullable();

export { getSetting };
