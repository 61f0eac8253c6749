import type { Box, CheckResult } from '../checks/types';
import type { OcrRules } from '../checks/ruleset';
import type { DocumentPart, TextItem } from './types';

/**
 * How the engine reads OCR'd scans (parts with `ocr.state` "done"). OCR guesses; these rules
 * keep its guesses from deciding anything alone:
 * - words less sure than `wordFloor` do not count (left out of the text the checks read),
 *   unless they read as plain words (a label a signature stroke touched), which keep their low
 *   confidence;
 * - a page whose words average below `pageFloor` is not read at all: a person looks at it;
 * - a check whose evidence rests only on words less sure than `trustedConfidence` says review
 *   (engine.ts), and a signature on a scan needs ink near its label, not only the typed words
 *   around it (`inkNear`): a blank "Signature: ______" line is never a signature.
 * Thresholds are data: the ruleset's `ocr` section.
 */

/** Tesseract languages for scans of these countries: each country's languages, English last. */
export function ocrLanguagesFor(countries: readonly string[], rules: OcrRules): string[] {
  const out: string[] = [];
  for (const c of countries) for (const l of rules.languagesByCountry[c.trim().toUpperCase()] ?? []) if (!out.includes(l)) out.push(l);
  // More models read slowly and confuse each other: two of the country's at most, then English.
  const local = out.filter((l) => l !== 'eng').slice(0, 2);
  return [...local, 'eng'];
}

/** A part the OCR engine read ("done"). */
export function isOcrPart(part: DocumentPart): boolean {
  return part.ocr?.state === 'done';
}

/** An OCR'd page with nothing on it: no words, no marks, no form values (a blank back page of a scan). */
export function isBlankScan(part: DocumentPart): boolean {
  return (
    isOcrPart(part) &&
    (part.ocr?.words ?? 0) === 0 &&
    (part.ocr?.marks?.length ?? 0) === 0 &&
    !(part.items ?? []).some((i) => i.formField !== undefined)
  );
}

const DIGITISH = /^[\dOoIl|S]+$/;
const DATE_TOKEN = /^([\dOoIl|S]{1,4})([./-])([\dOoIl|S]{1,4})(?:\2([\dOoIl|S]{1,4}))?([.,]?)$/;

/** Letters OCR reads for digits inside a numeric date ("1O.O3.2O26", "l2/03/2026"). */
function digits(s: string): string {
  return s.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1').replace(/S/g, '5');
}

/** One OCR token as the checks should read it: a numeric date with letter-for-digit slips repaired. */
function repairToken(text: string): string {
  const m = DATE_TOKEN.exec(text);
  if (!m) return text;
  const groups = [m[1], m[3], m[4]].filter((g): g is string => g !== undefined);
  // Only where most of it is digits already: "I/O" stays a word.
  const real = groups.join('').replace(/\D/g, '').length;
  if (real < Math.ceil(groups.join('').length * 0.6) || groups.length < 3) return text;
  return `${groups.map(digits).join(m[2] ?? '/')}${m[5] ?? ''}`;
}

interface Word {
  text: string;
  item: TextItem;
  /** A line break before this word. */
  newLine: boolean;
}

function union(a: Box | undefined, b: Box | undefined): Box | undefined {
  if (!a) return b;
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

function merge(a: Word, b: Word, joiner = ''): Word {
  const item: TextItem = { text: `${a.text}${joiner}${b.text}` };
  const box = union(a.item.box, b.item.box);
  if (box) item.box = box;
  const c = Math.min(a.item.confidence ?? 1, b.item.confidence ?? 1);
  if (a.item.confidence !== undefined || b.item.confidence !== undefined) item.confidence = c;
  return { text: item.text, item, newLine: a.newLine };
}

const CJK_DATE_UNIT = /^[年月日]/u;
const SEPARATOR = /^[./-]$/;
const TRAILING = /^[,.;:)]$/;

/**
 * Dates OCR splits or slips on, joined back within a line: "10 / 09 / 2026" is "10/09/2026",
 * "2026 年 3 月 4 日" is "2026年3月4日", "March 4 , 2026" is "March 4, 2026", "1O.O3.2026" is
 * "10.03.2026". Words keep their boxes (a joined word's box covers its pieces).
 */
function joinLine(words: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    const before = out[out.length - 2];
    if (prev && !w.newLine) {
      // "10 / 09" -> "10/09", then "10/09 / 2026"
      if (SEPARATOR.test(prev.text) && before && DIGITISH.test(before.text.slice(-1)) && DIGITISH.test(w.text.replace(/[.,]$/, ''))) {
        out.splice(out.length - 2, 2, merge(merge(before, prev), w));
        continue;
      }
      if (CJK_DATE_UNIT.test(w.text) && /\d$/.test(prev.text)) {
        out[out.length - 1] = merge(prev, w);
        continue;
      }
      if (/[年月]$/u.test(prev.text) && /^\d/.test(w.text)) {
        out[out.length - 1] = merge(prev, w);
        continue;
      }
      if (TRAILING.test(w.text)) {
        out[out.length - 1] = merge(prev, w);
        continue;
      }
    }
    out.push(w);
  }
  return out.map((w) => {
    const text = repairToken(w.text);
    return text === w.text ? w : { ...w, text, item: { ...w.item, text } };
  });
}

/** The part's words in order, each with whether a line break comes before it. */
function wordsOf(part: DocumentPart): Word[] {
  const words: Word[] = [];
  let cursor = 0;
  for (const item of part.items ?? []) {
    if (item.text.length === 0) continue;
    const at = part.text.indexOf(item.text, cursor);
    if (at === -1) continue;
    words.push({ text: item.text, item, newLine: part.text.slice(cursor, at).includes('\n') });
    cursor = at + item.text.length;
  }
  return words;
}

/**
 * A word as people print it: letters in normal case (a capital first at most), maybe a closing
 * mark. Tesseract gives such words low confidence when a stroke touches them ("Name:" under a
 * signature): they are kept, carrying their low confidence into the evidence. What OCR makes of
 * a scribble or dust ("VAAVN", "~~", "N", "AY") never looks like this and is left out.
 */
const PLAIN_WORD = /^[\p{Lu}]?[\p{Ll}]{2,}(?:[-'’][\p{Ll}]+)*[:.,;]?$/u;

/**
 * The part of an OCR'd page the checks read: words at or above the floor (and plain words
 * below it), dates repaired, lines kept; null when the page as a whole reads too poorly to be trusted (a person looks at it).
 * Parts that are not OCR come back unchanged.
 */
export function readablePart(part: DocumentPart, rules: OcrRules): DocumentPart | null {
  if (!isOcrPart(part)) return part;
  if ((part.ocr?.words ?? 0) > 0 && (part.ocr?.meanConfidence ?? 0) < rules.pageFloor) return null;
  const kept = wordsOf(part).filter((w) => (w.item.confidence ?? 1) >= rules.wordFloor || PLAIN_WORD.test(w.text));
  const lines: Word[][] = [];
  for (const w of kept) {
    const last = lines[lines.length - 1];
    if (!last || w.newLine) lines.push([{ ...w, newLine: false }]);
    else last.push(w);
  }
  const joined = lines.map(joinLine);
  const text = joined.map((l) => l.map((w) => w.text).join(' ')).join('\n');
  return { ...part, text, items: joined.flat().map((w) => w.item) };
}

/**
 * How sure OCR was of the words overlapping original offsets [start, end) of the part's text:
 * their mean confidence (one doubtful word in a long quote does not make the quote doubtful);
 * undefined for text layers.
 */
export function confidenceAt(part: DocumentPart, start: number, end: number): number | undefined {
  if (!isOcrPart(part)) return undefined;
  let sum = 0;
  let n = 0;
  for (const item of itemsOverlapping(part, start, end)) {
    if (item.confidence === undefined) continue;
    sum += item.confidence;
    n++;
  }
  return n > 0 ? Math.round((sum / n) * 1000) / 1000 : undefined;
}

const hasFormItems = new WeakMap<DocumentPart, boolean>();

/** The form field whose value the quoted text starts in (a fillable PDF's typed value or box), if any. */
export function formFieldAt(part: DocumentPart, start: number, end: number): string | undefined {
  let has = hasFormItems.get(part);
  if (has === undefined) {
    has = (part.items ?? []).some((i) => i.formField !== undefined);
    hasFormItems.set(part, has);
  }
  if (!has) return undefined;
  for (const item of itemsOverlapping(part, start, end)) if (item.formField !== undefined) return item.formField;
  return undefined;
}

function boxesIn(part: DocumentPart, start: number, end: number): Box[] {
  const out: Box[] = [];
  for (const item of itemsOverlapping(part, start, end)) if (item.box) out.push(item.box);
  return out;
}

/** The part's items whose text, found in order in the part's text, overlaps offsets [start, end). */
function* itemsOverlapping(part: DocumentPart, start: number, end: number): Generator<NonNullable<DocumentPart['items']>[number]> {
  let cursor = 0;
  for (const item of part.items ?? []) {
    if (item.text.length === 0) continue;
    const at = part.text.indexOf(item.text, cursor);
    if (at === -1) continue;
    cursor = at + item.text.length;
    if (at >= end) return;
    if (at + item.text.length > start) yield item;
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * Is there ink (a handwritten signature, initials, a stamp: `ocr.marks`) near the text at
 * original offsets [start, end) of an OCR'd part (a signature label, a signature block)?
 * Near: from one text line left of it to far right of it, two and a half lines above to four
 * below. "unknown" when the part has no mark detection or the text has no position: a signature
 * that cannot be seen is not a signature, and the caller says review.
 */
export function inkNear(part: DocumentPart, start: number, end: number): 'ink' | 'none' | 'unknown' {
  const marks = part.ocr?.marks;
  if (!isOcrPart(part) || !marks) return 'unknown';
  const boxes = boxesIn(part, start, end);
  const area = boxes.reduce<Box | undefined>((acc, b) => union(acc, b), undefined);
  if (!area) return 'unknown';
  const line = median((part.items ?? []).map((i) => i.box?.height ?? 0).filter((h) => h > 0)) || area.height;
  const x0 = area.x - line;
  const x1 = area.x + area.width + line * 25;
  const y0 = area.y - line * 4;
  const y1 = area.y + area.height + line * 2.5;
  const hit = marks.some((m) => m.x < x1 && m.x + m.width > x0 && m.y < y1 && m.y + m.height > y0);
  return hit ? 'ink' : 'none';
}

/**
 * A "pass" whose every piece of evidence was read by OCR with a word below `trustedConfidence`
 * becomes "review": the scan may say what OCR guessed, and a person confirms it.
 */
export function lowConfidencePass(result: CheckResult, rules: OcrRules): CheckResult {
  if (result.status !== 'pass' || result.evidence.length === 0) return result;
  const low = result.evidence.every((e) => e.ocrConfidence !== undefined && e.ocrConfidence < rules.trustedConfidence);
  if (!low) return result;
  const worst = Math.min(...result.evidence.map((e) => e.ocrConfidence ?? 1));
  return {
    ...result,
    status: 'review',
    summary: `${result.summary}; read by OCR with low confidence (${Math.round(worst * 100)}%): confirm on the scan`,
  };
}

/** Characters OCR takes for one another, each mapped to one shape: "Entra ID" and "Entra 10" look alike. */
const SHAPES: Record<string, string> = {
  '0': 'o',
  d: 'o',
  q: 'o',
  '1': 'i',
  l: 'i',
  '|': 'i',
  '!': 'i',
  j: 'i',
  '5': 's',
  '8': 'b',
  '6': 'b',
  z: '2',
};

/** Lower-case letters and digits only, each as its shape; "rn" reads as "m", "vv" as "w". */
export function ocrShapeKey(s: string): string {
  const plain = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}|!]/gu, '')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w');
  return Array.from(plain, (c) => SHAPES[c] ?? c).join('');
}

/**
 * True when one of `phrases` is not in the text but something shaped like it is in the OCR'd
 * `parts` ("Micros0ft lntune" for "Microsoft Intune"): OCR may have misread it, so its absence
 * proves nothing and the check says review rather than fail.
 */
export function ocrLookalike(parts: readonly DocumentPart[], phrases: readonly string[]): boolean {
  const keys = phrases.map(ocrShapeKey).filter((k) => k.length >= 5);
  if (keys.length === 0) return false;
  return parts.some((p) => {
    if (!isOcrPart(p)) return false;
    const hay = ocrShapeKey(p.text);
    return keys.some((k) => hay.includes(k));
  });
}

/**
 * Is something drawn (ink, a pasted signature image: `drawings`) near the text at original
 * offsets [start, end) of a text-layer PDF page (a signature block)? PDF user space: up is +y, so
 * "above" is a larger y. Up to four lines above the text, two and a half below, from a line left
 * of it to 25 lines right. "unknown" when the page's drawings were not read or the text has no
 * position.
 */
export function drawnNear(part: DocumentPart, start: number, end: number): 'ink' | 'none' | 'unknown' {
  const drawings = part.drawings;
  if (!drawings || isOcrPart(part)) return 'unknown';
  const area = boxesIn(part, start, end).reduce<Box | undefined>((acc, b) => union(acc, b), undefined);
  if (!area) return 'unknown';
  const line = median((part.items ?? []).map((i) => i.box?.height ?? 0).filter((h) => h > 0)) || area.height;
  return drawnIn(part, {
    x: area.x - line,
    y: area.y - line * 2.5,
    width: area.width + line * 26,
    height: area.height + line * 6.5,
  });
}

/** Is something drawn inside `rect` (PDF user space) of a text-layer page? "unknown" when its drawings were not read. */
export function drawnIn(part: DocumentPart, rect: Box): 'ink' | 'none' | 'unknown' {
  const drawings = part.drawings;
  if (!drawings || isOcrPart(part)) return 'unknown';
  const hit = drawings.some(
    (d) => d.x < rect.x + rect.width && d.x + d.width > rect.x && d.y < rect.y + rect.height && d.y + d.height > rect.y,
  );
  return hit ? 'ink' : 'none';
}
