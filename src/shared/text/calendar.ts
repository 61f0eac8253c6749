/**
 * Calendar dates without time zones (what a signature date on paper is) and month arithmetic.
 *
 * The 12-month rule: an acknowledgement dated D is current for a submission on S when
 * S <= addMonths(D, 12). addMonths moves by calendar months and clamps a day the target month
 * lacks to its last day, so 2024-02-29 + 12 months = 2025-02-28 and 2025-01-31 + 1 month =
 * 2025-02-28. Equivalently: D >= S − 12 months is NOT used (it would differ on clamped days).
 */

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidDate(d: CalendarDate): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

/** Adds (or with a negative n subtracts) calendar months, clamping the day to the month's end. */
export function addMonths(d: CalendarDate, n: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Negative when a is before b, 0 on the same day, positive after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function toIsoDate(d: CalendarDate): string {
  const p = (n: number, w: number) => String(n).padStart(w, '0');
  return `${p(d.year, 4)}-${p(d.month, 2)}-${p(d.day, 2)}`;
}

/**
 * Reads the calendar date of an ISO date or date-time ("2026-10-03", "2026-10-03T23:30:00-07:00").
 * A date-time keeps the day written in it (its own offset), not the UTC day. Null when invalid.
 */
export function fromIsoDate(s: string | null | undefined): CalendarDate | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(d) ? d : null;
}

/** The calendar date of a JS Date in UTC. */
export function fromJsDate(d: Date): CalendarDate {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Where `d` falls against the window of `months` calendar months up to and including `ref`. */
export function windowPosition(d: CalendarDate, ref: CalendarDate, months: number): 'before' | 'within' | 'after' {
  if (compareDates(d, ref) > 0) return 'after';
  return compareDates(ref, addMonths(d, months)) <= 0 ? 'within' : 'before';
}
