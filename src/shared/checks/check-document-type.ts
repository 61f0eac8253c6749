import type { ExtractedDocument } from '../documents/types';
import type { Acknowledgement } from './acknowledgements';
import { describeUnreadable, outcome, type CheckOutcome } from './check-kit';
import { evidenceAt, matchesIn, type CheckContext, type Segment } from './context';
import type { Evidence } from './types';

interface Verdict {
  doc: ExtractedDocument;
  /** Non-POE kinds named in the heading ("quote", "purchase order"), empty when none. */
  notPoe: string[];
  notPoeEvidence: Evidence[];
  poeEvidence: Evidence | null;
  /** A master services / framework agreement (heading, no POE marker there): needs recent engagement evidence. */
  master: Evidence | null;
  /** An ECIF document (heading): needs a separate customer acknowledgement. */
  ecif: Evidence | null;
}

const TITLE_LINES = 3;
/** An amount with two decimals ("6.00", "18,500.00", "11.400,00"): a price cell. */
const AMOUNT = /(?<![\p{L}\p{N}])\d{1,3}(?:[ .,'\u00a0]?\d{3})*[.,]\d{2}(?!\p{N})/gu;

function count(re: RegExp | null, text: string): number {
  if (!re) return 0;
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n += 1;
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return n;
}

const NUMBER = /\d[\d.,'\u00a0]*\d|\d/gu;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/u;

/** A number as written in a price cell ("1,234.50", "1.234,50", "268750.00", "860"), with its decimals; null for a date. */
function parseNumber(token: string): { value: number; decimals: number } | null {
  if (DATE_LIKE.test(token)) return null;
  const t = token.replace(/[\u00a0']/gu, '');
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  const sep = Math.max(lastDot, lastComma);
  const tail = sep >= 0 ? t.length - sep - 1 : 0;
  // A last separator followed by one or two digits is the decimal mark; three digits: thousands.
  const decimal = sep >= 0 && tail > 0 && tail <= 2 ? sep : -1;
  const int = (decimal >= 0 ? t.slice(0, decimal) : t).replace(/[.,]/gu, '');
  const frac = decimal >= 0 ? t.slice(decimal + 1) : '';
  if (!/^\d+$/u.test(int) || (frac && !/^\d+$/u.test(frac))) return null;
  return { value: Number(`${int}.${frac || '0'}`), decimals: frac.length };
}

/**
 * A priced line, in any language: three of its numbers, in order, where quantity × unit price =
 * amount and the amount is written with two decimals ("860   312.50   268750.00").
 */
export function pricedLine(line: string): boolean {
  const nums: { value: number; decimals: number }[] = [];
  for (const m of line.matchAll(NUMBER)) {
    const n = parseNumber(m[0]);
    if (n) nums.push(n);
    if (nums.length > 8) break;
  }
  for (let k = 2; k < nums.length; k++) {
    const total = nums[k];
    if (!total || total.decimals !== 2 || total.value <= 0) continue;
    for (let i = 0; i < k - 1; i++)
      for (let j = i + 1; j < k; j++) {
        const product = (nums[i]?.value ?? 0) * (nums[j]?.value ?? 0);
        if (product > 0 && Math.abs(product - total.value) <= Math.max(0.011, total.value * 0.001)) return true;
      }
  }
  return false;
}

/**
 * A price table read by its structure: a header line naming price columns (or, in any language,
 * lines whose quantity × unit price = amount), rows carrying two or more amounts, and (nearly) no
 * lines describing work. Returns the header's (or first priced line's) evidence, or null.
 */
function priceTable(ctx: CheckContext, segs: Segment[]): Evidence | null {
  const { minHeaderWords, minRows, maxWorkLines } = ctx.rules.ruleset.documentType.priceTable;
  const a = ctx.rules.activity;
  let header: Evidence | null = null;
  let priced: Evidence | null = null;
  let pricedRows = 0;
  let rows = 0;
  let work = 0;
  for (const seg of segs) {
    let start = 0;
    for (const line of seg.folded.plain.split('\n')) {
      const end = start + line.length;
      if (count(AMOUNT, line) >= 1 && pricedLine(line)) {
        pricedRows += 1;
        priced ??= evidenceAt(seg, start, end);
      }
      if (count(AMOUNT, line) >= 2) rows += 1;
      else if (!header && count(ctx.rules.priceHeader, line) >= minHeaderWords) header = evidenceAt(seg, start, end);
      else if (count(a.phases, line) + count(a.timelines, line) + count(a.quantities, line) > 0) work += 1;
      start = end + 1;
    }
  }
  if (work >= maxWorkLines) return null;
  if (header && rows >= minRows) return header;
  return pricedRows >= minRows ? priced : null;
}

/** A master agreement named in the first lines, with no POE marker (SOW...) before it or on its line. */
function titleMaster(ctx: CheckContext, seg: Segment, headingChars: number): Evidence | null {
  const text = seg.folded.plain;
  let end = 0;
  for (let i = 0; i < TITLE_LINES && end !== -1; i++) end = text.indexOf('\n', end + 1);
  const limit = Math.min(end === -1 ? text.length : end, headingChars);
  const re = ctx.rules.masterAgreement;
  if (!re) return null;
  re.lastIndex = 0;
  const m = re.exec(text.slice(0, limit));
  if (!m) return null;
  const lineEnd = text.indexOf('\n', m.index);
  const poe = ctx.rules.poe;
  if (poe) {
    poe.lastIndex = 0;
    const p = poe.exec(text.slice(0, lineEnd === -1 ? text.length : lineEnd));
    if (p) return null;
  }
  return evidenceAt(seg, m.index, m.index + m[0].length);
}

function headingMatch(re: RegExp | null, seg: Segment, headingChars: number): Evidence | null {
  if (!re) return null;
  re.lastIndex = 0;
  const m = re.exec(seg.folded.plain.slice(0, headingChars));
  return m ? evidenceAt(seg, m.index, m.index + m[0].length) : null;
}

function classify(ctx: CheckContext, doc: ExtractedDocument, segs: Segment[]): Verdict {
  const headingChars = ctx.rules.ruleset.documentType.headingChars;
  const first = segs[0];
  const notPoe: string[] = [];
  const notPoeEvidence: Evidence[] = [];
  if (first) {
    const heading = first.folded.plain.slice(0, headingChars);
    for (const { kind, re } of ctx.rules.notPoe) {
      re.lastIndex = 0;
      const m = re.exec(heading);
      if (m) {
        notPoe.push(kind);
        notPoeEvidence.push(evidenceAt(first, m.index, m.index + m[0].length));
      }
    }
    // An email about a licensing purchase is not POE (MCI guide: "insufficient material").
    if (doc.email && notPoe.length === 0) {
      for (const m of matchesIn(ctx.rules.licensingEmail, first)) {
        if (m.index > headingChars) break;
        notPoe.push('licensing purchase email');
        notPoeEvidence.push(evidenceAt(first, m.index, m.index + m[0].length));
        break;
      }
    }
  }
  const prices = priceTable(ctx, segs);
  if (prices) {
    notPoe.push('price table (quote or order form)');
    notPoeEvidence.push(prices);
  }
  let master: Evidence | null = null;
  let ecif: Evidence | null = null;
  if (first) {
    // The title decides: "Statement of Work under the Master Services Agreement" is a SOW, while an
    // MSA whose clauses mention statements of work further down is still an MSA.
    master = titleMaster(ctx, first, headingChars);
    ecif = headingMatch(ctx.rules.ecif, first, headingChars);
  }
  let poeEvidence: Evidence | null = null;
  for (const seg of segs) {
    for (const m of matchesIn(ctx.rules.poe, seg)) {
      poeEvidence = evidenceAt(seg, m.index, m.index + m[0].length);
      break;
    }
    if (poeEvidence) break;
  }
  // A POE word in a price table ("acceptance of this proposal") does not make it POE.
  return { doc, notPoe, notPoeEvidence, poeEvidence: master || prices ? null : poeEvidence, master, ecif };
}

interface Classified {
  byDoc: Map<ExtractedDocument, Segment[]>;
  verdicts: Verdict[];
}
const classifiedCache = new WeakMap<CheckContext, Classified>();

function classifyAll(ctx: CheckContext): Classified {
  let c = classifiedCache.get(ctx);
  if (!c) {
    const byDoc = new Map<ExtractedDocument, Segment[]>();
    for (const seg of ctx.segments) {
      const list = byDoc.get(seg.doc);
      if (list) list.push(seg);
      else byDoc.set(seg.doc, [seg]);
    }
    c = { byDoc, verdicts: [...byDoc.entries()].map(([doc, segs]) => classify(ctx, doc, segs)) };
    classifiedCache.set(ctx, c);
  }
  return c;
}

/** Documents that are only a quote, PO, licensing transaction or master agreement (their dates prove no engagement). */
export function notPoeDocuments(ctx: CheckContext): ReadonlySet<ExtractedDocument> {
  return new Set(
    classifyAll(ctx)
      .verdicts.filter((v) => (v.notPoe.length > 0 && !v.poeEvidence) || v.master)
      .map((v) => v.doc),
  );
}

/** True when the document is `doc` or one of its attachments (evidence paths "mail.eml#a.pdf"). */
function within(path: string, doc: ExtractedDocument): boolean {
  return path === doc.path || path.startsWith(`${doc.path}#`);
}

/** ECIF documents count only with a customer acknowledgement outside them (a fail or review without one). */
function ecifRule(ctx: CheckContext, verdicts: Verdict[], acks: readonly Acknowledgement[]): CheckOutcome | null {
  const ecif = verdicts.filter((v) => v.ecif);
  const verdict = ctx.unreadable.length > 0 ? 'review' : 'fail';
  const look = ctx.unreadable.length > 0 ? `; look at ${describeUnreadable(ctx)}` : '';
  if (ecif.length === 0) return null;
  const separate = acks.filter((a) => a.strength === 'accepted' && !ecif.some((v) => within(a.evidence.document, v.doc)));
  const names = ecif
    .map((v) => v.doc.path)
    .slice(0, 3)
    .join(', ');
  if (separate.length > 0) {
    return outcome(
      'document-type',
      'pass',
      `ECIF document (${names}) with a separate customer acknowledgement: ${separate[0]?.label ?? ''}`,
      [...ecif.map((v) => v.ecif).filter((e): e is Evidence => !!e), ...separate.map((a) => a.evidence)].slice(0, 6),
    );
  }
  return outcome(
    'document-type',
    verdict,
    `ECIF document without a separate customer acknowledgement (${names})${look}`,
    ecif
      .map((v) => v.ecif)
      .filter((e): e is Evidence => !!e)
      .slice(0, 6),
    [{ code: 'ecif-without-acknowledgement', detail: names }],
  );
}

/** Master agreements alone (nothing else POE-like beside them): a fail or review, else null. */
function masterRule(ctx: CheckContext, verdicts: Verdict[]): CheckOutcome | null {
  const master = verdicts.filter((v) => v.master && !v.ecif);
  const verdict = ctx.unreadable.length > 0 ? 'review' : 'fail';
  const look = ctx.unreadable.length > 0 ? `; look at ${describeUnreadable(ctx)}` : '';
  if (master.length === 0) return null;
  const names = master
    .map((v) => v.doc.path)
    .slice(0, 3)
    .join(', ');
  return outcome(
    'document-type',
    verdict,
    `Only a master services agreement, no recent engagement evidence such as a SOW, report or customer email (${names})${look}`,
    master
      .map((v) => v.master)
      .filter((e): e is Evidence => !!e)
      .slice(0, 6),
    [{ code: 'msa-without-engagement', detail: names }],
  );
}

/**
 * Fails when every readable document is only a quote, purchase order, licensing transaction or a
 * master agreement, or when ECIF documents come without a separate customer acknowledgement.
 */
export function checkDocumentType(ctx: CheckContext, acks: readonly Acknowledgement[] = []): CheckOutcome {
  if (ctx.documents.length === 0 && ctx.notGiven.length === 0)
    return outcome('document-type', 'fail', 'No documents attached to the claim', [], [{ code: 'documents-unreadable' }]);
  const { byDoc, verdicts } = classifyAll(ctx);
  // ECIF documents and master agreements are POE only with something beside them.
  const poeLike = verdicts.filter((v) => (v.notPoe.length === 0 || v.poeEvidence) && !v.master && !v.ecif);
  const ecif = ecifRule(ctx, verdicts, acks);
  if (ecif && (ecif.result.status !== 'pass' || poeLike.length === 0)) return ecif;
  if (poeLike.length === 0) {
    const master = masterRule(ctx, verdicts);
    if (master) return master;
  }
  if (poeLike.length > 0) {
    const withMarker = poeLike.filter((v) => v.poeEvidence);
    const evidence = withMarker.map((v) => v.poeEvidence).filter((e): e is Evidence => !!e);
    for (const v of poeLike) {
      if (v.poeEvidence) continue;
      const seg = byDoc.get(v.doc)?.[0];
      if (!seg) continue;
      const nl = seg.folded.plain.indexOf('\n', 1);
      evidence.push(evidenceAt(seg, 0, Math.min(nl === -1 ? seg.folded.plain.length : nl, 100)));
    }
    const what =
      withMarker.length > 0
        ? `POE content in ${withMarker
            .map((v) => v.doc.path)
            .slice(0, 3)
            .join(', ')}`
        : `no quote, purchase order or licensing markers in ${poeLike
            .map((v) => v.doc.path)
            .slice(0, 3)
            .join(', ')}`;
    return outcome('document-type', 'pass', `Not only a quote, PO or licensing document: ${what}`, evidence.slice(0, 6));
  }
  const kinds = [...new Set(verdicts.flatMap((v) => v.notPoe))];
  const evidence = verdicts.flatMap((v) => v.notPoeEvidence).slice(0, 6);
  if (verdicts.length === 0)
    return outcome('document-type', 'review', `No readable text to classify; look at ${describeUnreadable(ctx)}`, []);
  if (ctx.unreadable.length > 0) {
    return outcome(
      'document-type',
      'review',
      `Readable documents are only: ${kinds.join(', ')}; look at ${describeUnreadable(ctx)}`,
      evidence,
    );
  }
  return outcome('document-type', 'fail', `The POE is only: ${kinds.join(', ')}`, evidence, [
    { code: 'not-poe-document', detail: `found: ${kinds.join(', ')}` },
  ]);
}
