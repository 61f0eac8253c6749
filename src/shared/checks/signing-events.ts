import type { ExtractedDocument } from '../documents/types';
import { claimNames } from './check-kit';
import { customerDomains, emailDomain, type CheckContext } from './context';

/**
 * Issue 7, class 4: who signed. An e-signature envelope (or a vendor's certificate) proves that
 * somebody signed; it is the customer's acknowledgement only when a signing event of the trail
 * (a line with "signed", "Signature applied", "signerade"...) belongs to the customer: the
 * customer's name, contact or an address on the customer's domain on that line, or as the
 * nearest party above it within the signer's block (a vendor's signer panel: the name above the
 * envelope or transaction id). Partner-only, pending or declined envelopes are not.
 */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const LOOK_BACK_LINES = 9;

type Party = 'customer' | 'partner' | null;

function lineParty(ctx: CheckContext, line: string, domains: readonly string[], partnerDomain: string | null): Party {
  const n = claimNames(ctx);
  const has = (re: RegExp | null) => {
    if (!re) return false;
    re.lastIndex = 0;
    return re.test(line);
  };
  let customer = has(n.customer) || has(n.customerContact);
  let partner = has(n.partner) || has(n.partnerContact);
  for (const m of line.matchAll(EMAIL)) {
    const d = emailDomain(m[0]);
    if (!d) continue;
    if (domains.some((c) => d === c || d.endsWith(`.${c}`))) customer = true;
    else if (partnerDomain && (d === partnerDomain || d.endsWith(`.${partnerDomain}`))) partner = true;
  }
  if (customer && !partner) return 'customer';
  if (partner && !customer) return 'partner';
  return null;
}

const cache = new WeakMap<CheckContext, Map<ExtractedDocument, boolean>>();

/** True when a signing event in the document belongs to the customer. */
export function customerSigned(ctx: CheckContext, doc: ExtractedDocument): boolean {
  let byDoc = cache.get(ctx);
  if (!byDoc) {
    byDoc = new Map();
    cache.set(ctx, byDoc);
  }
  const hit = byDoc.get(doc);
  if (hit !== undefined) return hit;
  const re = ctx.rules.signingEvent;
  const domains = customerDomains(ctx);
  const partnerDomain = emailDomain(ctx.claim.partner.contactEmail);
  let found = false;
  for (const seg of ctx.segments) {
    if (seg.doc !== doc || found || !re) continue;
    const lines = seg.folded.plain.split('\n');
    for (let i = 0; i < lines.length && !found; i++) {
      // An event line: a signing word, or a vendor's panel line under the signer's name ("Adobe Acrobat Sign Transaction ID").
      re.lastIndex = 0;
      const env = ctx.rules.envelope;
      if (env) env.lastIndex = 0;
      if (!re.test(lines[i] ?? '') && !(env?.test(lines[i] ?? '') ?? false)) continue;
      // The signer is on the event's line, right below a "Signed by:" label, or the nearest party above.
      const line = lines[i] ?? '';
      const order = [i, ...(/(?:by|von|par|por|da|door|przez|af)\s*:?\s*$/u.test(line) ? [i + 1, i + 2] : [])];
      for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK_LINES); j--) order.push(j);
      for (const j of order) {
        const party = lineParty(ctx, lines[j] ?? '', domains, partnerDomain);
        if (party) {
          found = party === 'customer';
          break;
        }
      }
    }
  }
  byDoc.set(doc, found);
  return found;
}

const envelopeCache = new WeakMap<CheckContext, Map<ExtractedDocument, boolean>>();

/** True when the document carries an e-signature envelope or transaction id (its trail says who signed). */
export function hasEnvelope(ctx: CheckContext, doc: ExtractedDocument): boolean {
  let byDoc = envelopeCache.get(ctx);
  if (!byDoc) {
    byDoc = new Map();
    envelopeCache.set(ctx, byDoc);
  }
  let has = byDoc.get(doc);
  if (has === undefined) {
    const re = ctx.rules.envelope;
    has =
      re !== null &&
      ctx.segments.some((s) => {
        if (s.doc !== doc) return false;
        re.lastIndex = 0;
        return re.test(s.folded.plain);
      });
    byDoc.set(doc, has);
  }
  return has;
}
