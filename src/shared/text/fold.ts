/**
 * Text folding for matching: NFKC, lower case, diacritics removed (ß → ss), with a map from
 * every folded character back to the original text so evidence quotes the document verbatim.
 */

export interface FoldedText {
  /** The original text. */
  readonly text: string;
  /** NFKC, lower-cased, diacritics-free form of `text`. */
  readonly plain: string;
  /** plain index → original index; null when the fold kept every index (pure ASCII text). */
  readonly map: Int32Array | null;
}

const COMBINING_MARKS = /\p{M}/gu;
// Pure ASCII: lower-casing keeps every index, so no map is needed (the common, fast case).
// eslint-disable-next-line no-control-regex -- the range is the point: "only ASCII code units"
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Folds one character (or surrogate pair) the way `foldText` does. */
export function foldChar(ch: string): string {
  const lowered = ch.normalize('NFKC').toLowerCase();
  if (lowered === 'ß') return 'ss';
  return lowered.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** Folds a string without keeping a map (for needles: names, keywords). */
export function foldString(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  return s.normalize('NFKC').toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** Folds a document text, keeping the map back to the original. Linear in the text length. */
export function foldText(text: string): FoldedText {
  if (ASCII_ONLY.test(text)) return { text, plain: text.toLowerCase(), map: null };
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      out.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : (text[i] ?? ''));
      map.push(i);
      i += 1;
      continue;
    }
    const cp = text.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldChar(text.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) map.push(i);
    out.push(folded);
    i += width;
  }
  return { text, plain: out.join(''), map: Int32Array.from(map) };
}

/** Maps a [start, end) range of `plain` back to the original text's range. */
export function originalRange(f: FoldedText, start: number, end: number): [number, number] {
  if (!f.map) return [start, end];
  const s = start < f.map.length ? (f.map[start] ?? f.text.length) : f.text.length;
  if (end <= start) return [s, s];
  const lastIdx = f.map[Math.min(end, f.map.length) - 1] ?? f.text.length - 1;
  const lastCp = f.text.codePointAt(lastIdx) ?? 0;
  return [s, lastIdx + (lastCp > 0xffff ? 2 : 1)];
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Collapses runs of whitespace and trims (for quoting evidence on one line). */
export function squashSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A quote of the original text around [start, end): the match plus some context on each side,
 * cut at line breaks where possible, on one line, at most `max` characters.
 */
export function quoteAround(text: string, start: number, end: number, context = 60, max = 240): string {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  const nlBefore = text.lastIndexOf('\n', start - 1);
  if (nlBefore >= from) from = nlBefore + 1;
  const nlAfter = text.indexOf('\n', end);
  if (nlAfter !== -1 && nlAfter < to && nlAfter >= end) to = nlAfter;
  let quote = squashSpace(text.slice(from, to));
  if (quote.length > max) quote = `${quote.slice(0, max - 1)}…`;
  return quote;
}
