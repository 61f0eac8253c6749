import { fromIsoDate } from '../text/calendar';
import { foldString } from '../text/fold';
import { businessDays, dayNumber, dayNumberToIso, type WorkCalendar } from './work-calendar';

/** What the clocks read of a claim (a parsed claim has it; `customerConsentAt` is an extra field). */
export interface ClockClaim {
  program: string;
  status: string;
  engagement?: string | null;
  createdAt: string;
  submittedAt?: string | null;
  statusChangedAt?: string | null;
  customerConsentAt?: unknown;
}

export type ClockKind = 'review' | 'partner-action' | 'dispute' | 'consent' | 'poe-submission';
export type ClockState = 'running' | 'due-today' | 'overdue';

export interface ClaimClock {
  kind: ClockKind;
  /** "Answer due (5 business days from Under review)". */
  label: string;
  /** ISO dates. */
  start: string;
  due: string;
  /** Calendar days from today to the due date: negative when overdue. */
  daysLeft: number;
  state: ClockState;
  /** What happens when it runs out: "rejected", "rejected final", "claim expires". */
  afterwards: string;
}

export interface ClaimClocks {
  /** Business days since the claim entered "Under review"; null in any other status. */
  daysInReview: number | null;
  clocks: ClaimClock[];
  /** The clock due first: what the list's deadline column shows. */
  next: ClaimClock | null;
}

export interface ClockOptions {
  /** Today's date, ISO (the app's clock, set by tests). */
  today: string;
  calendar: WorkCalendar;
  /** A competing claim (conflict) lengthens the review target. */
  hasCompetingClaim?: boolean;
}

export type StatusKey =
  | 'draft'
  | 'submitted'
  | 'under-review'
  | 'partner-action'
  | 'rejected'
  | 'rejected-final'
  | 'disputed'
  | 'approved'
  | 'consent-pending'
  | 'other';

/** Partner Center status text to one key ("Under Review", "Partner action required", "Final Rejected"). */
export function statusKey(status: string): StatusKey {
  const s = foldString(status)
    .replace(/[^a-z]+/g, ' ')
    .trim();
  if (/\bfinal\b/.test(s) && /\breject/.test(s)) return 'rejected-final';
  if (/\breject/.test(s)) return 'rejected';
  if (/\bunder review\b|\bin review\b/.test(s)) return 'under-review';
  if (/\baction required\b/.test(s)) return 'partner-action';
  if (/\bdisputed?\b/.test(s)) return 'disputed';
  if (/\bconsent\b/.test(s) && /\b(pending|requested|awaiting|sent)\b/.test(s)) return 'consent-pending';
  if (/\bsubmitted\b/.test(s)) return 'submitted';
  if (/\bapproved\b/.test(s)) return 'approved';
  if (/\bdraft\b/.test(s)) return 'draft';
  return 'other';
}

function day(iso: unknown): number | null {
  if (typeof iso !== 'string') return null;
  const d = fromIsoDate(iso);
  return d ? dayNumber(d) : null;
}

function clock(kind: ClockKind, label: string, start: number, due: number, today: number, afterwards: string): ClaimClock {
  const daysLeft = due - today;
  return {
    kind,
    label,
    start: dayNumberToIso(start),
    due: dayNumberToIso(due),
    daysLeft,
    state: daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'due-today' : 'running',
    afterwards,
  };
}

function poeDeadline(claim: ClockClaim, key: StatusKey, today: number, calendar: WorkCalendar): ClaimClock | null {
  if (key !== 'partner-action' && key !== 'draft' && key !== 'other') return null;
  const created = day(claim.createdAt);
  const consent = day(claim.customerConsentAt);
  // Without the consent date, the latest it could have been (creation + 30 days) gives the
  // latest deadline: overdue then is overdue for certain.
  const from = consent ?? (created === null ? null : created + calendar.rules.consentDays);
  if (from === null) return null;
  const engagement = foldString(claim.engagement ?? '');
  const row = calendar.rules.poeDeadlines.find((r) => r.pattern === '' || new RegExp(r.pattern, 'u').test(engagement));
  if (!row) return null;
  const days = key === 'partner-action' ? row.actionRequiredDays : row.notSubmittedDays;
  const basis = consent === null ? 'creation + 30 days, consent date not in the claim' : 'customer consent';
  return clock('poe-submission', `POE deadline, ${row.size} (${days} days from ${basis})`, from, from + days, today, 'claim expires');
}

/**
 * The clocks of a claim from its status dates (DOMAIN.md "Statuses and clocks", the Partner
 * Activities expiration table): review answer target in business days, 14 calendar days for
 * partner action, 30 days to dispute a rejection, Partner Activities consent and POE deadlines.
 */
export function claimClocks(claim: ClockClaim, options: ClockOptions): ClaimClocks {
  const today = day(options.today);
  if (today === null) throw new Error(`today must be an ISO date, not "${options.today}"`);
  const { rules } = options.calendar;
  const key = statusKey(claim.status);
  const changed = day(claim.statusChangedAt);
  const submitted = day(claim.submittedAt);
  const clocks: ClaimClock[] = [];
  let daysInReview: number | null = null;
  // The answer target runs from "Under review" (DOMAIN.md), not from submission: a claim only
  // Submitted is not in review yet. The status date is when it entered the status; a claim
  // without one is counted from submission (an earlier start, never a later one), and says so.
  if (key === 'under-review') {
    const start = changed ?? submitted;
    if (start !== null) {
      const bd = businessDays(options.calendar);
      const target = options.hasCompetingClaim ? rules.competingReviewBusinessDays : rules.reviewBusinessDays;
      daysInReview = bd.between(start, today);
      const from = changed !== null ? 'Under review' : 'submission, the Under review date not in the claim';
      const competing = options.hasCompetingClaim ? ', longer for a competing claim' : '';
      clocks.push(
        clock(
          'review',
          `Answer due (${target} business days from ${from}${competing})`,
          start,
          bd.add(start, target),
          today,
          'answer late',
        ),
      );
    }
  }
  // CPOR: 14 calendar days to resubmit; Partner Activities' action-required deadline is the POE table's.
  if (key === 'partner-action' && changed !== null && claim.program !== 'partner-activities') {
    clocks.push(
      clock(
        'partner-action',
        `Partner resubmission due (${rules.actionRequiredDays} calendar days)`,
        changed,
        changed + rules.actionRequiredDays,
        today,
        'rejected',
      ),
    );
  }
  if (key === 'rejected' && changed !== null) {
    clocks.push(
      clock(
        'dispute',
        `Dispute window (${rules.disputeDays} days from rejection)`,
        changed,
        changed + rules.disputeDays,
        today,
        'rejected final',
      ),
    );
  }
  if (claim.program === 'partner-activities') {
    const created = day(claim.createdAt);
    if (key === 'consent-pending' && created !== null) {
      clocks.push(
        clock(
          'consent',
          `Customer consent due (${rules.consentDays} days from creation)`,
          created,
          created + rules.consentDays,
          today,
          'claim expires',
        ),
      );
    }
    const poe = poeDeadline(claim, key, today, options.calendar);
    if (poe) clocks.push(poe);
  }
  const next = clocks.reduce<ClaimClock | null>((a, c) => (!a || c.due < a.due ? c : a), null);
  return { daysInReview, clocks, next };
}
