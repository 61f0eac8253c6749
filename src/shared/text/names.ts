import { LIMITS } from '../limits';
import { escapeRegExp, foldString } from './fold';

/**
 * Company and person names, normalised for matching: NFKC, case folding, diacritics removed,
 * punctuation dropped, trailing legal suffixes (Inc, Ltd, GmbH, Pty Ltd, S.A., 株式会社 ...) removed.
 */

/** Default legal suffixes; rulesets may add more. Written as people write them: folded on use. */
export const DEFAULT_LEGAL_SUFFIXES: readonly string[] = [
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'l.l.c.',
  'llp',
  'lp',
  'plc',
  'pty',
  'pty ltd',
  'pvt',
  'pvt ltd',
  'private limited',
  'gmbh',
  'gmbh & co kg',
  'kg',
  'ag',
  'ug',
  'e.v.',
  'se',
  's.a.',
  'sa',
  's.a.s.',
  'sas',
  'sarl',
  's.a.r.l.',
  's.l.',
  'sl',
  's.r.l.',
  'srl',
  's.p.a.',
  'spa',
  'ltda',
  'lda',
  's.a. de c.v.',
  'sa de cv',
  'b.v.',
  'bv',
  'n.v.',
  'nv',
  'oy',
  'oyj',
  'ab',
  'as',
  'a/s',
  'asa',
  'aps',
  'kk',
  'k.k.',
  'sp. z o.o.',
  'sp z oo',
  'kft',
  'zrt',
  'ooo',
  'ооо',
  'ao',
  'tbk',
  'ltd.',
  'group',
  'holdings',
  '株式会社',
  '有限会社',
  '合同会社',
  '(株)',
  '㈱',
  '有限公司',
  '股份有限公司',
  '주식회사',
];

/** Splits a folded name into tokens: letters/digits runs; dots inside abbreviations are dropped. */
function tokens(folded: string): string[] {
  return folded
    .replace(/(\p{L})\.(?=\p{L}|\s|$)/gu, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

export interface NormalizedName {
  /** Folded tokens without trailing legal suffixes, e.g. ["fabrikam"] for "Fabrikam, Inc.". */
  core: string[];
  /** The core tokens joined by one space ("" when the name had no letters). */
  key: string;
}

/** Builds a suffix matcher once per suffix list (rulesets compile this up front). */
export function compileSuffixes(suffixes: readonly string[]): string[][] {
  return suffixes
    .map((s) => tokens(foldString(s)))
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length);
}

const DEFAULT_COMPILED = compileSuffixes(DEFAULT_LEGAL_SUFFIXES);

/** Two or more groups of one to four letters, each ending in a dot, closing the name. */
const TRAILING_DOTTED = /(?:^|[\s,])(?:\p{L}{1,4}\.[ \t]?){2,}$/u;

/** Legal forms that precede the name (folded). */
const LEADING_FORMS: ReadonlySet<string> = new Set(['ооо', 'зао', 'оао', 'пао', 'ао', 'тов', 'пат', 'pt', 'the']);

/**
 * Normalises a name for comparison. Legal suffixes are removed only from the end, repeatedly
 * ("Contoso Pty Ltd" → "contoso"), and never down to nothing ("Limited" stays "limited").
 */
export function normalizeName(name: string, suffixes: string[][] = DEFAULT_COMPILED): NormalizedName {
  let folded = foldString(name);
  // A listed suffix first: "S.A. de C.V." is one legal form, whose dotted tail alone ("C.V.") would
  // otherwise be cut and leave "S.A. de" glued to the name.
  let core = stripSuffixes(tokens(folded), suffixes);
  if (core.length === tokens(folded).length) {
    // A legal form written as dotted abbreviations at the end ("s.r.o.", "A.Ş.", "Ltd. Şti.", "d.o.o."),
    // listed or not: a country's forms are many, their shape is one.
    const dotted = TRAILING_DOTTED.exec(folded);
    if (dotted && dotted.index > 0 && /[\p{L}\p{N}]/u.test(folded.slice(0, dotted.index))) folded = folded.slice(0, dotted.index);
    core = stripSuffixes(tokens(folded), suffixes);
  }
  // Legal forms written before the name ("ООО Ромашка", "PT Contoso Indonesia").
  while (core.length > 1 && LEADING_FORMS.has(core[0] ?? '')) core = core.slice(1);
  // A leading CJK legal form ("株式会社日本", "주식회사 ...") is glued to the name: drop it too.
  if (core.length > 0) {
    const first = core[0] ?? '';
    for (const suffix of suffixes) {
      const s = suffix.join('');
      if (suffix.length === 1 && /[\p{Script=Han}\p{Script=Hangul}]/u.test(s) && first.startsWith(s) && first.length > s.length) {
        core = [first.slice(s.length), ...core.slice(1)];
        break;
      }
      if (suffix.length === 1 && /[\p{Script=Han}\p{Script=Hangul}]/u.test(s) && first.endsWith(s) && first.length > s.length) {
        core = [first.slice(0, first.length - s.length), ...core.slice(1)];
        break;
      }
    }
  }
  return { core, key: core.join(' ') };
}

/** Removes listed legal suffixes from the end, repeatedly, never down to nothing. */
function stripSuffixes(all: string[], suffixes: string[][]): string[] {
  let core = all;
  for (let changed = true; changed && core.length > 0;) {
    changed = false;
    for (const suffix of suffixes) {
      if (suffix.length >= core.length) continue;
      const tail = core.slice(core.length - suffix.length);
      if (tail.every((t, i) => t === suffix[i])) {
        core = core.slice(0, core.length - suffix.length);
        changed = true;
        break;
      }
    }
  }
  return core;
}

/** True when two names are the same company once normalised. */
export function sameName(a: string, b: string, suffixes?: string[][]): boolean {
  const na = normalizeName(a, suffixes).key;
  return na.length > 0 && na === normalizeName(b, suffixes).key;
}

// Scripts written with spaces between words get word-boundary checks; CJK and Thai do not.
const SPACED = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{N}]/u;

/**
 * A RegExp (flags "gu") finding the name's core tokens in folded text, in order, separated by
 * at most a few non-letters ("AT&T" ~ "at t", "Contoso-Group"), with word boundaries for spaced
 * scripts. Null when the name has no letters or digits.
 */
export function nameRegExp(name: string, suffixes: string[][] = DEFAULT_COMPILED): RegExp | null {
  // Compiling \p{L} classes is the costly part of a RegExp: keep one per name (bounded).
  let cache = regexCache.get(suffixes);
  if (!cache) {
    cache = new Map();
    regexCache.set(suffixes, cache);
  }
  if (cache.has(name)) return cache.get(name) ?? null;
  if (cache.size >= 4096) cache.clear();
  const re = buildNameRegExp(name, suffixes);
  cache.set(name, re);
  return re;
}

const regexCache = new WeakMap<string[][], Map<string, RegExp | null>>();

/**
 * At most LIMITS.nameChars of a name, cut at a word: the pattern's cost is its length times the
 * text's, so a bounded name keeps matching linear in the text (a 100,000-character partner name
 * against a large email took minutes).
 */
function boundedName(name: string): string {
  if (name.length <= LIMITS.nameChars) return name;
  const cut = name.slice(0, LIMITS.nameChars);
  const space = cut.search(/\s\S*$/);
  return space > 0 ? cut.slice(0, space) : cut;
}

function buildNameRegExp(name: string, suffixes: string[][]): RegExp | null {
  const { core } = normalizeName(boundedName(name), suffixes);
  if (core.length === 0) return null;
  const body = core.map(escapeRegExp).join('[^\\p{L}\\p{N}]{0,3}');
  const first = core[0] ?? '';
  const last = core[core.length - 1] ?? '';
  const pre = SPACED.test(first.charAt(0)) ? '(?<![\\p{L}\\p{N}])' : '';
  const post = SPACED.test(last.charAt(last.length - 1)) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${pre}${body}${post}`, 'gu');
}
