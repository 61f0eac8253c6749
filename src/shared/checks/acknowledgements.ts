import type { ExtractedDocument } from '../documents/types';
import { drawnIn, drawnNear, inkNear, isOcrPart } from '../documents/ocr';
import type { CalendarDate } from '../text/calendar';
import { fromIsoDate } from '../text/calendar';
import { foldString, originalRange, squashSpace } from '../text/fold';
import { anyWithin, claimNames, declaredOrder, namesPartner, positionsOf } from './check-kit';
import {
  contactDomainMismatch,
  customerDomains,
  documentEvidence,
  domainMatches,
  emailDomain,
  evidenceAt,
  matchesIn,
  type CheckContext,
  type Segment,
} from './context';
import { judgeReply, ownReplyText } from './email-reply';
import { forwardedByRules } from './email-forward';
import { customerSigned, hasEnvelope } from './signing-events';
import { labelledDate, sameLineDate, signatureDate, type DateConfidence, type FoundDate } from './signature-dates';
import { customerSignatories, partyOf, signatureBlocks, trailPanels } from './signers';
import { layoutOf } from '../layout/layout';
import { segmentDates } from './check-kit';
import type { Box, Evidence } from './types';

/**
 * Every customer signature or acknowledgement candidate in a claim's documents, judged:
 * accepted (counts), weak (a person must confirm), rejected (does not count, with why), or
 * modified (a digital signature broken after signing). The signature and dates checks share it.
 */

export type AckKind = 'digital-signature' | 'e-signature' | 'email' | 'signature-block';
export type AckStrength = 'accepted' | 'weak' | 'rejected' | 'modified';

export interface Acknowledgement {
  kind: AckKind;
  strength: AckStrength;
  /** One line for the summary: "DocuSign envelope", "email from jane@contoso.com". */
  label: string;
  /** Why it is weak, rejected or modified. */
  note?: string;
  /** Reason code for rejected ones. */
  reason?: string;
  signer?: string;
  date: CalendarDate | null;
  /** Other readings of an ambiguous numeric date. */
  dateAlternatives: CalendarDate[];
  /** How the date was found: the signature's own timestamp, next to a date label, or only nearby. */
  dateConfidence?: DateConfidence;
  /** Where the date came from, for summaries: `next to "Date Signed"`, "the email's Date header". */
  dateSource?: string;
  /** A date printed in an e-signature vendor's own format with no declared order: the customer's country does not decide it. */
  vendorDate?: boolean;
  evidence: Evidence;
}

const MAX_PER_SEGMENT = 4;

/** The date fields of an acknowledgement from a found date (or none). */
function dated(found: FoundDate | null): Pick<Acknowledgement, 'date' | 'dateAlternatives' | 'dateConfidence' | 'dateSource'> {
  if (!found) return { date: null, dateAlternatives: [] };
  return {
    date: found.mention.date,
    dateAlternatives: found.mention.alternatives,
    dateConfidence: found.confidence,
    dateSource: found.source,
  };
}

/** An own timestamp (signing time, Date header), when there is one. */
function ownDate(
  iso: string | undefined,
  source: string,
): Pick<Acknowledgement, 'date' | 'dateAlternatives' | 'dateConfidence' | 'dateSource'> {
  const date = fromIsoDate(iso);
  return date ? { date, dateAlternatives: [], dateConfidence: 'own', dateSource: source } : { date: null, dateAlternatives: [] };
}
const MAX_MARKS_PER_SEGMENT = 25;
const EMAIL_ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

export function collectAcknowledgements(ctx: CheckContext): Acknowledgement[] {
  const acks: Acknowledgement[] = [];
  for (const doc of ctx.documents) {
    if (doc.state !== 'ok') continue;
    digitalSignatures(ctx, doc, acks);
    if (doc.email) emailHeader(ctx, doc, acks);
  }
  const firstSegmentOf = new Set<ExtractedDocument>();
  // Structure first: a document with an audit trail is judged by its signers, not by its envelope id.
  const withTrail = new Set<ExtractedDocument>();
  const withBlocks = new Set<Segment>();
  for (const seg of ctx.segments) {
    if (trailAcks(ctx, seg, acks)) withTrail.add(seg.doc);
    // A signature table with a column per party is read by its columns; the line-by-line block
    // reader would give one party's value to the other where a cell is empty.
    if (partyColumnAcks(ctx, seg, acks) || blockAcks(ctx, seg, acks)) withBlocks.add(seg);
    if (signOffTableAcks(ctx, seg, acks)) withBlocks.add(seg);
    if (!seg.doc.email) letterAcks(ctx, seg, acks);
  }
  for (const seg of ctx.segments) {
    const before = acks.length;
    textMarks(ctx, seg, acks, withTrail.has(seg.doc), withBlocks.has(seg));
    if (!seg.doc.email && !firstSegmentOf.has(seg.doc)) {
      firstSegmentOf.add(seg.doc);
      printedEmail(ctx, seg, acks);
    }
    if (acks.length - before > MAX_PER_SEGMENT) acks.splice(before + MAX_PER_SEGMENT);
  }
  voidedEnvelopes(ctx, acks);
  return acks;
}

/**
 * A document that says its envelope was voided, expired or withdrawn ("Envelope status: Voided",
 * "Envelope voided by sender"): whoever signed it before, none of its signatures stands, so an
 * accepted one from that document becomes weak (a person looks). Emails are not envelopes.
 */
function voidedEnvelopes(ctx: CheckContext, acks: Acknowledgement[]): void {
  const re = ctx.rules.envelopeVoided;
  if (!re) return;
  const voided = new Map<string, string>();
  for (const seg of ctx.segments) {
    if (seg.doc.email || voided.has(seg.doc.path)) continue;
    re.lastIndex = 0;
    const m = re.exec(seg.folded.plain);
    if (m) voided.set(seg.doc.path, m[0]);
  }
  if (voided.size === 0) return;
  acks.forEach((a, i) => {
    const words = a.kind === 'email' || a.strength !== 'accepted' ? undefined : voided.get(a.evidence.document);
    if (words)
      acks[i] = {
        ...a,
        strength: 'weak',
        note: `the document says its envelope was withdrawn ("${words}"): its signatures do not stand; a person must confirm`,
      };
  });
}

function digitalSignatures(ctx: CheckContext, doc: ExtractedDocument, acks: Acknowledgement[]): void {
  for (const sig of doc.signatures) {
    // A document timestamp (RFC 3161, PAdES-LTA) proves when the file existed, not who accepted it.
    if (/rfc3161/i.test(sig.subFilter ?? '')) continue;
    const who = sig.signerName ? ` by ${sig.signerName}` : '';
    const when = sig.signingTime ? ` on ${sig.signingTime}` : '';
    const text = `Signature field "${sig.fieldName}"${sig.isSigned ? ` signed${who}${when}` : ' (empty)'}; integrity: ${sig.integrity} (${sig.integrityDetail})`;
    const evidence = documentEvidence(doc, text, sig.page !== undefined ? { page: sig.page } : {});
    const base: Omit<Acknowledgement, 'strength'> = {
      kind: 'digital-signature',
      label: `digital signature${who}`,
      ...ownDate(sig.signingTime, 'signing time of the digital signature'),
      evidence,
    };
    if (sig.signerName) base.signer = sig.signerName;
    if (!sig.isSigned) {
      acks.push({
        ...base,
        label: `empty signature field "${sig.fieldName}"`,
        strength: 'rejected',
        note: 'the signature field is empty (unsigned)',
        reason: 'no-customer-acknowledgement',
        date: null,
        dateSource: undefined,
        dateConfidence: undefined,
      });
    } else if (sig.integrity === 'modified') {
      acks.push({ ...base, strength: 'modified', note: `modified after signing: ${sig.integrityDetail}`, reason: 'signature-modified' });
    } else if (signerSide(ctx, doc, sig.signerName) === 'partner') {
      acks.push({ ...base, strength: 'rejected', note: 'signed by the partner, not the customer', reason: 'signature-not-acceptable' });
    } else if (sig.integrity === 'intact' && signerSide(ctx, doc, sig.signerName) === 'customer') {
      acks.push({ ...base, strength: 'accepted' });
    } else if (sig.integrity === 'intact') {
      // A valid signature of somebody neither side's (a notary, a signing service, another company): a person must confirm.
      const who = sig.signerName ? `signed by ${sig.signerName}` : 'the certificate names no signer';
      acks.push({ ...base, strength: 'weak', note: `${who}, whom the claim and the document do not name as the customer's` });
    } else {
      acks.push({ ...base, strength: 'weak', note: `the signature could not be verified (${sig.integrityDetail})` });
    }
  }
}

/**
 * Whose side a digital signature's signer (the certificate's subject name) is on: the customer's
 * contact, company or the document's customer signatory; the partner's contact or company.
 */
function signerSide(ctx: CheckContext, doc: ExtractedDocument, signer: string | undefined): 'customer' | 'partner' | 'unknown' {
  if (!signer) return 'unknown';
  if (namesPartner(ctx, signer)) return 'partner';
  const side = partyOf(ctx, { name: signer }, customerSignatories(ctx, doc));
  if (side !== 'unknown') return side;
  const re = claimNames(ctx).customer;
  if (re) {
    re.lastIndex = 0;
    if (re.test(foldString(signer))) return 'customer';
  }
  return 'unknown';
}

/** Judges a sender address: customer's domain accepted, partner's or others' rejected. */
function judgeSender(
  ctx: CheckContext,
  address: string | undefined,
  forwarded: boolean,
): Pick<Acknowledgement, 'strength' | 'note' | 'reason'> {
  if (forwarded)
    return { strength: 'rejected', note: 'a forwarded email does not count as acknowledgement', reason: 'signature-not-acceptable' };
  const domain = emailDomain(address);
  if (!domain) return { strength: 'weak', note: 'the sender address is missing' };
  // A free-mail address belongs to no company: only the claim's own contact address could be a
  // person's, and even that a reviewer confirms (DOMAIN: the customer's domain must be correct).
  if (ctx.rules.freeMail.has(domain)) {
    const contact = ctx.claim.customer.contactEmail?.trim().toLowerCase();
    if (contact && address?.trim().toLowerCase() === contact) {
      const mismatch = contactDomainMismatch(ctx.claim);
      const why = mismatch
        ? `, which differs from the customer domain ${mismatch.customer} with no mismatch reason in the claim`
        : ', not a company domain';
      return { strength: 'weak', note: `sent from the contact's free-mail address at ${domain}${why}` };
    }
    return {
      strength: 'rejected',
      note: `sent from the free-mail domain ${domain}, not the customer's domain`,
      reason: 'signature-not-acceptable',
    };
  }
  const partnerDomain = emailDomain(ctx.claim.partner.contactEmail);
  const customer = customerDomains(ctx);
  if (customer.some((d) => domainMatches(domain, d))) return { strength: 'accepted' };
  if (partnerDomain && domainMatches(domain, partnerDomain)) {
    return { strength: 'rejected', note: "the partner's own email is not a customer acknowledgement", reason: 'signature-not-acceptable' };
  }
  const mismatch = contactDomainMismatch(ctx.claim);
  if (mismatch && domainMatches(domain, mismatch.contact)) {
    return {
      strength: 'weak',
      note: `sent from the contact's domain ${domain}, which differs from the customer domain ${mismatch.customer} with no mismatch reason in the claim`,
    };
  }
  if (customer.length === 0) return { strength: 'weak', note: `sent from ${domain}; the claim gives no customer domain to compare` };
  return {
    strength: 'rejected',
    note: `sent from ${domain}, not the customer's domain (${customer.join(', ')})`,
    reason: 'signature-not-acceptable',
  };
}

/** Forwarded: the subject or the message's own text carries a forward marker of the ruleset in use. */
function isForwardedEmail(ctx: CheckContext, doc: ExtractedDocument): boolean {
  return forwardedByRules(ctx.rules, doc.email?.subject ?? '', doc.parts.find((p) => p.part === 'body')?.text ?? '');
}

function emailHeader(ctx: CheckContext, doc: ExtractedDocument, acks: Acknowledgement[]): void {
  const e = doc.email;
  if (!e) return;
  const from = e.from?.address ?? '';
  const text = squashSpace(`From: ${e.from?.name ?? ''} <${from}>; Date: ${e.date ?? 'none'}; Subject: ${e.subject ?? ''}`);
  let judged = judgeSender(ctx, e.from?.address, isForwardedEmail(ctx, doc));
  // From the customer's domain: its own words (above the quoted thread) must refer to the work.
  if (judged.strength === 'accepted')
    judged = judgeReply(ctx, ownReplyText(ctx, doc.parts.find((p) => p.part === 'body')?.text ?? '')) ?? judged;
  acks.push({
    kind: 'email',
    label: `email from ${from || 'an unknown sender'}`,
    ...ownDate(e.date, "the email's Date header"),
    evidence: documentEvidence(doc, text, { part: 'header' }),
    ...judged,
  });
}

/** A printed email's message text: after its "From:" line and the header lines below it (Sent, To, Subject...). */
function printedBody(text: string, afterFrom: number): string {
  const lines = text.slice(afterFrom, afterFrom + 20_000).split('\n');
  let i = 0;
  while (i < lines.length && (/^\s*$/u.test(lines[i] ?? '') ? i === 0 : /^[ \t>]*[\p{L}][\p{L} .-]{0,24}:/u.test(lines[i] ?? ''))) i++;
  return lines.slice(i).join('\n');
}

/** An email printed to PDF or pasted into a document: its topmost "From:" line decides. */
function printedEmail(ctx: CheckContext, seg: Segment, acks: Acknowledgement[]): void {
  const re = ctx.rules.emailFrom;
  re.lastIndex = 0;
  const m = re.exec(seg.folded.plain);
  if (!m) return;
  const address = EMAIL_ADDRESS.exec(m[1] ?? '')?.[0];
  if (!address) return;
  ctx.rules.forward.lastIndex = 0;
  const fw = ctx.rules.forward.exec(seg.folded.plain.slice(0, m.index + m[0].length + 400));
  let judged = judgeSender(ctx, address, fw !== null);
  if (judged.strength === 'accepted')
    judged = judgeReply(ctx, ownReplyText(ctx, printedBody(seg.folded.plain, m.index + m[0].length))) ?? judged;
  // The "Sent:" / "Date:" header line below "From:" is the email's own date.
  const date = signatureDate(ctx, seg, m.index, m.index + 400, m.index, 'on the "From:" line');
  acks.push({
    kind: 'email',
    label: `email from ${address}`,
    ...dated(date),
    evidence: evidenceAt(seg, m.index, m.index + m[0].length),
    ...judged,
  });
}

/**
 * A name written right after a "signed by" mark, up to the end of the line or a date. It must
 * start like a name (a capital, or a script without case such as CJK): "Signed by the
 * authorised representatives" is prose, not a signer.
 */
function nameAfter(originalAfter: string): string | null {
  const m = /^[\s:]*([\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’.-]*){0,4})/u.exec(originalAfter);
  if (!m?.[1]) return null;
  const name = m[1].replace(/(?:^|\s)(?:date|datum|fecha|on|am|le|el|signature|signed|title|role)(?:\s.*)?$/iu, '').trim();
  // "DocuSigned by" and its kin are labels, never a person's name.
  if (/^(?:docu)?sign(?:ed|ature)?\b|^e-?signed\b/iu.test(name)) return null;
  return name.length >= 2 ? name : null;
}

/** Acknowledgements from a segment's audit trail, one per signer panel; true when the segment has a trail. */
function trailAcks(ctx: CheckContext, seg: Segment, acks: Acknowledgement[]): boolean {
  const panels = trailPanels(ctx, seg);
  if (panels.length === 0) return false;
  const declared = declaredOrder(ctx, seg) !== null;
  for (const p of panels.slice(0, 8)) {
    const who = p.name ?? p.email ?? 'an unnamed signer';
    const signed = p.events.find((e) => (e.action === 'signed' || e.action === 'completed') && e.date);
    const evidence = evidenceAt(seg, (signed ?? p.events[0])?.start ?? p.start, (signed ?? p.events[0])?.end ?? p.end);
    const base = {
      kind: 'e-signature' as const,
      label: `audit trail: ${who}${p.email && p.name ? ` (${p.email})` : ''}`,
      evidence,
      signer: who,
      dateAlternatives: [] as CalendarDate[],
      date: null,
    };
    if (p.events.some((e) => e.action === 'declined')) {
      if (p.party === 'customer')
        acks.push({ ...base, strength: 'rejected', note: 'the customer declined to sign', reason: 'no-customer-acknowledgement' });
      continue;
    }
    if (!signed?.date) {
      if (p.party === 'customer')
        acks.push({
          ...base,
          strength: 'rejected',
          note: 'the customer has not signed (the trail shows no signing event)',
          reason: 'no-customer-acknowledgement',
        });
      continue;
    }
    const date = {
      date: signed.date.date,
      dateAlternatives: signed.date.alternatives,
      dateConfidence: 'own' as const,
      dateSource: "the signer's audit-trail event",
      vendorDate: !declared,
    };
    if (p.party === 'customer') acks.push({ ...base, ...date, strength: 'accepted' });
    else if (p.party === 'partner')
      acks.push({
        ...base,
        ...date,
        strength: 'rejected',
        note: 'signed by the partner, not the customer',
        reason: 'signature-not-acceptable',
      });
    else acks.push({ ...base, ...date, strength: 'weak', note: `signed by ${who}, whom the claim does not name as the customer's` });
  }
  return true;
}

/** Acknowledgements from signature blocks that name their side; true when the segment has any. */
function blockAcks(ctx: CheckContext, seg: Segment, acks: Acknowledgement[]): boolean {
  const blocks = signatureBlocks(ctx, seg).filter((b) => b.party !== 'unknown');
  if (blocks.length === 0) return false;
  for (const b of blocks.filter((x) => x.party === 'customer').slice(0, 3)) {
    const evidence = evidenceAt(seg, b.start, b.end);
    const signedBy = ctx.rules.signedBy;
    const stripped = (v: string | undefined) => {
      if (!v) return '';
      const f = foldString(v);
      if (signedBy) signedBy.lastIndex = 0;
      return (signedBy ? f.replace(signedBy, '') : f).replace(/[\s:_.\-[\]()]+/gu, ' ').trim();
    };
    const blank = (v: string | undefined) => {
      const t = stripped(v);
      return t.length === 0 || (ctx.rules.unsigned?.test(foldString(v ?? '')) ?? false) || test(ctx.rules.trailActions.pending, t);
    };
    const signedName = !blank(b.fields.name) || !blank(b.fields.signature);
    const base = {
      kind: 'signature-block' as const,
      label: "the customer's signature block",
      evidence,
      dateAlternatives: [] as CalendarDate[],
      date: null,
    };
    const undated = !b.date || blank(b.fields.date);
    const ink = scanInk(ctx, seg, b.start, b.end);
    if (!signedName) {
      acks.push({ ...base, strength: 'rejected', note: "the customer's signature block is empty", reason: 'no-customer-acknowledgement' });
    } else if (ink === 'none') {
      acks.push({ ...base, strength: 'rejected', note: NO_INK, reason: 'no-customer-acknowledgement' });
    } else if (test(ctx.rules.trailActions.pending, foldString(b.heading))) {
      // The vendor's stamp over the block says the signature is still awaited ("DocuSign / Awaiting signature").
      acks.push({
        ...base,
        strength: 'rejected',
        note: "the customer's signature is still pending",
        reason: 'no-customer-acknowledgement',
      });
    } else if (undated && trailSigners(ctx, seg.doc) === 'partner') {
      acks.push({
        ...base,
        strength: 'rejected',
        note: "only the partner's signature is in the document's audit trail; the customer's block is undated",
        reason: 'no-customer-acknowledgement',
      });
    } else if (ink === 'unknown') {
      acks.push({ ...base, strength: 'weak', note: UNKNOWN_INK });
    } else if (ink === 'typed') {
      acks.push({ ...base, strength: 'weak', note: TYPED_ONLY });
    } else if (!undated && b.date) {
      acks.push({
        ...base,
        strength: 'accepted',
        date: b.date.date,
        dateAlternatives: b.date.alternatives,
        dateConfidence: 'label',
        dateSource: `next to "${b.dateLabel}" in the customer's signature block`,
      });
    } else {
      acks.push({ ...base, strength: 'weak', note: "the customer's block has no date: a person must confirm it is signed" });
    }
  }
  return true;
}

/**
 * Who signed according to a document's audit trails: 'partner' when every signing event is a
 * partner's (at least one), 'customer' when one is the customer's, else 'unknown' (no trail,
 * or a signer of neither side).
 */
function trailSigners(ctx: CheckContext, doc: ExtractedDocument): 'customer' | 'partner' | 'unknown' {
  const sides = new Set<string>();
  for (const seg of ctx.segments) {
    if (seg.doc !== doc) continue;
    for (const p of trailPanels(ctx, seg))
      if (p.events.some((e) => (e.action === 'signed' || e.action === 'completed') && e.date)) sides.add(p.party);
  }
  if (sides.has('customer')) return 'customer';
  return sides.size === 1 && sides.has('partner') ? 'partner' : 'unknown';
}

const NO_INK = 'no handwriting or stamp near the signature label on the scan: the signature line is blank';
const UNKNOWN_INK = 'a scan: a person must confirm the signature line is signed';
const TYPED_ONLY =
  "nothing is drawn near the customer's block (no ink, no signature image): typed words are not a signature; a person must confirm it is signed";

/**
 * On an OCR'd scan the typed words of a signature block say nothing about a signature: ink near
 * the block does ("ink"), its absence is a blank line ("none"). A text-layer PDF page whose
 * drawings were read (`drawings`): ink or an image near the block is "ink", nothing drawn is
 * "typed" (a name typed under an empty signature line), except in an e-signature envelope, whose
 * vendor may print the signature as text and whose trail says who signed. Other text: "ink".
 */
function scanInk(ctx: CheckContext, seg: Segment, start: number, end: number): 'ink' | 'none' | 'unknown' | 'typed' {
  const [os, oe] = originalRange(seg.folded, start, end);
  if (!isOcrPart(seg.part)) return drawnNear(seg.part, os, oe) === 'none' && !hasEnvelope(ctx, seg.doc) ? 'typed' : 'ink';
  return inkNear(seg.part, os, oe);
}

/**
 * A sign-off table's cell on a text-layer PDF page: "typed" when the page's drawings were read
 * and nothing is drawn in the cell's rectangle (x0..x1 across, the rows' boxes down), outside an
 * e-signature envelope (see scanInk).
 */
function cellInk(
  ctx: CheckContext,
  seg: Segment,
  x0: number,
  x1: number,
  rows: ({ box?: Box } | undefined)[],
): 'ink' | 'unknown' | 'typed' {
  if (isOcrPart(seg.part)) return 'unknown';
  const ys = rows.flatMap((r) => (r?.box ? [r.box.y, r.box.y + r.box.height] : []));
  if (ys.length === 0 || hasEnvelope(ctx, seg.doc)) return 'ink';
  const y0 = Math.min(...ys);
  const rect = { x: x0, y: y0, width: x1 - x0, height: Math.max(...ys) - y0 };
  return drawnIn(seg.part, rect) === 'none' ? 'typed' : 'ink';
}

function test(re: RegExp | null, s: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(s);
}

function textMarks(ctx: CheckContext, seg: Segment, acks: Acknowledgement[], hasTrail: boolean, hasBlocks: boolean): void {
  // Hostile text can repeat a mark thousands of times: look at the first few of each kind only.
  let budget = MAX_MARKS_PER_SEGMENT;
  // An envelope id says a signing process ran, not who signed: where the trail is there, it decides.
  for (const m of hasTrail ? [] : matchesIn(ctx.rules.envelope, seg)) {
    if (--budget < 0) break;
    // An envelope id is often a page header: only a date on its own line or after a signing-date
    // label (a certificate of completion's "Signed:") is its date, never the page's other dates.
    const date = sameLineDate(ctx, seg, m.index) ?? labelledDate(ctx, seg, m.index, m.index + 400, m.index, true);
    const base = {
      kind: 'e-signature' as const,
      label: 'e-signature envelope',
      ...dated(date),
      evidence: evidenceAt(seg, m.index, m.index + m[0].length),
    };
    // The envelope proves that somebody signed; only a signing event of the customer makes it theirs.
    if (customerSigned(ctx, seg.doc)) acks.push({ ...base, strength: 'accepted' });
    else
      acks.push({
        ...base,
        strength: 'weak',
        note: 'no signing event of the customer in the envelope (signed by the partner only, pending or declined?)',
      });
  }
  budget = MAX_MARKS_PER_SEGMENT;
  for (const m of matchesIn(ctx.rules.signedBy, seg)) {
    if (--budget < 0) break;
    const end = m.index + m[0].length;
    const [os, oe] = originalRange(seg.folded, end, Math.min(end + 80, seg.folded.plain.length));
    const name = nameAfter(seg.folded.text.slice(os, oe));
    const date = signatureDate(ctx, seg, m.index - 120, end + 250, end);
    const evidence = evidenceAt(seg, m.index, Math.min(end + 40, seg.folded.plain.length));
    const base = { kind: 'e-signature' as const, ...dated(date), evidence };
    // The signer's email on the mark's line ("e-signed by Tom Becker (tom@fabrikam.com)") says whose side they are on.
    const lineEnd = seg.folded.text.indexOf('\n', os);
    const email = EMAIL_ADDRESS.exec(seg.folded.text.slice(os, lineEnd === -1 ? undefined : lineEnd))?.[0];
    const party = email ? partyOf(ctx, { name: name ?? '', email }) : 'unknown';
    if (!name && date && customerSide(ctx, seg.folded.plain.slice(end, end + 40)) && customerSignatories(ctx, seg.doc).length > 0) {
      // "Signed by the customer on 10/11/2025" over the customer's named signature block: the block's signing date.
      acks.push({
        ...base,
        kind: 'signature-block',
        strength: 'accepted',
        label: 'signed by the customer (statement over its named signature block)',
      });
    } else if (!name) {
      acks.push({ ...base, strength: 'weak', label: `"${m[0].trim()}" mark`, note: 'no signer name follows the mark' });
    } else if (party === 'partner' || namesPartner(ctx, name)) {
      acks.push({
        ...base,
        strength: 'rejected',
        label: `signed by ${name}`,
        signer: name,
        note: 'signed by the partner, not the customer',
        reason: 'signature-not-acceptable',
      });
    } else if (email && party === 'unknown') {
      acks.push({
        ...base,
        strength: 'weak',
        label: `e-signed by ${name}`,
        signer: name,
        note: `signed from ${email}, not an address of the customer's`,
      });
    } else {
      acks.push({ ...base, strength: 'accepted', label: `e-signed by ${name}`, signer: name });
    }
  }
  // Blocks that name their side were judged by structure; the proximity reading is for the rest.
  if (!hasBlocks && !hasTrail) proximityBlocks(ctx, seg, acks);
}

/** Text that starts by naming the customer's side: "the customer", "dem Kunden", "Contoso". */
function customerSide(ctx: CheckContext, folded: string): boolean {
  const head = folded.replace(/^[\s:]*(?:the|a|an|der|die|dem|den|le|la|l'|el|il|lo|o|de|het|by)?\s*/u, '');
  const words = head.split(/\s+/u).slice(0, 4).join(' ');
  const party = ctx.rules.partyWords.customer;
  const firstWord = head.split(/[\s,.;:]+/u)[0] ?? '';
  if (test(party, firstWord)) return true;
  const customer = claimNames(ctx).customer;
  if (!customer) return false;
  customer.lastIndex = 0;
  const m = customer.exec(words);
  return m !== null && m.index === 0;
}

/** A signature block without field structure: a label near the customer's name or signatory, with a date. */
function proximityBlocks(ctx: CheckContext, seg: Segment, acks: Acknowledgement[]): void {
  const names = claimNames(ctx);
  const customer = [...positionsOf(seg, names.customer), ...positionsOf(seg, names.customerContact)];
  if (customer.length === 0) return;
  const partner = [...positionsOf(seg, names.partner), ...positionsOf(seg, names.partnerContact)];
  const marks = positionsOf(seg, ctx.rules.signedBy);
  const nearest = (list: number[], at: number) => Math.min(...list.map((p) => Math.abs(p - at)));
  let found = 0;
  let budget = MAX_MARKS_PER_SEGMENT * 4;
  // "Accepted for <customer>": a label only when the customer's name follows it.
  const own = positionsOf(seg, names.customer);
  const bound = [...matchesIn(ctx.rules.partyBlockLabel, seg)].filter((m) => {
    const end = m.index + m[0].length;
    return own.some((p) => p >= end && p <= end + 3);
  });
  const labels = [...matchesIn(ctx.rules.blockLabel, seg), ...bound].sort((a, b) => a.index - b.index);
  for (const m of labels) {
    if (--budget < 0) break;
    const from = m.index - 250;
    // The block ends where the partner's begins: its date is never the partner's.
    const partnerAfter = partner.filter((p) => p > m.index + m[0].length);
    const to = Math.min(m.index + m[0].length + 350, ...partnerAfter);
    if (!anyWithin(customer, from, m.index + m[0].length + 350)) continue;
    // "Signed by ..." is judged as an e-signature mark; a block nearer the partner is the partner's.
    if (marks.some((p) => Math.abs(p - m.index) < 24)) continue;
    // "emailed to Jane Doe for signature", "awaiting signature": a request, not a signature.
    const request = ctx.rules.signatureRequest;
    if (request) {
      request.lastIndex = 0;
      if (request.test(seg.folded.plain.slice(Math.max(0, m.index - 24), m.index))) continue;
    }
    if (partner.length > 0 && nearest(partner, m.index) < nearest(customer, m.index)) continue;
    const date = signatureDate(ctx, seg, m.index - 60, to, m.index, 'on the signature line');
    const after = seg.folded.plain.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const placeholder = ctx.rules.unsigned?.test(after) ?? false;
    const evidence = evidenceAt(seg, m.index, m.index + m[0].length);
    const base = { kind: 'signature-block' as const, label: 'signature block with the customer signatory', ...dated(date), evidence };
    // In an e-signature envelope the trail says who signed: a customer block counts when the customer did.
    const unsignedEnvelope = hasEnvelope(ctx, seg.doc) && !customerSigned(ctx, seg.doc);
    const ink = scanInk(ctx, seg, m.index, m.index + m[0].length);
    if (ink === 'none') acks.push({ ...base, strength: 'rejected', note: NO_INK, reason: 'no-customer-acknowledgement' });
    else if (ink === 'unknown') acks.push({ ...base, strength: 'weak', note: UNKNOWN_INK });
    else if (ink === 'typed') acks.push({ ...base, strength: 'weak', note: TYPED_ONLY });
    else if (unsignedEnvelope)
      acks.push({ ...base, strength: 'weak', note: "the envelope's trail shows no signing event of the customer" });
    else if (date && !placeholder) acks.push({ ...base, strength: 'accepted' });
    else
      acks.push({
        ...base,
        strength: 'weak',
        note: placeholder ? 'the signature line looks blank' : 'the block has no date: a person must confirm it is signed',
      });
    if (++found >= 2) return;
  }
}

/**
 * Sign-off tables whose rows are the parties ("Role | Name | Signature | Date", a row per
 * signatory), read by columns: a header line with a signature and a date label gives the
 * columns; each row below is cut at the header's column starts (an empty cell has no text, so
 * the geometry of the rows alone would lose it). The customer's row is judged by its own cells:
 * signature and date both blank, not signed; a date in its date cell, signed then. True when
 * the segment has such a table.
 */
function signOffTableAcks(ctx: CheckContext, seg: Segment, acks: Acknowledgement[]): boolean {
  const sigRe = ctx.rules.blockFields.signature;
  const dateRe = ctx.rules.blockFields.date;
  if (!sigRe || !dateRe) return false;
  const lines = layoutOf(seg.part).lines;
  const signatories = customerSignatories(ctx, seg.doc);
  const where = seg.part.page !== undefined ? { page: seg.part.page } : seg.part.part !== undefined ? { part: seg.part.part } : {};
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i];
    if (!head || head.chunks.length < 3 || head.chunks.some((c) => c.text.length > MAX_LABEL_CHARS)) continue;
    const labels = head.chunks.map((c) => foldString(c.text).trim());
    const sigCol = labels.findIndex((t) => sigRe.test(t));
    const dateCol = labels.findIndex((t, k) => k !== sigCol && dateRe.test(t));
    if (sigCol < 0 || dateCol < 0) continue;
    found = true;
    const starts = head.chunks.map((c) => c.x0);
    const tol = Math.max(3, head.height * 0.8);
    const colOf = (x: number) => {
      let col = 0;
      starts.forEach((x0, k) => {
        if (x0 <= x + tol) col = k;
      });
      return col;
    };
    for (const row of lines.slice(i + 1, i + 9)) {
      if (row.chunks.length === 0) continue;
      const rowLabels = row.chunks.map((c) => foldString(c.text).trim());
      if (rowLabels.some((t) => sigRe.test(t)) && rowLabels.some((t) => dateRe.test(t))) break;
      const cells = starts.map(() => '');
      for (const c of row.chunks) {
        const k = colOf(c.x0);
        cells[k] = cells[k] ? `${cells[k]} ${c.text}` : c.text;
      }
      const others = cells.filter((_, c) => c !== sigCol && c !== dateCol).join(' ');
      let party = partyOf(ctx, { text: others }, signatories);
      if (party === 'unknown') {
        const side = foldString(others);
        const n = claimNames(ctx);
        const customer = test(ctx.rules.partyWords.customer, side) || test(n.customer, side);
        const partner = test(ctx.rules.partyWords.partner, side) || test(n.partner, side);
        party = customer && !partner ? 'customer' : partner && !customer ? 'partner' : 'unknown';
      }
      if (party !== 'customer') continue;
      const evidence = documentEvidence(seg.doc, squashSpace(row.text), where);
      if (row.box) evidence.box = row.box;
      const base = {
        kind: 'signature-block' as const,
        label: "the customer's row of the sign-off table",
        evidence,
        dateAlternatives: [] as CalendarDate[],
        date: null,
      };
      const signatureCell = (cells[sigCol] ?? '').trim();
      const dateCell = (cells[dateCol] ?? '').trim();
      const date = dateCell ? parseRowDate(ctx, seg, dateCell) : undefined;
      const ink = cellInk(ctx, seg, (starts[sigCol] ?? 0) - tol, starts[sigCol + 1] ?? Infinity, [row]);
      if (!signatureCell && !dateCell && ink !== 'unknown')
        acks.push({
          ...base,
          strength: 'rejected',
          note: "the customer's signature and date cells are empty",
          reason: 'no-customer-acknowledgement',
        });
      else if (
        signatureCell &&
        (test(ctx.rules.unsigned, foldString(signatureCell)) || test(ctx.rules.trailActions.pending, foldString(signatureCell)))
      )
        acks.push({
          ...base,
          strength: 'rejected',
          note: "the customer's signature cell is blank or pending",
          reason: 'no-customer-acknowledgement',
        });
      else if (date && ink === 'ink')
        acks.push({
          ...base,
          strength: 'accepted',
          date: date.date,
          dateAlternatives: date.alternatives,
          dateConfidence: 'label',
          dateSource: "the date cell of the customer's row in the sign-off table",
        });
      else acks.push({ ...base, strength: 'weak', note: "a person must confirm the customer's row of the sign-off table is signed" });
    }
  }
  return found;
}

const FIELD_KINDS = ['name', 'title', 'date', 'signature', 'company'] as const;
/** A field label is a few words: longer chunks are never tested against the labels. */
const MAX_LABEL_CHARS = 40;

/** The signature-block field a label chunk names ("Name", "Datum", "Signature"), or null. */
function labelField(ctx: CheckContext, text: string): (typeof FIELD_KINDS)[number] | null {
  if (text.length > MAX_LABEL_CHARS) return null;
  const t = foldString(text).trim();
  for (const f of FIELD_KINDS) {
    const re = ctx.rules.blockFields[f];
    if (re?.test(t)) return f;
  }
  return null;
}

/**
 * Signature tables with a column per party ("| Customer | Contractor |" over rows "Signature",
 * "Name", "Title", "Date"): a run of three or more lines that start with a field label, with two
 * value columns on at least one of them. Values go to the column their position falls in (the
 * widest line's value starts), so an empty cell stays empty instead of the next column's value
 * shifting into it. Each column is one party's block, judged like a signature block. True when
 * the segment has such a table.
 */
function partyColumnAcks(ctx: CheckContext, seg: Segment, acks: Acknowledgement[]): boolean {
  const lines = layoutOf(seg.part).lines;
  const signatories = customerSignatories(ctx, seg.doc);
  const where = seg.part.page !== undefined ? { page: seg.part.page } : seg.part.part !== undefined ? { part: seg.part.part } : {};
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const run: { line: (typeof lines)[number]; field: (typeof FIELD_KINDS)[number] }[] = [];
    for (let j = i; j < lines.length && run.length < 8; j++) {
      const line = lines[j];
      const field = line?.chunks[0] ? labelField(ctx, line.chunks[0].text) : null;
      if (!line || !field || run.some((r) => r.field === field)) break;
      run.push({ line, field });
    }
    const widest = run.reduce<(typeof run)[number] | null>((a, r) => (!a || r.line.chunks.length > a.line.chunks.length ? r : a), null);
    if (run.length < 3 || !widest || widest.line.chunks.length < 3 || !run.some((r) => r.field === 'date' || r.field === 'signature'))
      continue;
    found = true;
    const starts = widest.line.chunks.slice(1).map((c) => c.x0);
    const tol = Math.max(3, widest.line.height);
    const colOf = (x: number) => {
      let col = -1;
      starts.forEach((x0, k) => {
        if (x0 <= x + tol) col = k;
      });
      return col;
    };
    type Column = { fields: Partial<Record<(typeof FIELD_KINDS)[number], string>>; heading: string };
    const cols: Column[] = starts.map(() => ({ fields: {}, heading: '' }));
    const header = lines[i - 1];
    if (header && !labelField(ctx, header.chunks[0]?.text ?? ''))
      for (const c of header.chunks) {
        const col = cols[colOf(c.x0)];
        if (col) col.heading = `${col.heading} ${c.text}`.trim();
      }
    for (const r of run)
      for (const c of r.line.chunks.slice(1)) {
        const col = cols[colOf(c.x0)];
        if (col) col.fields[r.field] = `${col.fields[r.field] ?? ''} ${c.text}`.trim();
      }
    const n = claimNames(ctx);
    for (const col of cols) {
      let party = partyOf(ctx, { name: col.fields.name ?? '' }, signatories);
      for (const text of party === 'unknown' ? [col.fields.company ?? '', col.heading] : []) {
        const side = foldString(text);
        const customer = test(ctx.rules.partyWords.customer, side) || test(n.customer, side);
        const partner = test(ctx.rules.partyWords.partner, side) || test(n.partner, side);
        party = customer && !partner ? 'customer' : partner && !customer ? 'partner' : 'unknown';
        if (party !== 'unknown') break;
      }
      if (party !== 'customer') continue;
      const text = squashSpace(FIELD_KINDS.map((f) => (col.fields[f] ? `${f}: ${col.fields[f]}` : '')).join('; '));
      const evidence = documentEvidence(seg.doc, `${col.heading || "customer's column"} — ${text || 'empty'}`, where);
      const base = {
        kind: 'signature-block' as const,
        label: "the customer's column of the signature table",
        evidence,
        dateAlternatives: [] as CalendarDate[],
        date: null,
      };
      const signature = foldString(col.fields.signature ?? '');
      const date = col.fields.date ? parseRowDate(ctx, seg, col.fields.date) : undefined;
      const k = cols.indexOf(col);
      const ink = cellInk(
        ctx,
        seg,
        (starts[k] ?? 0) - tol,
        (starts[k + 1] ?? Infinity) - tol,
        run.map((r) => r.line),
      );
      if (
        test(ctx.rules.unsigned, signature) ||
        test(ctx.rules.trailActions.pending, signature) ||
        test(ctx.rules.trailActions.declined, signature)
      )
        acks.push({
          ...base,
          strength: 'rejected',
          note: "the customer's signature cell says it is not signed (pending, declined or blank)",
          reason: 'no-customer-acknowledgement',
        });
      else if (!col.fields.name && !signature && !col.fields.date)
        acks.push({
          ...base,
          strength: 'rejected',
          note: "the customer's column of the signature table is empty",
          reason: 'no-customer-acknowledgement',
        });
      else if (date && ink === 'ink')
        acks.push({
          ...base,
          strength: 'accepted',
          date: date.date,
          dateAlternatives: date.alternatives,
          dateConfidence: 'label',
          dateSource: "the date in the customer's column of the signature table",
        });
      else acks.push({ ...base, strength: 'weak', note: "a person must confirm the customer's column of the signature table is signed" });
    }
    i += run.length - 1;
  }
  return found;
}

/** The date a table cell holds, read as the segment reads its dates (its declared or the country's order). */
function parseRowDate(ctx: CheckContext, seg: Segment, cell: string) {
  const folded = foldString(cell);
  return segmentDates(ctx, seg).find((d) => folded.includes(seg.folded.plain.slice(d.start, d.end)));
}

const LETTER_TOP_LINES = 8;
const LETTER_SIGNER_LINES = 5;

/**
 * A letter from the customer: a closing formula on its own line ("Yours faithfully",
 * "Saygılarımla") with the customer's signatory on the lines under it (the claim's contact, a
 * document signatory, or a person above a line naming the customer). Its date is the letter's,
 * at the top ("Leeds, 12th September 2026"). A letter signed by anyone else adds nothing.
 */
function letterAcks(ctx: CheckContext, seg: Segment, acks: Acknowledgement[]): void {
  const closing = ctx.rules.letterClosing;
  const plain = seg.folded.plain;
  // One scan of the text for a closing line before any line is cut out (most pages have none).
  if (!closing || !ctx.rules.letterClosingLine?.test(plain)) return;
  const lines: { start: number; end: number; text: string }[] = [];
  for (let start = 0; start <= plain.length && lines.length < 4000;) {
    const nl = plain.indexOf('\n', start);
    const end = nl === -1 ? plain.length : nl;
    lines.push({ start, end, text: plain.slice(start, end).trim() });
    if (nl === -1) break;
    start = nl + 1;
  }
  const n = claimNames(ctx);
  const signatories = customerSignatories(ctx, seg.doc);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l || l.text.length === 0 || l.text.length > 80 || !closing.test(l.text)) continue;
    const below = lines
      .slice(i + 1)
      .filter((x) => x.text.length > 0)
      .slice(0, LETTER_SIGNER_LINES);
    let signer: { start: number; end: number } | null = null;
    for (let k = 0; k < below.length && !signer; k++) {
      const line = below[k];
      if (!line) continue;
      const [os, oe] = originalRange(seg.folded, line.start, line.end);
      const original = seg.folded.text.slice(os, oe);
      const side = partyOf(ctx, { text: original }, signatories);
      if (side === 'partner') break;
      const next = below[k + 1]?.text ?? '';
      if (side === 'customer' || (PERSON_LINE.test(original.trim()) && test(n.customer, next) && !test(n.partner, next))) signer = line;
    }
    if (!signer) continue;
    const evidence = evidenceAt(seg, l.start, signer.end);
    const base = {
      kind: 'signature-block' as const,
      label: "the customer's signed letter",
      evidence,
      dateAlternatives: [] as CalendarDate[],
      date: null,
    };
    const ink = scanInk(ctx, seg, l.start, signer.end);
    if (ink === 'none') {
      acks.push({ ...base, strength: 'rejected', note: NO_INK, reason: 'no-customer-acknowledgement' });
      return;
    }
    if (ink === 'unknown' || ink === 'typed') {
      acks.push({ ...base, strength: 'weak', note: ink === 'typed' ? TYPED_ONLY : UNKNOWN_INK });
      return;
    }
    const top = lines[Math.min(LETTER_TOP_LINES, lines.length) - 1]?.end ?? 0;
    // The letter's date is at the top of its first page, which may not be the page it is signed on.
    const firstSeg = ctx.segments.find((x) => x.doc === seg.doc) ?? seg;
    const firstTop = firstSeg === seg ? top : nthLineEnd(firstSeg.folded.plain, LETTER_TOP_LINES);
    const first = firstSeg.index === 0 ? segmentDates(ctx, firstSeg).find((d) => d.end <= firstTop) : undefined;
    if (first)
      acks.push({
        ...base,
        strength: 'accepted',
        date: first.date,
        dateAlternatives: first.alternatives,
        dateConfidence: 'label',
        dateSource: "the letter's date at its top",
        ...(firstSeg === seg ? {} : { evidence: { ...evidence, text: `${evidence.text} (dated on its first page)` } }),
      });
    else acks.push({ ...base, strength: 'weak', note: 'the letter has no date at its top: a person must date it' });
    return;
  }
}

/** Where the text's `n`th line ends (or the text's end). */
function nthLineEnd(text: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf('\n', at + 1);
    if (at === -1) return text.length;
  }
  return at;
}

/** A person's name on a line of its own: two to five capitalised words. */
const PERSON_LINE = /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*){1,4}$/u;
