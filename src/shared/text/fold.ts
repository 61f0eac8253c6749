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
/**
 * Letters with a stroke or without a dot that Unicode does not decompose: they fold to their
 * base letter like accented letters do (Turkish "İmzalandı" → "imzalandi", Polish "podpisał",
 * Danish "leverandør", Croatian "đ"). One character each, so the map back stays one to one.
 */
const BASE_LETTERS: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't', ƶ: 'z' };
const BASE_LETTERS_RE = /[ıłøđħŧƶ]/gu;
// Pure ASCII: lower-casing keeps every index, so no map is needed (the common, fast case).
// eslint-disable-next-line no-control-regex -- the range is the point: "only ASCII code units"
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Folds one character (or surrogate pair) the way `foldText` does. */
export function foldChar(ch: string): string {
  const lowered = ch.normalize('NFKC').toLowerCase();
  if (lowered === 'ß') return 'ss';
  const base = BASE_LETTERS[lowered];
  if (base) return base;
  return lowered.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** Folds a string without keeping a map (for needles: names, keywords). */
export function foldString(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(BASE_LETTERS_RE, (ch) => BASE_LETTERS[ch] ?? ch)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC');
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

/** A letter or digit of a script that separates its words with spaces (so a cut inside one shows). */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch) && !NO_SPACES.test(ch);
}
/** Scripts written without spaces between words: any character is a place to cut. */
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** How far a quote's edge moves to take in the rest of a word it would cut (longer runs are not words). */
const MAX_WORD = 40;

/** Whether `at` lies inside a word (a word character on both sides). */
function insideWord(text: string, at: number): boolean {
  return at > 0 && at < text.length && isWordChar(text[at - 1]) && isWordChar(text[at]);
}

/**
 * The start of a quote's window moved off the middle of a word: past the cut word when it is
 * context before the match, back to the word's start when the match itself begins inside it.
 */
function snapStart(text: string, from: number, start: number): number {
  if (!insideWord(text, from)) return from;
  let at = from;
  while (at < start && isWordChar(text[at])) at++;
  if (at < start) return at;
  let back = from;
  while (back > 0 && from - back < MAX_WORD && isWordChar(text[back - 1])) back--;
  return back > 0 && isWordChar(text[back - 1]) ? from : back;
}

/** The end of a quote's window moved off the middle of a word (see `snapStart`). */
function snapEnd(text: string, to: number, end: number): number {
  if (!insideWord(text, to)) return to;
  let at = to;
  while (at > end && isWordChar(text[at - 1])) at--;
  if (at > end) return at;
  let ahead = to;
  while (ahead < text.length && ahead - to < MAX_WORD && isWordChar(text[ahead])) ahead++;
  return ahead < text.length && isWordChar(text[ahead]) ? to : ahead;
}

/**
 * A quote of the original text around [start, end): the match plus some context on each side,
 * cut at line breaks where possible and between words (never inside one), on one line, at most
 * `max` characters (a longer one is cut after a word and ends with "…").
 */
export function quoteAround(text: string, start: number, end: number, context = 60, max = 240): string {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  const nlBefore = text.lastIndexOf('\n', start - 1);
  if (nlBefore >= from) from = nlBefore + 1;
  const nlAfter = text.indexOf('\n', end);
  if (nlAfter !== -1 && nlAfter < to && nlAfter >= end) to = nlAfter;
  from = snapStart(text, from, start);
  to = snapEnd(text, to, end);
  let quote = squashSpace(text.slice(from, to));
  if (quote.length > max) {
    const space = quote.lastIndexOf(' ', max - 1);
    quote = `${space > max / 2 ? quote.slice(0, space) : quote.slice(0, max - 1)}…`;
  }
  return quote;
}
