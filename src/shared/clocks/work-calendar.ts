import { z } from 'zod';
import defaultCalendarJson from '../../../resources/calendars/default.json';
import { fromIsoDate, isValidDate, toIsoDate, type CalendarDate } from '../text/calendar';

const IsoDay = z
  .string()
  .refine(
    (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isValidDate(fromIsoDate(s) ?? { year: 0, month: 0, day: 0 }),
    'expected a date YYYY-MM-DD',
  );

export const HolidaySchema = z.object({ date: IsoDay, name: z.string().default('') });

/**
 * The data behind the claim clocks: working days, public holidays (editable in settings), and
 * the periods of the program guides (five business days to answer, 14 days for partner action,
 * 30 days to dispute, Partner Activities consent and POE deadlines by engagement size).
 */
export const WorkCalendarSchema = z.object({
  id: z.string().min(1),
  description: z.string().default(''),
  /** Days of the week not worked, 0 = Sunday. */
  weekend: z.array(z.number().int().min(0).max(6)),
  holidays: z.array(HolidaySchema),
  rules: z.object({
    reviewBusinessDays: z.number().int().positive(),
    /** The answer takes longer when a competing claim exists (both associations are evaluated). */
    competingReviewBusinessDays: z.number().int().positive(),
    actionRequiredDays: z.number().int().positive(),
    disputeDays: z.number().int().positive(),
    consentDays: z.number().int().positive(),
    /** Partner Activities: days after consent, by engagement size (first pattern found in the engagement wins; "" matches all). */
    poeDeadlines: z
      .array(
        z.object({
          size: z.string(),
          pattern: z.string(),
          notSubmittedDays: z.number().int().positive(),
          actionRequiredDays: z.number().int().positive(),
        }),
      )
      .min(1),
  }),
});
export type WorkCalendar = z.infer<typeof WorkCalendarSchema>;
export type Holiday = z.infer<typeof HolidaySchema>;

export const DEFAULT_CALENDAR: WorkCalendar = WorkCalendarSchema.parse(defaultCalendarJson);

/** The calendar with another holiday list (the one edited in settings). */
export function withHolidays(calendar: WorkCalendar, holidays: readonly Holiday[]): WorkCalendar {
  return { ...calendar, holidays: [...holidays] };
}

/**
 * Reads holidays written one a line, "2026-12-25 Christmas Day" (the name is optional). Returns
 * the holidays, or the errors naming each bad line.
 */
export function parseHolidayLines(text: string): { holidays: Holiday[]; errors: string[] } {
  const holidays: Holiday[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = /^(\S+)\s*(.*)$/.exec(line);
    const parsed = HolidaySchema.safeParse({ date: m?.[1] ?? '', name: m?.[2] ?? '' });
    if (parsed.success) holidays.push(parsed.data);
    else errors.push(`line ${i + 1}: "${m?.[1] ?? line}" is not a date YYYY-MM-DD`);
  });
  return { holidays: holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), errors };
}

/** Holidays as the settings dialog edits them, one a line (the inverse of parseHolidayLines). */
export function formatHolidayLines(holidays: readonly Holiday[]): string {
  return holidays.map((h) => `${h.date}${h.name ? ` ${h.name}` : ''}`).join('\n');
}

/** Day number (days since 1970-01-01) of a calendar date: plain integer arithmetic for clocks. */
export function dayNumber(d: CalendarDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dayNumberToIso(n: number): string {
  return toIsoDate(fromDayNumber(n));
}

/** Business-day arithmetic over one calendar. */
export interface BusinessDays {
  isBusinessDay(day: number): boolean;
  /** The day `n` business days after `day` (n ≥ 0; 0 gives `day` itself). */
  add(day: number, n: number): number;
  /** Business days after `from` up to and including `to` (0 when `to` ≤ `from`). */
  between(from: number, to: number): number;
}

export function businessDays(calendar: WorkCalendar): BusinessDays {
  const weekend = new Set(calendar.weekend);
  const holidays = new Set(
    calendar.holidays.flatMap((h) => {
      const d = fromIsoDate(h.date);
      return d ? [dayNumber(d)] : [];
    }),
  );
  // 1970-01-01 was a Thursday (4).
  const isBusinessDay = (day: number) => !weekend.has((((day + 4) % 7) + 7) % 7) && !holidays.has(day);
  if (weekend.size >= 7) throw new Error('the calendar has no working day in the week');
  return {
    isBusinessDay,
    add(day, n) {
      let d = day;
      for (let left = n; left > 0;) {
        d++;
        if (isBusinessDay(d)) left--;
      }
      return d;
    },
    between(from, to) {
      let count = 0;
      for (let d = from + 1; d <= to; d++) if (isBusinessDay(d)) count++;
      return count;
    },
  };
}
