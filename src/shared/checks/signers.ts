import type { ExtractedDocument } from '../documents/types';
import type { DateMention } from '../text/dates';
import { foldString, originalRange } from '../text/fold';
import { layoutOf } from '../layout/layout';
import { claimNames, segmentDates } from './check-kit';
import { customerDomains, domainMatches, emailDomain, type CheckContext, type Segment } from './context';
import type { BlockField, TrailAction } from './ruleset';

/**
 * Who signed, read from structure. Audit trails and certificates of any vendor are event logs:
 * lines with a timestamp and an action word ("Signed", "signerade", "podpisał"), grouped into
 * signer panels by the email or name they name. Signature blocks are runs of field lines
 * ("Name:", "Title:", "Date:", "Signature:") under a heading that names a side. Each signer is
 * matched to the customer (domain, contact, the document's customer signatory) or the partner.
 * Vocabulary is the ruleset's; nothing here names a vendor.
 */

export type Party = 'customer' | 'partner' | 'unknown';

export interface TrailEvent {
  action: TrailAction;
  date: DateMention | null;
  /** Range of the event's line in the segment's folded text. */
  start: number;
  end: number;
  /** The line has a time of day (10:01, 10:01:22). */
  timed: boolean;
}

export interface SignerPanel {
  name?: string;
  email?: string;
  party: Party;
  events: TrailEvent[];
  start: number;
  end: number;
}

export interface SignatureBlock {
  party: Party;
  heading: string;
  fields: Partial<Record<BlockField, string>>;
  /** The date the block's date field holds, as found in the segment, and that field's label ("Datum"). */
  date: DateMention | null;
  dateLabel: string;
  start: number;
  end: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const TIME = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/u;
const ACTIONS: readonly TrailAction[] = ['declined', 'pending', 'signed', 'completed', 'viewed', 'sent'];
const MAX_LINES = 4000;
/** A person's name: two to five words, each starting with a capital (or a script without case). */
const PERSON = /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*){1,4}$/u;

interface Line {
  start: number;
  end: number;
  plain: string;
  original: string;
}

function linesOf(seg: Segment): Line[] {
  const plain = seg.folded.plain;
  const out: Line[] = [];
  let start = 0;
  while (start <= plain.length && out.length < MAX_LINES) {
    const nl = plain.indexOf('\n', start);
    const end = nl === -1 ? plain.length : nl;
    const [os, oe] = originalRange(seg.folded, start, end);
    out.push({ start, end, plain: plain.slice(start, end), original: seg.folded.text.slice(os, oe) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

function test(re: RegExp | null, s: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(s);
}

const pageSignatoriesCache = new WeakMap<Segment, readonly string[]>();

/** Names the document gives the customer's signatory ("Customer Signatory Name (printed) John Doe"), read once per segment. */
function documentSignatories(ctx: CheckContext, seg: Segment): readonly string[] {
  const cached = pageSignatoriesCache.get(seg);
  if (cached) return cached;
  const out: string[] = [];
  for (const p of layoutOf(seg.part).pairs) {
    const label = foldString(p.label);
    if (/signator|signed\s+by|name/u.test(label) && test(ctx.rules.partyWords.customer, label) && PERSON.test(p.value.trim()))
      out.push(p.value.trim());
  }
  pageSignatoriesCache.set(seg, out);
  return out;
}

/** A claim's documents' signatories, by check run (a document may be another claim's too). */
const signatoriesCache = new WeakMap<CheckContext, Map<ExtractedDocument, readonly string[]>>();

/**
 * The people a document names as the customer's signatory: a "Customer Signatory Name" field,
 * or the name field of a signature block on the customer's side. Read once per document and run:
 * every page's signature-table, sign-off and letter reading asks for them.
 */
export function customerSignatories(ctx: CheckContext, doc: ExtractedDocument): readonly string[] {
  let byDoc = signatoriesCache.get(ctx);
  if (!byDoc) {
    byDoc = new Map();
    signatoriesCache.set(ctx, byDoc);
  }
  const cached = byDoc.get(doc);
  if (cached) return cached;
  const out: string[] = [];
  for (const seg of ctx.segments) {
    if (seg.doc !== doc) continue;
    out.push(...documentSignatories(ctx, seg));
    for (const b of signatureBlocks(ctx, seg)) {
      const name = b.fields.name?.trim() ?? '';
      if (b.party === 'customer' && PERSON.test(name)) out.push(name);
    }
  }
  byDoc.set(doc, out);
  return out;
}

/** Which side a signer is on, from their email's domain and their name. */
export function partyOf(
  ctx: CheckContext,
  who: { name?: string; email?: string; text?: string },
  signatories: readonly string[] = [],
): Party {
  const domain = emailDomain(who.email);
  if (domain) {
    if (customerDomains(ctx).some((d) => domainMatches(domain, d))) return 'customer';
    const partner = emailDomain(ctx.claim.partner.contactEmail);
    if (partner && domainMatches(domain, partner)) return 'partner';
  }
  const n = claimNames(ctx);
  const text = foldString(`${who.name ?? ''} ${who.text ?? ''}`);
  if (test(n.customerContact, text) || signatories.some((s) => text.includes(foldString(s)))) return 'customer';
  if (test(n.partnerContact, text)) return 'partner';
  return 'unknown';
}

function actionOf(ctx: CheckContext, line: string): TrailAction | null {
  for (const a of ACTIONS) if (test(ctx.rules.trailActions[a], line)) return a;
  return null;
}

/** The text before an email on its line, as a name ("Mario Rossi (mario.rossi@…)", "Signed by Jane Roe <jane@…>"). */
function nameBefore(original: string, emailAt: number): string | undefined {
  const before = original
    .slice(0, emailAt)
    .replace(/[(<[:,;|]+\s*$/u, '')
    .trim();
  const words =
    before
      .split(/\s{2,}|\t|\|/u)
      .pop()
      ?.trim() ?? '';
  const m = /([\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*){1,4})\s*$/u.exec(words);
  return m?.[1];
}

/** The side a line names: a signer of either side, or a company name or party word ("For the partner"). */
function sideOf(ctx: CheckContext, line: Line | undefined, signatories: readonly string[]): Party {
  if (!line) return 'unknown';
  const person = partyOf(ctx, { text: line.original }, signatories);
  if (person !== 'unknown') return person;
  const n = claimNames(ctx);
  const customer = test(n.customer, line.plain) || test(ctx.rules.partyWords.customer, line.plain);
  const partner = test(n.partner, line.plain) || test(ctx.rules.partyWords.partner, line.plain);
  return customer && !partner ? 'customer' : partner && !customer ? 'partner' : 'unknown';
}

const trailCache = new WeakMap<Segment, SignerPanel[]>();

/**
 * The signer panels of a segment's audit trail, or [] when the segment has none: a trail
 * needs event lines (a date and an action word), at least one with a time of day or two of them.
 */
export function trailPanels(ctx: CheckContext, seg: Segment): SignerPanel[] {
  let panels = trailCache.get(seg);
  if (panels) return panels;
  panels = [];
  const lines = linesOf(seg);
  const dates = segmentDates(ctx, seg);
  const signatories = documentSignatories(ctx, seg);
  let di = 0;
  const events: { line: number; ev: TrailEvent }[] = [];
  const emails: { line: number; email: string; name?: string }[] = [];
  lines.forEach((l, i) => {
    while (di < dates.length && (dates[di]?.start ?? 0) < l.start) di++;
    const date = di < dates.length && (dates[di]?.start ?? Infinity) < l.end ? (dates[di] ?? null) : null;
    EMAIL.lastIndex = 0;
    const em = EMAIL.exec(l.original);
    if (em)
      emails.push({
        line: i,
        email: em[0],
        name:
          nameBefore(l.original, em.index) ??
          (PERSON.test(lines[i - 1]?.original.trim() ?? '') ? lines[i - 1]?.original.trim() : undefined),
      });
    const action = actionOf(ctx, l.plain);
    if (!action) return;
    // A trail that prints each event's timestamp on the line below it ("Document e-signed by …" /
    // "Signature Date: 2026-09-08 - 9:20 AM"): that line's date is the event's (a time of day
    // says it is a timestamp, not a sentence that goes on).
    let at: Line = l;
    let when = date;
    const below = lines[i + 1];
    if (!when && below && TIME.test(below.plain) && !actionOf(ctx, below.plain)) {
      const next = dates.find((d) => d.start >= below.start && d.start < below.end);
      if (next) {
        when = next;
        at = below;
      }
    }
    if (when || action === 'pending' || action === 'declined')
      events.push({ line: i, ev: { action, date: when, start: l.start, end: at.end, timed: TIME.test(at.plain) } });
  });
  const dated = events.filter((e) => e.ev.date);
  // An event log, not prose that happens to say "signed … 3 March 2026" and "delivered … May
  // 2026": an event with a time of day, or two dated events in a segment that names its actors' emails.
  if (dated.length === 0 || (!dated.some((e) => e.ev.timed) && (dated.length < 2 || emails.length === 0))) {
    trailCache.set(seg, panels);
    return panels;
  }
  // Each event belongs to the signer its line names (by email, or by a name the trail gave an
  // email elsewhere: "Anna Åberg avvisade dokumentet"), else the email line right below (a name
  // line above its email), else the nearest email line above; failing all, the side named on
  // the lines above it (a signer panel: "For the partner / Tom Becker / Signed 2026-09-10 15:30").
  const byEmail = new Map<string, SignerPanel>();
  for (const { line, ev } of events) {
    const l = lines[line];
    const text = l?.plain ?? '';
    const named = emails
      .filter((e) => e.name && text.includes(foldString(e.name)))
      .sort((a, b) => (b.name?.length ?? 0) - (a.name?.length ?? 0))[0];
    let owner = emails.find((e) => e.line === line) ?? named ?? emails.find((e) => e.line === line + 1);
    if (!owner) owner = [...emails].reverse().find((e) => e.line < line && line - e.line <= 8);
    let inline = l ? partyOf(ctx, { text: l.original }, signatories) : 'unknown';
    for (let j = line - 1; !owner && inline === 'unknown' && j >= Math.max(0, line - 6); j--) inline = sideOf(ctx, lines[j], signatories);
    const key = owner?.email.toLowerCase() ?? `line:${inline}:${line}`;
    let p = byEmail.get(key);
    if (!p) {
      const party = owner ? partyOf(ctx, { email: owner.email, name: owner.name }, signatories) : inline;
      p = { party, events: [], start: ev.start, end: ev.end };
      if (owner?.email) p.email = owner.email;
      if (owner?.name) p.name = owner.name;
      byEmail.set(key, p);
    }
    p.events.push(ev);
    p.end = Math.max(p.end, ev.end);
  }
  panels = [...byEmail.values()];
  trailCache.set(seg, panels);
  return panels;
}

const blockCache = new WeakMap<Segment, SignatureBlock[]>();
const FIELDS: readonly BlockField[] = ['name', 'title', 'date', 'signature', 'company'];

function fieldOf(ctx: CheckContext, plain: string): { field: BlockField; valueAt: number } | null {
  for (const f of FIELDS) {
    const re = ctx.rules.blockFields[f];
    if (!re) continue;
    const m = re.exec(plain);
    if (m) return { field: f, valueAt: m[0].length };
  }
  return null;
}

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

/**
 * Field lines whose label and value are separate chunks of the layout ("Name" | "Karen Mendes"),
 * which the page text joins with a single space: the text line (blanks squashed) → its field
 * and where the value starts.
 */
function labelChunks(ctx: CheckContext, seg: Segment): Map<string, { field: BlockField; valueAt: number }> {
  const out = new Map<string, { field: BlockField; valueAt: number }>();
  for (const line of layoutOf(seg.part).lines) {
    const first = line.chunks[0];
    if (!first || line.chunks.length < 2) continue;
    const label = foldString(first.text).trim();
    const f = fieldOf(ctx, label);
    if (!f || f.valueAt < label.length) continue;
    out.set(squash(foldString(line.text)), { field: f.field, valueAt: label.length });
  }
  return out;
}

/**
 * Signature blocks of a segment: runs of field lines, a repeated field starting the next
 * block; the one or two lines above a block are its heading. Two blocks side by side (a
 * line's chunks each starting with a field) are read column by column.
 */
export function signatureBlocks(ctx: CheckContext, seg: Segment): SignatureBlock[] {
  let blocks = blockCache.get(seg);
  if (blocks) return blocks;
  const out: SignatureBlock[] = [];
  blocks = out;
  const signatories = documentSignatories(ctx, seg);
  const lines = linesOf(seg);
  const dates = segmentDates(ctx, seg);
  const chunkLabels = labelChunks(ctx, seg);
  // Each line and piece is asked for its field up to three times (kinds, the stream, headings): read once.
  const fields = new Map<string, { field: BlockField; valueAt: number } | null>();
  const fieldOfLine = (plain: string) => {
    let f = fields.get(plain);
    if (f === undefined) {
      f = fieldOf(ctx, plain) ?? (chunkLabels.size > 0 ? chunkLabels.get(squash(plain)) : undefined) ?? null;
      fields.set(plain, f);
    }
    return f;
  };
  // Column streams: a line of side-by-side fields ("Name: Priya Kaur    Name: John Doe") splits at its column gaps.
  type Entry = { plain: string; original: string; start: number; end: number };
  const streams: Entry[][] = [[]];
  const piecesOf = (l: Line): Entry[] => {
    let at = 0;
    return l.original
      .split(/\t| {3,}/u)
      .filter((p) => p.trim())
      .map((p) => {
        const off = l.plain.indexOf(foldString(p.trim()).slice(0, 12), at);
        const start = off === -1 ? l.start : l.start + off;
        at = off === -1 ? at : off + 1;
        return { plain: foldString(p.trim()), original: p.trim(), start, end: start + p.trim().length };
      });
  };
  let columnRun = false;
  lines.forEach((l, i) => {
    const pieces = piecesOf(l);
    const kinds = pieces.map((p) => fieldOfLine(p.plain)?.field).filter((k): k is BlockField => !!k);
    const sideBySide = pieces.length >= 2 && kinds.length >= 2 && new Set(kinds).size < kinds.length;
    if (sideBySide) {
      if (!columnRun) {
        // The headings above two blocks side by side ("For Fabrikam:    For Contoso:") split the same way.
        for (const h of [lines[i - 2], lines[i - 1]]) {
          if (!h) continue;
          const hp = piecesOf(h);
          if (hp.length === pieces.length) hp.forEach((p, k) => (streams[k + 1] ??= []).push(p));
        }
      }
      pieces.forEach((p, k) => (streams[k + 1] ??= []).push(p));
      columnRun = true;
      return;
    }
    columnRun = false;
    // Several fields on one line ("Name: John Doe   Title: CISO") are one block's fields.
    if (kinds.length >= 2) streams[0]?.push(...pieces);
    else streams[0]?.push({ plain: l.plain.trim(), original: l.original.trim(), start: l.start, end: l.end });
  });
  for (const stream of streams) {
    let current: {
      heading: string[];
      fields: Partial<Record<BlockField, string>>;
      start: number;
      end: number;
      dateAt: number;
      dateLabel: string;
    } | null = null;
    const close = () => {
      if (!current || Object.keys(current.fields).length < 2) return;
      const f = current.fields;
      if (f.name === undefined && f.signature === undefined && f.date === undefined) return;
      const heading = current.heading.join(' ');
      let party = partyOf(ctx, { name: f.name ?? '' }, signatories);
      // The side: the company field, then the heading line nearest the block, then the one above it.
      const n = claimNames(ctx);
      for (const text of party === 'unknown' ? [f.company ?? '', ...[...current.heading].reverse()] : []) {
        const side = foldString(text);
        const customer = test(ctx.rules.partyWords.customer, side) || test(n.customer, side);
        const partner = test(ctx.rules.partyWords.partner, side) || test(n.partner, side);
        party = customer && !partner ? 'customer' : partner && !customer ? 'partner' : 'unknown';
        if (party !== 'unknown') break;
      }
      const dateAt = current.dateAt;
      const date = dateAt >= 0 ? (dates.find((d) => d.start >= dateAt && d.start < dateAt + 80) ?? null) : null;
      out.push({ party, heading, fields: f, date, dateLabel: current.dateLabel, start: current.start, end: current.end });
    };
    stream.forEach((l, i) => {
      const fl = fieldOfLine(l.plain);
      if (!fl) {
        if (current) {
          close();
          current = null;
        }
        return;
      }
      if (!current || current.fields[fl.field] !== undefined) {
        close();
        const heading = [stream[i - 2], stream[i - 1]]
          .filter((h): h is NonNullable<typeof h> => !!h && !fieldOfLine(h.plain) && h.original.length <= 80)
          .map((h) => h.original);
        current = { heading, fields: {}, start: l.start, end: l.end, dateAt: -1, dateLabel: '' };
      }
      const value = l.original
        .slice(fl.valueAt)
        .replace(/^[\s:]+/u, '')
        .trim();
      current.fields[fl.field] = value;
      current.end = l.end;
      if (fl.field === 'date') {
        current.dateAt = l.start;
        current.dateLabel = l.original
          .slice(0, fl.valueAt)
          .replace(/[\s:]+$/u, '')
          .trim();
      }
    });
    close();
  }
  blockCache.set(seg, blocks);
  return blocks;
}
