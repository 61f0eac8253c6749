import type { CalendarDate } from '../text/calendar';
import { parseDates, type DateMention, type NumericOrder } from '../text/dates';
import { foldString } from '../text/fold';
import { nameRegExp } from '../text/names';
import type { CheckContext, Segment } from './context';
import type { CheckId, CheckResult, CheckStatus, Evidence } from './types';

/** A reason code with the specifics the drafted comment should name ("Exchange Online"). */
export interface ReasonRef {
  code: string;
  detail?: string;
}

/** What one check returns inside the engine: the public result plus the reasons behind it. */
export interface CheckOutcome {
  result: CheckResult;
  reasons: ReasonRef[];
}

export function outcome(id: CheckId, status: CheckStatus, summary: string, evidence: Evidence[], reasons: ReasonRef[] = []): CheckOutcome {
  // The contract: never "pass" without evidence. A pass that lost its evidence becomes review.
  const safeStatus: CheckStatus = status === 'pass' && evidence.length === 0 ? 'review' : status;
  const result: CheckResult = { id, status: safeStatus, summary, evidence };
  if (safeStatus !== 'fail') return { result, reasons: [] };
  if (reasons.length > 0) result.reasons = [...new Set(reasons.map((r) => r.code))];
  return { result, reasons };
}

const dateCache = new WeakMap<Segment, DateMention[]>();
const orderCache = new WeakMap<Segment, NumericOrder | null>();

/**
 * The numeric date order a page declares for itself: an audit trail or certificate printed in
 * its vendor's format ("Date format: MM / DD / YYYY", a known month-first certificate), which
 * wins over the customer's country. Null when the page declares none.
 */
export function declaredOrder(ctx: CheckContext, seg: Segment): NumericOrder | null {
  let o = orderCache.get(seg);
  if (o === undefined) {
    const test = (re: RegExp | null) => {
      if (!re) return false;
      re.lastIndex = 0;
      return re.test(seg.folded.plain);
    };
    o = test(ctx.rules.trailDayFirst) ? 'dmy' : test(ctx.rules.trailMonthFirst) ? 'mdy' : null;
    orderCache.set(seg, o);
  }
  return o;
}

/** The dates in a segment (folded-text ranges), parsed once per segment; a declared order reads numeric dates without ambiguity. */
export function segmentDates(ctx: CheckContext, seg: Segment): DateMention[] {
  let d = dateCache.get(seg);
  if (!d) {
    const declared = declaredOrder(ctx, seg);
    d = parseDates(seg.folded.plain, { numericOrder: declared ?? ctx.numericOrder });
    if (declared) d = d.map((m) => (m.ambiguous ? { ...m, alternatives: [], ambiguous: false } : m));
    dateCache.set(seg, d);
  }
  return d;
}

/**
 * Dates whose start lies in [from, to), nearest to `anchor` first. Dates before the anchor count
 * three times as far: a signature date follows its label ("Date: …") far more often than not.
 */
export function datesNear(ctx: CheckContext, seg: Segment, from: number, to: number, anchor: number): DateMention[] {
  const distance = (d: DateMention) => (d.start >= anchor ? d.start - anchor : (anchor - d.start) * 3);
  return segmentDates(ctx, seg)
    .filter((d) => d.start >= from && d.start < to)
    .sort((a, b) => distance(a) - distance(b));
}

export interface ClaimNames {
  customer: RegExp | null;
  customerContact: RegExp | null;
  partner: RegExp | null;
  partnerContact: RegExp | null;
}

const namesCache = new WeakMap<CheckContext, ClaimNames>();

/** Name regexes for the claim's parties, built once per run. */
export function claimNames(ctx: CheckContext): ClaimNames {
  let n = namesCache.get(ctx);
  if (!n) {
    const s = ctx.rules.suffixes;
    const { customer, partner } = ctx.claim;
    n = {
      customer: nameRegExp(customer.name, s),
      customerContact: customer.contactName ? nameRegExp(customer.contactName, s) : null,
      partner: nameRegExp(partner.name, s),
      partnerContact: partner.contactName ? nameRegExp(partner.contactName, s) : null,
    };
    namesCache.set(ctx, n);
  }
  return n;
}

const MAX_POSITIONS = 500;

/** Start offsets of the matches of `re` in the segment (the first 500; cached per segment and regex). */
const positionsCache = new WeakMap<Segment, Map<RegExp, number[]>>();
export function positionsOf(seg: Segment, re: RegExp | null): number[] {
  if (!re) return [];
  let bySeg = positionsCache.get(seg);
  if (!bySeg) {
    bySeg = new Map();
    positionsCache.set(seg, bySeg);
  }
  let found = bySeg.get(re);
  if (!found) {
    found = [];
    re.lastIndex = 0;
    // Bounded: positions feed proximity tests, and a few hundred are plenty for those.
    for (let m = re.exec(seg.folded.plain); m && found.length < MAX_POSITIONS; m = re.exec(seg.folded.plain)) {
      found.push(m.index);
      if (m[0].length === 0) re.lastIndex += 1;
    }
    bySeg.set(re, found);
  }
  return found;
}

/** True when any position lies in [from, to). */
export function anyWithin(positions: readonly number[], from: number, to: number): boolean {
  return positions.some((p) => p >= from && p < to);
}

/** Whether a short string (a signer's name) names the partner rather than someone else. */
export function namesPartner(ctx: CheckContext, text: string): boolean {
  const n = claimNames(ctx);
  const folded = foldString(text);
  const test = (re: RegExp | null) => {
    if (!re) return false;
    re.lastIndex = 0;
    return re.test(folded);
  };
  return (test(n.partner) || test(n.partnerContact)) && !test(n.customer) && !test(n.customerContact);
}

export function describeDate(d: CalendarDate | null): string {
  if (!d) return 'undated';
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** "a.pdf (no text layer (page 1)); b.msg (corrupt: …)" for summaries, shortened. */
export function describeUnreadable(ctx: CheckContext, max = 3): string {
  const list = ctx.unreadable.slice(0, max).map((u) => `${u.document} (${u.reason})`);
  const more = ctx.unreadable.length > max ? ` and ${ctx.unreadable.length - max} more` : '';
  return `${list.join('; ')}${more}`;
}
