import { readFileSync } from 'node:fs';

/**
 * Where the sample's claims stand in review on the day the sample is generated (install or build
 * time). The documents and submission dates are fixed (the engine's 12-month windows read them);
 * the review statuses are placed relative to the generation day, so the app, which runs "today",
 * shows a day's queue: some claims just taken into review, one due today, one late, one waiting
 * on the partner. The app works the deadlines out itself from these dates and its calendar.
 *
 * Each entry: the status and how long ago the claim entered it, in business days (weekends and
 * the holidays of resources/calendars/default.json skipped) or calendar days.
 */
const STATES = {
  1005007: { status: 'Under review', businessDaysAgo: 1 },
  1005033: { status: 'Under review', businessDaysAgo: 3 },
  1005120: { status: 'Under review', businessDaysAgo: 5 },
  1005061: { status: 'Under review', businessDaysAgo: 8 },
  1005170: { status: 'Partner action required', calendarDaysAgo: 10 },
  1005215: { status: 'Partner action required', calendarDaysAgo: 16 },
};

const DAY_MS = 86_400_000;

function holidays() {
  const url = new URL('../../resources/calendars/default.json', import.meta.url);
  const calendar = JSON.parse(readFileSync(url, 'utf8'));
  return { weekend: new Set(calendar.weekend), dates: new Set(calendar.holidays.map((h) => h.date)) };
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** `today` (YYYY-MM-DD) less n business days. */
function businessDaysBefore(today, n, calendar) {
  let ms = Date.parse(`${today}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    ms -= DAY_MS;
    if (!calendar.weekend.has(new Date(ms).getUTCDay()) && !calendar.dates.has(iso(ms))) left--;
  }
  return iso(ms);
}

/** The generation day, YYYY-MM-DD: POE_SAMPLE_TODAY when set (reproducible runs), else today (UTC). */
export function generationDay(env = process.env) {
  const set = env.POE_SAMPLE_TODAY;
  if (set !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(set) || Number.isNaN(Date.parse(set)))
      throw new Error(`POE_SAMPLE_TODAY must be YYYY-MM-DD, not "${set}"`);
    return set;
  }
  return new Date().toISOString().slice(0, 10);
}

/**
 * The claims with their review statuses placed relative to `today`: a status never starts
 * before the claim's submission. Claims without an entry keep theirs.
 */
export function withReviewStates(claims, today) {
  const calendar = holidays();
  return claims.map((claim) => {
    const state = STATES[claim.claimId];
    if (!state) return claim;
    const since =
      state.businessDaysAgo !== undefined
        ? businessDaysBefore(today, state.businessDaysAgo, calendar)
        : iso(Date.parse(`${today}T00:00:00Z`) - state.calendarDaysAgo * DAY_MS);
    const submitted = claim.submittedAt.slice(0, 10);
    return { ...claim, status: state.status, statusChangedAt: since < submitted ? submitted : since };
  });
}
