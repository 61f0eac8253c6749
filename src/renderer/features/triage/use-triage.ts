import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { listTriage } from '@renderer/db';
import type { QueueRow } from '@renderer/db/types';
import { todayIso } from '@renderer/app/clock';
import { SETTINGS, useSetting } from '@renderer/features/settings/settings';
import { DEFAULT_CALENDAR, HolidaySchema, withHolidays, type WorkCalendar } from '@shared/clocks/work-calendar';
import { triageInfos, type LinkRef, type TriageInfo, type TriageInfoCache } from './triage-info';
import { useLinkRefs } from './use-links';
import { startTriage, stopTriage } from './triage-runner';

const NO_INFO: ReadonlyMap<string, TriageInfo> = new Map();
const NO_LINKS: ReadonlyMap<string, readonly LinkRef[]> = new Map();

/** The working calendar with the holidays edited in settings (the data file's until edited). */
export function useCalendar(): WorkCalendar {
  const holidays = useSetting(SETTINGS.holidays, null, z.array(HolidaySchema).nullable());
  return useMemo(() => (holidays ? withHolidays(DEFAULT_CALENDAR, holidays) : DEFAULT_CALENDAR), [holidays]);
}

/** Today's date, moving on at midnight (checked each minute). */
export function useToday(): string {
  const [today, setToday] = useState(() => todayIso());
  useEffect(() => {
    const timer = setInterval(() => setToday(todayIso()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}

/**
 * Triage of the open queue, by claim ID: starts (or resumes) the background run once the queue's
 * import is stored, and derives clocks from the stored rows and links across every queue (found in
 * the links worker).
 */
export function useTriage(queue: QueueRow | null | undefined, isImporting: boolean): ReadonlyMap<string, TriageInfo> {
  const queueId = queue?.queueId ?? null;
  const importId = queue?.importId ?? null;
  useEffect(() => {
    // An import holds the run (the reviewer waits on the import; the run may be for an import it
    // replaces); the run resumes where it was once the import is done.
    if (isImporting) stopTriage();
    else if (queueId && importId) void startTriage(queueId);
  }, [queueId, importId, isImporting]);
  // The open queue's rows only; links across every queue are found off this thread.
  const rows = useLiveQuery(() => (queueId ? listTriage(queueId) : []), [queueId]);
  const links = useLinkRefs(rows);
  const today = useToday();
  const calendar = useCalendar();
  // Unchanged claims keep their info objects from one refresh to the next: their rows are not drawn again.
  const [cache] = useState<TriageInfoCache>(() => new Map());
  return useMemo(
    () => (rows && queueId && importId ? triageInfos(rows, queueId, importId, links ?? NO_LINKS, today, calendar, cache) : NO_INFO),
    [rows, links, queueId, importId, today, calendar, cache],
  );
}
