import type { Acknowledgement, AckKind } from './acknowledgements';
import { describeDate, describeUnreadable, outcome, type CheckOutcome, type ReasonRef } from './check-kit';
import type { CheckContext } from './context';

const KIND_ORDER: readonly AckKind[] = ['digital-signature', 'e-signature', 'email', 'signature-block'];
const CONFIDENCE_ORDER = ['own', 'label', 'nearby', undefined];

/** "dated 2026-06-05 (next to "Date Signed")": the date and where it came from. */
export function describeAckDate(a: Acknowledgement): string {
  if (!a.date) return '';
  return `dated ${describeDate(a.date)}${a.dateSource ? ` (${a.dateSource})` : ''}`;
}

function describe(a: Acknowledgement): string {
  const date = a.date ? `, ${describeAckDate(a)}` : '';
  return `${a.label}${date}${a.note ? ` (${a.note})` : ''}`;
}

/** Dated before undated, an own or labelled date before a merely nearby one, then by kind. */
function best(list: Acknowledgement[]): Acknowledgement[] {
  const rank = (a: Acknowledgement) => [a.date ? 0 : 1, CONFIDENCE_ORDER.indexOf(a.dateConfidence), KIND_ORDER.indexOf(a.kind)];
  return [...list].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if ((ra[i] ?? 0) !== (rb[i] ?? 0)) return (ra[i] ?? 0) - (rb[i] ?? 0);
    return 0;
  });
}

/**
 * Customer signature or acknowledgement. A digital signature broken after signing fails the
 * check whatever else is there; otherwise one accepted acknowledgement passes it.
 */
export function checkSignature(ctx: CheckContext, acks: Acknowledgement[]): CheckOutcome {
  const modified = acks.filter((a) => a.strength === 'modified');
  if (modified.length > 0) {
    return outcome(
      'signature',
      'fail',
      `Digital signature modified after signing: ${modified.map(describe).join('; ')}`,
      modified.map((a) => a.evidence),
      [{ code: 'signature-modified', detail: modified[0]?.evidence.document }],
    );
  }
  const accepted = best(acks.filter((a) => a.strength === 'accepted'));
  if (accepted.length > 0) {
    const first = accepted[0];
    const more = accepted.length > 1 ? ` (+${accepted.length - 1} more)` : '';
    return outcome(
      'signature',
      'pass',
      `${first ? describe(first) : ''}${more}`,
      accepted.slice(0, 6).map((a) => a.evidence),
    );
  }
  const weak = best(acks.filter((a) => a.strength === 'weak'));
  if (weak.length > 0) {
    return outcome(
      'signature',
      'review',
      `Possible acknowledgement, a person must confirm: ${weak.slice(0, 3).map(describe).join('; ')}`,
      weak.slice(0, 6).map((a) => a.evidence),
    );
  }
  const rejected = acks.filter((a) => a.strength === 'rejected');
  if (ctx.unreadable.length > 0) {
    const also = rejected.length > 0 ? `; not acceptable: ${rejected.slice(0, 2).map(describe).join('; ')}` : '';
    return outcome(
      'signature',
      'review',
      `No acknowledgement in the readable text; look at ${describeUnreadable(ctx)}${also}`,
      rejected.slice(0, 6).map((a) => a.evidence),
    );
  }
  if (rejected.length > 0) {
    const reasons: ReasonRef[] = rejected.map((a) => ({ code: a.reason ?? 'signature-not-acceptable', detail: a.note }));
    return outcome(
      'signature',
      'fail',
      `No acceptable customer acknowledgement: ${rejected.slice(0, 3).map(describe).join('; ')}`,
      rejected.slice(0, 6).map((a) => a.evidence),
      reasons,
    );
  }
  const none = ctx.documents.length === 0 ? 'No documents attached' : 'No customer signature, e-signature or acknowledging email found';
  return outcome('signature', 'fail', none, [], [{ code: 'no-customer-acknowledgement' }]);
}
