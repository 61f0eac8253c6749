import type { DateMention } from '../text/dates';
import { originalRange } from '../text/fold';
import { datesNear, segmentDates } from './check-kit';
import type { CheckContext, Segment } from './context';

/**
 * Which date belongs to a signature or acknowledgement. A document holds many dates (engagement
 * periods, invoice dates, milestones); the signing date is the one a label names ("Date signed",
 * "Datum", "Fecha de firma"), the one on the stamp's own line, or, failing both, the nearest one.
 * How it was found is kept, so summaries can say where a date came from.
 */

/** own: the signature's or email's own timestamp; label: right after a date label; nearby: nearest date in the text. */
export type DateConfidence = 'own' | 'label' | 'nearby';

export interface FoundDate {
  mention: DateMention;
  confidence: DateConfidence;
  /** For summaries: `next to "Date Signed"`, "on the stamp's line", "nearest date in the text". */
  source: string;
}

interface Label {
  start: number;
  end: number;
  /** True for a label that names the signing date itself ("Date signed"), false for "Date", "Sent". */
  signing: boolean;
}

const MAX_LABELS = 200;
const MAX_GAP = 60;
const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|lunedi|martedi|mercoledi|giovedi|venerdi|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
/** What may stand between a label and its date: punctuation, blanks, a weekday ("Sent: Tuesday, 1 September 2026"). */
const GAP = new RegExp(`^[\\s:.,;|_\\-–—=*>#()\\[\\]]*(?:(?:${WEEKDAYS})[\\s,.]+(?:den\\s+|le\\s+|el\\s+)?)?$`, 'u');

const labelCache = new WeakMap<Segment, Label[]>();

function labelsOf(ctx: CheckContext, seg: Segment): Label[] {
  let found = labelCache.get(seg);
  if (found) return found;
  found = [];
  const text = seg.folded.plain;
  const collect = (re: RegExp | null, signing: boolean) => {
    if (!re) return;
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(text); m && n < MAX_LABELS; m = re.exec(text), n++) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      // A plain "Date" qualified by a word before it on its line ("End Date", "Invoice date") is not a signing date.
      if (!signing && qualified(text, m.index)) continue;
      found?.push({ start: m.index, end: m.index + m[0].length, signing });
    }
  };
  collect(ctx.rules.signatureDateLabel, true);
  collect(ctx.rules.plainDateLabel, false);
  found.sort((a, b) => a.start - b.start);
  labelCache.set(seg, found);
  return found;
}

/**
 * True when a word stands right before `at` on its line ("End Date"): one space, no column gap.
 * A tab or a run of spaces is a column gap in extracted tables ("John Doe    Date: 6/5/2026").
 */
function qualified(text: string, at: number): boolean {
  let blanks = 0;
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i] ?? '';
    if (ch === '\n' || ch === '\t') return false;
    if (ch === ' ') {
      blanks += 1;
      continue;
    }
    return blanks < 2 && /[\p{L}\p{N}]/u.test(ch);
  }
  return false;
}

function labelText(seg: Segment, l: Label): string {
  const [os, oe] = originalRange(seg.folded, l.start, l.end);
  return seg.folded.text.slice(os, oe).replace(/\s+/g, ' ').trim();
}

/** The date right after a label: only punctuation, blanks or a weekday between them. */
function dateAfter(seg: Segment, dates: DateMention[], l: Label): DateMention | null {
  for (const d of dates) {
    if (d.start < l.end) continue;
    if (d.start - l.end > MAX_GAP) return null;
    return GAP.test(seg.folded.plain.slice(l.end, d.start)) ? d : null;
  }
  return null;
}

/**
 * The labelled date whose label lies in [from, to), nearest `anchor` (labels before the anchor
 * count three times as far). `signingOnly` keeps to labels naming the signing date.
 */
export function labelledDate(
  ctx: CheckContext,
  seg: Segment,
  from: number,
  to: number,
  anchor: number,
  signingOnly = false,
): FoundDate | null {
  const dates = segmentDates(ctx, seg);
  if (dates.length === 0) return null;
  let best: { d: DateMention; l: Label; dist: number } | null = null;
  for (const l of labelsOf(ctx, seg)) {
    if (l.start < from) continue;
    if (l.start >= to) break;
    if (signingOnly && !l.signing) continue;
    const d = dateAfter(seg, dates, l);
    if (!d) continue;
    const dist = l.start >= anchor ? l.start - anchor : (anchor - l.start) * 3;
    if (!best || dist < best.dist) best = { d, l, dist };
  }
  return best ? { mention: best.d, confidence: 'label', source: `next to "${labelText(seg, best.l)}"` } : null;
}

/** The first date after `at` on the same line (a stamp's own timestamp: "Signed by J. Doe on 5 June 2026"). */
export function sameLineDate(ctx: CheckContext, seg: Segment, at: number, source = "on the stamp's own line"): FoundDate | null {
  const text = seg.folded.plain;
  const nl = text.indexOf('\n', at);
  const end = nl === -1 ? text.length : nl;
  const d = segmentDates(ctx, seg).find((x) => x.start >= at && x.start < end);
  return d ? { mention: d, confidence: 'own', source } : null;
}

/** A labelled date, else one on the mark's line (described as `lineSource`), else the nearest date in [from, to). */
export function signatureDate(
  ctx: CheckContext,
  seg: Segment,
  from: number,
  to: number,
  anchor: number,
  lineSource?: string,
): FoundDate | null {
  const labelled = labelledDate(ctx, seg, from, to, anchor);
  if (labelled) return labelled;
  const own = sameLineDate(ctx, seg, anchor, lineSource);
  if (own) return own;
  const d = datesNear(ctx, seg, from, to, anchor)[0];
  return d ? { mention: d, confidence: 'nearby', source: 'nearest date in the text' } : null;
}
