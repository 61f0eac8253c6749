/** A page's text as one string, with where each pdf.js text item (one text-layer span) starts in it. */
export interface PageTextIndex {
  text: string;
  /** Offset in `text` of each item, in text-layer order. */
  starts: number[];
  /** Each item's own length (the separators added between items belong to no item). */
  lengths: number[];
}

export interface TextRange {
  start: number;
  end: number;
}

/** Part of a match inside one text-layer span. */
export interface ItemRange {
  item: number;
  from: number;
  to: number;
}

/**
 * Joins the items the way they read: an item that ends a line is followed by a space, so a
 * phrase broken over two lines is still found. Must use the same items as the text layer
 * (same getTextContent options), or highlights land on the wrong spans.
 */
export function indexPageText(items: readonly { str: string; hasEOL?: boolean }[]): PageTextIndex {
  let text = '';
  const starts: number[] = [];
  const lengths: number[] = [];
  for (const item of items) {
    starts.push(text.length);
    lengths.push(item.str.length);
    text += item.str;
    if (item.hasEOL && !/\s$/.test(item.str)) text += ' ';
  }
  return { text, starts, lengths };
}

/** Lower-cases character by character, keeping the string's length so offsets still match the original. */
export function foldCase(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

/** Trims and collapses white space; an empty result means "no search". */
export function normaliseQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ');
}

/**
 * Non-overlapping, case-insensitive matches of `query`; a space in the query matches any run of
 * white space, or with `spaces: 'optional'` none too (the engine puts a space between PDF text
 * items that stand apart, where the text layer may have none).
 */
export function findInText(text: string, query: string, limit = 10_000, spaces: 'required' | 'optional' = 'required'): TextRange[] {
  const q = normaliseQuery(query);
  if (!q) return [];
  const pattern = new RegExp(
    foldCase(q)
      .split(' ')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join(spaces === 'optional' ? '\\s*' : '\\s+'),
    'g',
  );
  const folded = foldCase(text);
  const matches: TextRange[] = [];
  for (const m of folded.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    matches.push({ start: m.index, end: m.index + m[0].length });
    if (matches.length >= limit) break;
  }
  return matches;
}

/** Splits a match over the spans it covers. */
export function rangesInItems(index: PageTextIndex, range: TextRange): ItemRange[] {
  const out: ItemRange[] = [];
  for (let item = 0; item < index.starts.length; item++) {
    const start = index.starts[item] ?? 0;
    const end = start + (index.lengths[item] ?? 0);
    if (end <= range.start) continue;
    if (start >= range.end) break;
    const from = Math.max(range.start, start) - start;
    const to = Math.min(range.end, end) - start;
    if (to > from) out.push({ item, from, to });
  }
  return out;
}
