import { compareDates, fromIsoDate, fromJsDate, toIsoDate, windowPosition, type CalendarDate } from '../text/calendar';
import type { Acknowledgement } from './acknowledgements';
import { describeUnreadable, outcome, segmentDates, type CheckOutcome } from './check-kit';
import { notPoeDocuments } from './check-document-type';
import { evidenceAt, type CheckContext } from './context';
import type { Evidence } from './types';

type Position = ReturnType<typeof windowPosition>;

/**
 * Every reading of an acknowledgement's date: the customer's country decides 03/04/2025; only
 * when it cannot (unknown or mixed-convention country) do both readings count.
 */
function readings(ctx: CheckContext, a: Acknowledgement): CalendarDate[] {
  if (!a.date) return [];
  // A vendor's trail date is not read by the customer's country: still ambiguous, it is for a person.
  return ctx.numericOrder && !a.vendorDate ? [a.date] : [a.date, ...a.dateAlternatives];
}

/**
 * Usage claims: the latest customer acknowledgement must fall within the window of
 * `acknowledgementWindowMonths` calendar months up to and including the submission day
 * (see shared/text/calendar.ts for the exact boundary), and not after submission. A recent
 * customer email rescues an old SOW because the latest acknowledgement is what counts.
 */
function checkUsage(ctx: CheckContext, acks: Acknowledgement[]): CheckOutcome {
  const months = ctx.rules.ruleset.acknowledgementWindowMonths;
  const submitted = fromIsoDate(ctx.claim.submittedAt);
  const ref = submitted ?? fromJsDate(ctx.now);
  const refLabel = submitted ? `submission ${toIsoDate(ref)}` : `today ${toIsoDate(ref)} (claim not submitted)`;
  const anyDated = acks.filter((a) => a.strength === 'accepted' && a.date);
  // A date read off the signature itself or next to a date label beats one merely nearby in the text.
  const sure = anyDated.filter((a) => a.dateConfidence === 'own' || a.dateConfidence === 'label');
  const dated = sure.length > 0 ? sure : anyDated;
  if (dated.length === 0) return undatedOutcome(ctx, acks);
  const judged = dated.map((a) => {
    const all = readings(ctx, a).map((d) => ({ d, p: windowPosition(d, ref, months) }));
    // A reading after the submission cannot be when a document submitted with the claim was
    // signed: when another reading of the same date is possible, that one is the date.
    const possible = all.some((r) => r.p !== 'after') ? all.filter((r) => r.p !== 'after') : all;
    const ruledOut = all.filter((r) => !possible.includes(r)).map((r) => r.d);
    return { a, positions: possible.map((r) => r.p), ruledOut };
  });
  const certain = (p: Position) => judged.filter((j) => j.positions.every((x) => x === p));
  const ruledOutOf = (a: Acknowledgement) => judged.find((j) => j.a === a)?.ruledOut ?? [];
  /** The reading kept: the primary one unless it was ruled out. */
  const dateOf = (a: Acknowledgement): CalendarDate | null => {
    const out = ruledOutOf(a);
    return readings(ctx, a).find((d) => !out.includes(d)) ?? a.date;
  };
  const within = certain('within');
  const after = certain('after');
  const order = ctx.numericOrder === 'mdy' ? 'month-first' : 'day-first';
  const label = (a: Acknowledgement) => {
    const out = ruledOutOf(a);
    const how =
      a.dateAlternatives.length === 0
        ? ''
        : out.length > 0
          ? ` (not ${out.map((d) => toIsoDate(d)).join(', ')}: that reading falls after the ${refLabel})`
          : ctx.numericOrder && !a.vendorDate
            ? ` (read ${order} for ${ctx.claim.customer.country ?? ''})`
            : ' (ambiguous day/month)';
    const from = a.dateSource ? `, ${a.dateSource}` : '';
    return `${a.label} dated ${toIsoDate(dateOf(a) ?? a.date ?? { year: 0, month: 0, day: 0 })}${how}${from}`;
  };
  if (within.length > 0 && after.length === 0) {
    const latest = within.map((j) => j.a).sort((x, y) => compareDates(dateOf(y)!, dateOf(x)!))[0];
    const note = submitted ? '' : ' (measured against today: the claim has no submission date)';
    return outcome(
      'dates',
      submitted ? 'pass' : 'review',
      `Latest acknowledgement within ${months} months of ${refLabel}: ${latest ? label(latest) : ''}${note}`,
      within.map((j) => j.a.evidence).slice(0, 4),
    );
  }
  const ambiguous = judged.filter((j) => new Set(j.positions).size > 1);
  if (ambiguous.length > 0 || (within.length > 0 && after.length > 0)) {
    const what =
      ambiguous.length > 0
        ? 'an ambiguous numeric date decides the outcome'
        : 'acknowledgements both within the window and after submission';
    return outcome(
      'dates',
      'review',
      `Cannot decide: ${what} (${[...ambiguous, ...after]
        .slice(0, 3)
        .map((j) => label(j.a))
        .join('; ')}; ${refLabel})`,
      judged.map((j) => j.a.evidence).slice(0, 4),
    );
  }
  const stale = certain('before')
    .map((j) => j.a)
    .sort((x, y) => compareDates(y.date!, x.date!));
  if (after.length > 0) {
    // Nothing inside the window: the latest acknowledgement postdates the submission.
    const older = stale[0] ? `; the latest one before it is older than ${months} months (${label(stale[0])})` : '';
    const reasons = [{ code: 'acknowledgement-after-submission' }, ...(stale[0] ? [{ code: 'acknowledgement-stale' }] : [])];
    return outcome(
      'dates',
      'fail',
      `Acknowledgement dated after the ${refLabel}: ${after
        .map((j) => label(j.a))
        .slice(0, 3)
        .join('; ')}${older}`,
      [...after.map((j) => j.a.evidence), ...stale.map((a) => a.evidence)].slice(0, 4),
      reasons,
    );
  }
  const latest = stale[0];
  const rescue = ctx.unreadable.length > 0 ? 'review' : 'fail';
  const look = ctx.unreadable.length > 0 ? `; a recent acknowledgement may be in ${describeUnreadable(ctx)}` : '';
  return outcome(
    'dates',
    rescue,
    `Latest acknowledgement is older than ${months} months before the ${refLabel}: ${latest ? label(latest) : ''}${look}`,
    stale.map((a) => a.evidence).slice(0, 4),
    [{ code: 'acknowledgement-stale', detail: latest?.date ? `latest acknowledgement dated ${toIsoDate(latest.date)}` : undefined }],
  );
}

function undatedOutcome(ctx: CheckContext, acks: Acknowledgement[]): CheckOutcome {
  const accepted = acks.filter((a) => a.strength === 'accepted');
  const weakDated = acks.filter((a) => a.strength === 'weak' && a.date);
  if (weakDated.length > 0) {
    return outcome(
      'dates',
      'review',
      `Only unconfirmed acknowledgements carry dates: ${weakDated
        .slice(0, 3)
        .map((a) => `${a.label} ${a.date ? toIsoDate(a.date) : ''}`)
        .join('; ')}`,
      weakDated.map((a) => a.evidence).slice(0, 4),
    );
  }
  if (accepted.length === 0 || ctx.unreadable.length > 0) {
    const why = accepted.length === 0 ? 'no customer acknowledgement to date' : 'the acknowledgement has no date';
    const look = ctx.unreadable.length > 0 ? `; look at ${describeUnreadable(ctx)}` : '';
    return outcome(
      'dates',
      accepted.length === 0 && ctx.unreadable.length === 0 ? 'fail' : 'review',
      `No signature or acknowledgement date found (${why})${look}`,
      accepted.map((a) => a.evidence).slice(0, 4),
      [{ code: 'dates-missing' }],
    );
  }
  // An e-signature whose own date we cannot tell apart from the document's other dates (an
  // envelope id in a page header) is for a person to date, not a missing date.
  const inDated = accepted.filter((a) =>
    ctx.segments.some((seg) => seg.doc.path === a.evidence.document && segmentDates(ctx, seg).length > 0),
  );
  if (inDated.length > 0) {
    return outcome(
      'dates',
      'review',
      `The acknowledgement has no date of its own (${inDated[0]?.label ?? ''} in ${inDated[0]?.evidence.document ?? ''}); the document's other dates may not be the signing date: a person must read it`,
      inDated.map((a) => a.evidence).slice(0, 4),
    );
  }
  return outcome('dates', 'fail', 'The customer acknowledgement carries no date', accepted.map((a) => a.evidence).slice(0, 4), [
    { code: 'dates-missing' },
  ]);
}

/** Pre-sales: proof of engagement dated before the transaction (acknowledgements or any dated text). */
function checkPreSales(ctx: CheckContext, acks: Acknowledgement[]): CheckOutcome {
  const tx = fromIsoDate(ctx.claim.transactionDate);
  if (!tx) return outcome('dates', 'review', 'Pre-sales claim without a transaction date: compare the engagement dates by hand', []);
  const before: Evidence[] = [];
  const notBefore: Evidence[] = [];
  for (const a of acks) {
    if (a.strength !== 'accepted' || !a.date) continue;
    (readings(ctx, a).every((d) => compareDates(d, tx) < 0) ? before : notBefore).push(a.evidence);
  }
  let earliest: CalendarDate | null = null;
  const notPoe = notPoeDocuments(ctx);
  for (const seg of ctx.segments) {
    // A quote's or PO's own date is a transaction step, not proof of engagement.
    if (notPoe.has(seg.doc)) continue;
    for (const d of segmentDates(ctx, seg)) {
      const all = ctx.numericOrder ? [d.date] : [d.date, ...d.alternatives];
      if (all.every((x) => compareDates(x, tx) < 0)) {
        if (before.length < 4) before.push(evidenceAt(seg, d.start, d.end));
        if (!earliest || compareDates(d.date, earliest) < 0) earliest = d.date;
      } else if (notBefore.length < 4) notBefore.push(evidenceAt(seg, d.start, d.end));
    }
  }
  if (before.length > 0) {
    return outcome(
      'dates',
      'pass',
      `Engagement evidence dated before the transaction ${toIsoDate(tx)}${earliest ? ` (earliest ${toIsoDate(earliest)})` : ''}`,
      before.slice(0, 4),
    );
  }
  if (ctx.unreadable.length > 0)
    return outcome(
      'dates',
      'review',
      `No dated engagement before ${toIsoDate(tx)} in the readable text; look at ${describeUnreadable(ctx)}`,
      notBefore,
    );
  const what = notBefore.length > 0 ? 'all dates found are on or after it' : 'no dates found';
  return outcome(
    'dates',
    'fail',
    `No engagement evidence dated before the transaction ${toIsoDate(tx)}: ${what} (an upsell by a new partner is the exception)`,
    notBefore,
    [
      {
        code: notBefore.length > 0 ? 'pre-sales-after-transaction' : 'dates-missing',
        detail: `no engagement dated before the transaction on ${toIsoDate(tx)}`,
      },
    ],
  );
}

export function checkDates(ctx: CheckContext, acks: Acknowledgement[]): CheckOutcome {
  return ctx.claim.activity === 'pre-sales' ? checkPreSales(ctx, acks) : checkUsage(ctx, acks);
}
