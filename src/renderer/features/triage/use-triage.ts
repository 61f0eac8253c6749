import { startTransition, useEffect, useMemo, useState } from 'react';
import { z } from 'zod';
import { listTriage } from '@renderer/db';
import type { QueueRow, TriageRow } from '@renderer/db/types';
import { todayIso } from '@renderer/app/clock';
import { SETTINGS, useSetting } from '@renderer/features/settings/settings';
import { DEFAULT_CALENDAR, HolidaySchema, withHolidays, type WorkCalendar } from '@shared/clocks/work-calendar';
import { triageInfos, type LinkRef, type TriageInfo, type TriageInfoCache } from './triage-info';
import { useLinkRefs } from './use-links';
import { onTriageRows, startTriage, stopTriage } from './triage-runner';

const NO_INFO: ReadonlyMap<string, TriageInfo> = new Map();
const NO_ROWS: readonly TriageRow[] = [];
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
 * The open queue's triage rows: read once per queue and import, then kept current from the rows
 * the run stores (only the run writes them). A live query read every row again on each write,
 * and Dexie deep-copied them: a long task on the page every second on a 1,000-claim queue.
 * Undefined until the first read.
 */
function useQueueTriageRows(queueId: string | null, importId: string | null): readonly TriageRow[] | undefined {
  const [rows, setRows] = useState<{ queueId: string | null; importId: string | null; rows: readonly TriageRow[] }>();
  useEffect(() => {
    if (!queueId) return;
    let isLive = true;
    let byKey: Map<string, TriageRow> | null = null;
    const early: TriageRow[] = [];
    const add = (fresh: readonly TriageRow[]) => {
      const next = new Map(byKey);
      for (const r of fresh) if (r.queueId === queueId) next.set(r.key, r);
      byKey = next;
      const rows = [...next.values()];
      // A transition: the list's refresh is drawn in slices that give way to the reviewer's
      // clicks and keys, not in one task per refresh.
      startTransition(() => setRows({ queueId, importId, rows }));
    };
    const stop = onTriageRows((fresh) => {
      if (byKey) add(fresh);
      else early.push(...fresh);
    });
    void listTriage(queueId).then((stored) => {
      if (!isLive) return;
      byKey = new Map(stored.map((r) => [r.key, r]));
      add(early);
    });
    return () => {
      isLive = false;
      stop();
    };
  }, [queueId, importId]);
  if (!queueId) return NO_ROWS;
  return rows && rows.queueId === queueId && rows.importId === importId ? rows.rows : undefined;
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
  const rows = useQueueTriageRows(queueId, importId);
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
