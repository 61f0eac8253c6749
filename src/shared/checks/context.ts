import type { Claim } from '../queue/claim-schema';
import type { DocumentPart, ExtractedDocument } from '../documents/types';
import { foldText, originalRange, quoteAround, type FoldedText } from '../text/fold';
import type { Evidence } from './types';
import type { CompiledRuleset } from './ruleset';
import { numericOrderForCountry, type NumericOrder } from '../text/dates';
import { confidenceAt, formFieldAt, isBlankScan, readablePart } from '../documents/ocr';

/** One searchable piece of a document: a PDF page or a named part, folded once. */
export interface Segment {
  doc: ExtractedDocument;
  part: DocumentPart;
  folded: FoldedText;
  /** Where this segment starts in its document's concatenated plain text (for ordering). */
  index: number;
}

/** What every check reads: the claim, the documents flattened (attachments included), folded text. */
export interface CheckContext {
  claim: Claim;
  rules: CompiledRuleset;
  now: Date;
  /** Every document and attachment, depth-first. */
  documents: ExtractedDocument[];
  /** Readable text segments (state ok, text layer present, some text). */
  segments: Segment[];
  /** Documents or pages a person must look at: not ok, not given, or pages without a text layer. */
  unreadable: Unreadable[];
  /** Documents the claim lists that were not given to the checks (with the caller's state). */
  notGiven: Unreadable[];
  /** Attachments of types we do not read: listed, not POE, not errors. */
  skipped: ReadonlySet<ExtractedDocument>;
  numericOrder: NumericOrder | null;
}

export interface Unreadable {
  document: string;
  reason: string;
  /** True for a readable document with pages or images without text (a scan a person can read). */
  imageOnly?: boolean;
}

/** The listed state as a reason: "missing: listed by the claim but not given to the checks". */
function notGivenReason(state: string, detail: string | undefined): string {
  const s = state === 'ok' || state === 'pending' || state === '' ? 'missing' : state;
  return `${s}: ${detail ?? 'listed by the claim but not given to the checks'}`;
}

/** Path spelling differences ("./a/b.pdf", "a\\b.pdf") do not make a document missing. */
function samePath(p: string): string {
  return p
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .normalize('NFC');
}

function flatten(docs: readonly ExtractedDocument[], out: ExtractedDocument[], depth = 0): void {
  for (const d of docs) {
    out.push(d);
    // Readers limit nesting; this guard keeps a malformed structure from recursing forever.
    if (depth < 8 && d.attachments.length > 0) flatten(d.attachments, out, depth + 1);
  }
}

export function buildContext(
  claim: Claim,
  documents: readonly ExtractedDocument[],
  rules: CompiledRuleset,
  now: Date,
  listed: readonly { path: string; state: string; stateDetail?: string }[] = [],
): CheckContext {
  const all: ExtractedDocument[] = [];
  flatten(documents, all);
  const segments: Segment[] = [];
  const unreadable: Unreadable[] = [];
  const topLevel = new Set(documents);
  const skipped = new Set<ExtractedDocument>();
  const given = new Set(documents.map((d) => samePath(d.path)));
  const notGiven: Unreadable[] = [];
  for (const l of listed) {
    if (given.has(samePath(l.path)) || notGiven.some((u) => u.document === l.path)) continue;
    notGiven.push({ document: l.path, reason: notGivenReason(l.state, l.stateDetail) });
  }
  unreadable.push(...notGiven);
  for (const doc of all) {
    // An attachment of a type we do not read (.txt, .ics, .odt) is listed by the reader; it is
    // not a POE document that hides evidence, so it does not send every check to review.
    if (doc.state === 'unsupported' && !topLevel.has(doc)) {
      skipped.add(doc);
      continue;
    }
    if (doc.state !== 'ok') {
      unreadable.push({ document: doc.path, reason: `${doc.state}${doc.stateDetail ? `: ${doc.stateDetail}` : ''}` });
      continue;
    }
    // Scans: a page OCR read well enough is read like a text layer (its doubtful words left
    // out); one it did not read, or read too poorly, is a page a person must look at.
    const readable = doc.parts.map((p) => (p.hasTextLayer ? p : p.ocr?.state === 'done' ? readablePart(p, rules.ruleset.ocr) : null));
    const imagePages = doc.parts.filter((p, i) => readable[i] === null);
    if (imagePages.length > 0) {
      const where = imagePages.map((p) => (p.page !== undefined ? `page ${p.page}` : (p.part ?? 'part'))).join(', ');
      const ocr = imagePages.every((p) => p.ocr?.state === 'done') ? 'read by OCR too poorly to be trusted' : 'no text layer';
      unreadable.push({ document: doc.path, reason: `${ocr} (${where})`, imageOnly: true });
    } else if (doc.parts.length === 0 && doc.kind !== 'unsupported') {
      unreadable.push({ document: doc.path, reason: 'no text found', imageOnly: true });
    } else if (doc.parts.length > 0 && doc.parts.every((p) => isBlankScan(p))) {
      unreadable.push({ document: doc.path, reason: 'OCR found no text on the scan', imageOnly: true });
    }
    let index = 0;
    for (const part of readable) {
      if (!part || part.text.trim().length === 0) continue;
      segments.push({ doc, part, folded: foldText(part.text), index });
      index += part.text.length;
    }
  }
  const numericOrder = numericOrderForCountry(claim.customer.country, rules.monthFirst, rules.ambiguousOrder);
  return { claim, rules, now, documents: all, segments, unreadable, notGiven, skipped, numericOrder };
}

/** Evidence for a range of a segment's folded text: quote of the original, page or part, box. */
export function evidenceAt(seg: Segment, start: number, end: number): Evidence {
  const [os, oe] = originalRange(seg.folded, start, end);
  const ev: Evidence = { document: seg.doc.path, text: quoteAround(seg.part.text, os, oe) };
  if (seg.part.page !== undefined) ev.page = seg.part.page;
  if (seg.part.part !== undefined) ev.part = seg.part.part;
  const box = boxAt(seg.part, os);
  if (box) ev.box = box;
  const confidence = confidenceAt(seg.part, os, oe);
  if (confidence !== undefined) ev.ocrConfidence = confidence;
  const field = formFieldAt(seg.part, os, oe);
  if (field !== undefined) ev.formField = field;
  return ev;
}

/** Evidence for a whole-document fact (signature dictionary, email header). */
export function documentEvidence(doc: ExtractedDocument, text: string, where: { page?: number; part?: string } = {}): Evidence {
  const ev: Evidence = { document: doc.path, text };
  if (where.page !== undefined) ev.page = where.page;
  if (where.part !== undefined) ev.part = where.part;
  return ev;
}

/** The box of the text item holding original offset `pos`, found by walking items in order. */
function boxAt(part: DocumentPart, pos: number): Evidence['box'] {
  if (!part.items || part.items.length === 0) return undefined;
  let cursor = 0;
  for (const item of part.items) {
    if (item.text.length === 0) continue;
    const at = part.text.indexOf(item.text, cursor);
    if (at === -1) continue;
    if (pos >= at && pos < at + item.text.length) return item.box;
    if (at > pos) return undefined;
    cursor = at + item.text.length;
  }
  return undefined;
}

/** Every match of a global regex in a segment's folded text (a fresh lastIndex each time). */
export function* matchesIn(re: RegExp | null, seg: Segment): Generator<RegExpExecArray> {
  if (!re) return;
  re.lastIndex = 0;
  for (let m = re.exec(seg.folded.plain); m; m = re.exec(seg.folded.plain)) {
    if (m[0].length === 0) re.lastIndex += 1;
    yield m;
  }
}

/** Lower-cased domain of an email address, or null. */
export function emailDomain(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  if (at === -1) return null;
  const d = address
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/[>\s].*$/, '');
  return d.length > 0 ? d : null;
}

/** True when `domain` is `base` or a subdomain of it. */
export function domainMatches(domain: string, base: string): boolean {
  const b = base.toLowerCase().replace(/^@/, '');
  return domain === b || domain.endsWith(`.${b}`);
}

/** The claim's customer domain, lower case without "@", or null. */
function claimDomain(claim: Claim): string | null {
  const d = claim.customer.domain?.trim().toLowerCase().replace(/^@/, '');
  return d ? d : null;
}

/**
 * The customer contact's email domain when it differs from the customer's domain and the claim
 * gives no domain-mismatch reason (DOMAIN.md: a mismatch needs a reason), else null.
 */
export function contactDomainMismatch(claim: Claim): { contact: string; customer: string } | null {
  const customer = claimDomain(claim);
  const contact = emailDomain(claim.customer.contactEmail);
  if (!customer || !contact) return null;
  if (domainMatches(contact, customer) || domainMatches(customer, contact)) return null;
  if ((claim.customer.domainMismatchReason ?? '').trim().length > 0) return null;
  return { contact, customer };
}

/** Domains an acknowledging email may come from: the customer's, and the contact's unless it mismatches unexplained. */
export function customerDomains(ctx: CheckContext): string[] {
  const out: string[] = [];
  const domain = claimDomain(ctx.claim);
  if (domain) out.push(domain);
  const contact = emailDomain(ctx.claim.customer.contactEmail);
  if (contact && !contactDomainMismatch(ctx.claim) && !out.includes(contact)) out.push(contact);
  return out;
}
