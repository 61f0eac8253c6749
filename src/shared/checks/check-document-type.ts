import type { ExtractedDocument } from '../documents/types';
import { describeUnreadable, outcome, type CheckOutcome } from './check-kit';
import { evidenceAt, matchesIn, type CheckContext, type Segment } from './context';
import type { Evidence } from './types';

interface Verdict {
  doc: ExtractedDocument;
  /** Non-POE kinds named in the heading ("quote", "purchase order"), empty when none. */
  notPoe: string[];
  notPoeEvidence: Evidence[];
  poeEvidence: Evidence | null;
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
  let poeEvidence: Evidence | null = null;
  for (const seg of segs) {
    for (const m of matchesIn(ctx.rules.poe, seg)) {
      poeEvidence = evidenceAt(seg, m.index, m.index + m[0].length);
      break;
    }
    if (poeEvidence) break;
  }
  return { doc, notPoe, notPoeEvidence, poeEvidence };
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

/** Documents that are only a quote, PO or licensing transaction (their dates prove no engagement). */
export function notPoeDocuments(ctx: CheckContext): ReadonlySet<ExtractedDocument> {
  return new Set(classifyAll(ctx).verdicts.filter((v) => v.notPoe.length > 0 && !v.poeEvidence).map((v) => v.doc));
}

/** Fails when every readable document is only a quote, purchase order or licensing transaction. */
export function checkDocumentType(ctx: CheckContext): CheckOutcome {
  if (ctx.documents.length === 0 && ctx.notGiven.length === 0) return outcome('document-type', 'fail', 'No documents attached to the claim', [], [{ code: 'documents-unreadable' }]);
  const { byDoc, verdicts } = classifyAll(ctx);
  const poeLike = verdicts.filter((v) => v.notPoe.length === 0 || v.poeEvidence);
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
    const what = withMarker.length > 0 ? `POE content in ${withMarker.map((v) => v.doc.path).slice(0, 3).join(', ')}` : `no quote, purchase order or licensing markers in ${poeLike.map((v) => v.doc.path).slice(0, 3).join(', ')}`;
    return outcome('document-type', 'pass', `Not only a quote, PO or licensing document: ${what}`, evidence.slice(0, 6));
  }
  const kinds = [...new Set(verdicts.flatMap((v) => v.notPoe))];
  const evidence = verdicts.flatMap((v) => v.notPoeEvidence).slice(0, 6);
  if (verdicts.length === 0) return outcome('document-type', 'review', `No readable text to classify; look at ${describeUnreadable(ctx)}`, []);
  if (ctx.unreadable.length > 0) {
    return outcome('document-type', 'review', `Readable documents are only: ${kinds.join(', ')}; look at ${describeUnreadable(ctx)}`, evidence);
  }
  return outcome('document-type', 'fail', `The POE is only: ${kinds.join(', ')}`, evidence, [{ code: 'not-poe-document', detail: `found: ${kinds.join(', ')}` }]);
}
