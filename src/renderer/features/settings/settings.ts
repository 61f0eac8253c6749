import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { getSetting } from '@renderer/db';
import { DEFAULT_KEYS, validateKeyMap, type KeyMap } from '@renderer/features/shortcuts/shortcuts';

/** Setting keys the UI keeps (values are JSON-able; the db module stores them). */
export const SETTINGS = {
  reviewerName: 'reviewerName',
  autoAdvance: 'autoAdvance',
  lastQueueId: 'lastQueueId',
  lastClaimId: 'lastClaimId',
  theme: 'theme',
  keys: 'keys',
  holidays: 'holidays',
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

export const ThemeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof ThemeSchema>;

/** "system" follows the OS (prefers-color-scheme); light or dark force one. */
export function useTheme(): Theme {
  return useSetting<Theme>(SETTINGS.theme, 'system', ThemeSchema) ?? 'system';
}

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

function subscribeSystemScheme(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia(SYSTEM_DARK);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isSystemDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(SYSTEM_DARK).matches;
}

/**
 * The colour scheme on screen: the one Settings forces, else the system's, followed as the
 * system changes it (for what the stylesheet cannot colour itself, such as canvas charts).
 */
export function useColorScheme(): 'light' | 'dark' {
  const theme = useTheme();
  const systemDark = useSyncExternalStore(subscribeSystemScheme, isSystemDark, () => false);
  if (theme !== 'system') return theme;
  return systemDark ? 'dark' : 'light';
}

const KeyMapSchema = z.object({
  approve: z.string(),
  'action-required': z.string(),
  reject: z.string(),
  next: z.string(),
  previous: z.string(),
  undo: z.string(),
});

/** The reviewer's keys (Settings > Keyboard); the defaults until changed or when the stored map is not valid. */
export function useKeyMap(): KeyMap {
  const stored = useSetting<KeyMap | null>(SETTINGS.keys, null, KeyMapSchema.nullable());
  return stored && validateKeyMap(stored).length === 0 ? stored : DEFAULT_KEYS;
}
