import { isValidDate, type CalendarDate } from './calendar';
import { MONTH_ALTERNATION, monthNumber } from './month-names';

/**
 * Finds dates in folded text (see fold.ts): ISO, written months (several languages), numeric
 * day-first / month-first (the customer's country decides; ambiguous readings are marked),
 * German dd.mm.yyyy, and CJK 2025年6月5日. Linear: a fixed set of regexes, one pass each.
 */

export type NumericOrder = 'dmy' | 'mdy';

/**
 * How a country writes 03/04/2025: month first (US), day first (most), or unknown (null: a
 * country listed as ambiguous, or no country). The one rule for documents and claims.csv dates.
 */
export function numericOrderForCountry(
  country: string | null | undefined,
  monthFirst: ReadonlySet<string>,
  ambiguous: ReadonlySet<string>,
): NumericOrder | null {
  const code = country?.trim().toUpperCase();
  if (!code || ambiguous.has(code)) return null;
  return monthFirst.has(code) ? 'mdy' : 'dmy';
}

export interface DateMention {
  /** Range in the folded text searched. */
  start: number;
  end: number;
  date: CalendarDate;
  /** Other readings of an ambiguous numeric date (03/04/2025), empty otherwise. */
  alternatives: CalendarDate[];
  /** True when a numeric date reads as two valid different dates. */
  ambiguous: boolean;
}

export interface DateParseOptions {
  /** How to read 03/04/2025: from the customer's country; null = unknown (ambiguous kept). */
  numericOrder: NumericOrder | null;
  /** Dates outside [minYear, maxYear] are ignored (version numbers, totals). */
  minYear?: number;
  maxYear?: number;
}

const M = `(${MONTH_ALTERNATION})`;
// Numeric dates stand alone: not glued to letters or to more number groups (INV-2026-10-12-0457,
// v2026.11.1, 1.12.2026,00 EUR, 3/4/2026X); "T" may follow an ISO date (2026-06-05T10:00).
const ISO = /(?<![\p{L}\d.,@/\\_-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d|[-/.,]\d|t(?!\d)|[a-su-z])/gu;
const NUMERIC = /(?<![\p{L}\d.,/@\\_-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[./-]\d|,\d|[a-z])/gu;
/** Words after which a number is an identifier or a version, not a date ("version 1.3.2026", "order #12/05/2026"). */
const NOT_A_DATE_BEFORE =
  /(?:^|[^\p{L}])(?:v|ver|version|versao|versione|versie|rel|release|build|rev|revision|sku|serial|no|nr|num|number|nummer|numero|ticket|ref|reference|id|invoice|order|case)\.?\s*(?:no\.?|nr\.?|number|#)?\s*[:#]?\s*$|nr\.?\s*:?\s*$|#$/u;

const PRODUCT_BEFORE =
  /(?:^|[^\p{L}])(?:windows|office|server|ios|ipados|macos|android|ubuntu|sql|exchange|sharepoint|dynamics|version|release|build)\s*$/u;

function identifierBefore(plain: string, start: number): boolean {
  return NOT_A_DATE_BEFORE.test(plain.slice(Math.max(0, start - 24), start));
}
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º|°)?[\\s\\-/]*(?:(?:day\\s+)?of\\s+|de\\s+)?${M}\\.?(?![\\p{L}])[\\s,\\-/]*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`,
  'gu',
);
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])${M}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])\\s*,?\\s*(\\d{4})(?!\\d)`, 'gu');
/** Year first with a written month, as Hungarian writes it: "2026. szeptember 12.", "2026 szept. 12". */
const YEAR_MONTH_DAY = new RegExp(`(?<![\\p{L}\\d])(\\d{4})\\.?\\s+${M}\\.?\\s+(\\d{1,2})(?![\\d])`, 'gu');
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/g;
/** Korean dotted dates: "2026. 3. 4." (a space after each dot). */
const KOREAN_DOTTED = /(?<![\d.])(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.(?!\d)/g;
/** Day-first dotted dates with a space after each dot, as Czech, Slovak and Slovene write them: "12. 9. 2026". */
const SPACED_DOTTED = /(?<![\p{L}\d.])(\d{1,2})\.[ \t\u00a0](\d{1,2})\.[ \t\u00a0](\d{4})(?!\d|\.\d)/gu;
/** Slashes with blanks around them, as some audit trails print dates: "11 / 03 / 2025". */
const SPACED_NUMERIC = /(?<![\p{L}\d/])(\d{1,2})[ \t]+\/[ \t]+(\d{1,2})[ \t]+\/[ \t]+(\d{4})(?![\d/])/gu;

function expandYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

export function parseDates(plain: string, options: DateParseOptions): DateMention[] {
  const minYear = options.minYear ?? 1990;
  const maxYear = options.maxYear ?? 2100;
  const found: DateMention[] = [];
  const push = (start: number, end: number, date: CalendarDate, alternatives: CalendarDate[] = []) => {
    if (!isValidDate(date) || date.year < minYear || date.year > maxYear) return;
    const alts = alternatives.filter((a) => isValidDate(a));
    found.push({ start, end, date, alternatives: alts, ambiguous: alts.length > 0 });
  };
  for (const m of plain.matchAll(ISO)) {
    if (identifierBefore(plain, m.index)) continue;
    push(m.index, m.index + m[0].length, { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) });
  }
  const numeric = (start: number, end: number, a: number, b: number, year: number) => {
    const dmy = { year, month: b, day: a };
    const mdy = { year, month: a, day: b };
    const dmyOk = isValidDate(dmy);
    const mdyOk = isValidDate(mdy);
    if (dmyOk && mdyOk && a !== b) {
      const preferMdy = options.numericOrder === 'mdy';
      push(start, end, preferMdy ? mdy : dmy, [preferMdy ? dmy : mdy]);
    } else if (dmyOk && (options.numericOrder !== 'mdy' || !mdyOk)) push(start, end, dmy);
    else if (mdyOk) push(start, end, mdy);
  };
  for (const m of plain.matchAll(SPACED_NUMERIC)) numeric(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of plain.matchAll(SPACED_DOTTED)) {
    if (identifierBefore(plain, m.index)) continue;
    push(m.index, m.index + m[0].length, { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) });
  }
  for (const m of plain.matchAll(KOREAN_DOTTED))
    push(m.index, m.index + m[0].length, { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  for (const m of plain.matchAll(NUMERIC)) {
    if (identifierBefore(plain, m.index)) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = expandYear(m[4] ?? '');
    const start = m.index;
    const end = start + m[0].length;
    // dd.mm.yyyy is day-first wherever it is written.
    if (m[2] === '.') {
      push(start, end, { year, month: b, day: a });
      continue;
    }
    numeric(start, end, a, b, year);
  }
  for (const m of plain.matchAll(DAY_MONTH_YEAR)) {
    // "Windows 10 May 2020 Update" names a release, not 10 May 2020.
    if (PRODUCT_BEFORE.test(plain.slice(Math.max(0, m.index - 16), m.index))) continue;
    const month = monthNumber(m[2] ?? '');
    if (month) push(m.index, m.index + m[0].length, { year: Number(m[3]), month, day: Number(m[1]) });
  }
  for (const m of plain.matchAll(MONTH_DAY_YEAR)) {
    const month = monthNumber(m[1] ?? '');
    if (month) push(m.index, m.index + m[0].length, { year: Number(m[3]), month, day: Number(m[2]) });
  }
  for (const m of plain.matchAll(YEAR_MONTH_DAY)) {
    const month = monthNumber(m[2] ?? '');
    if (month) push(m.index, m.index + m[0].length, { year: Number(m[1]), month, day: Number(m[3]) });
  }
  for (const m of plain.matchAll(CJK)) {
    push(m.index, m.index + m[0].length, { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  }
  return dropOverlaps(found);
}

/** Keeps the longest mention where two overlap ("5. juni 2025" over a stray "5.06.2025" part). */
function dropOverlaps(found: DateMention[]): DateMention[] {
  found.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const out: DateMention[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) {
      if (d.end - d.start > last.end - last.start) out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}
