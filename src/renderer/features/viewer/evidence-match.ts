import { findInText, type TextRange } from './pdf/pdf-search';

/**
 * Finding an evidence quote in what the viewer shows. The engine quotes the text it read (its
 * `quoteAround`: spaces squashed, long quotes cut with "…"), so matching ignores case and treats
 * any run of white space as one; a cut quote is matched by its start.
 */

/** The quote as searched: without the "…" of a cut quote and without surrounding quotes. */
export function evidenceNeedles(quote: string): string[] {
  const trimmed = quote.trim().replace(/^[“"]+|[”"]+$/g, '');
  const uncut = trimmed.replace(/^…\s*|\s*…$/g, '').trim();
  const out = [uncut];
  // A quote cut in the middle of a word, or one whose tail differs: its first words still place it.
  const words = uncut.split(/\s+/);
  if (words.length > 6) out.push(words.slice(0, 6).join(' '));
  return out.filter((n, i) => n.length > 0 && out.indexOf(n) === i);
}

/** How a space in the quote matches the shown text: see findInText. */
type Spaces = 'required' | 'optional';

/** Where the quote is in `text`, or null. */
export function findQuote(text: string, quote: string, spaces: Spaces = 'required'): TextRange | null {
  for (const needle of evidenceNeedles(quote)) {
    const [hit] = findInText(text, needle, 1, spaces);
    if (hit) return hit;
  }
  return null;
}

/**
 * Every place of the quote in `text`: the whole quote, else each of its pieces (the engine joins
 * lines it quotes from different places with "; ", e.g. an e-mail's From, Date and Subject), else
 * its first words. Sorted, not overlapping; empty when none of it is there.
 */
export function findQuoteRanges(text: string, quote: string, spaces: Spaces = 'required'): TextRange[] {
  const whole = findQuote(text, quote, spaces);
  if (whole) return [whole];
  const pieces = quote.split(/;\s+/).filter((p) => p.trim().length >= 3);
  if (pieces.length < 2) return [];
  const found = pieces.flatMap((p) => {
    const hit = findQuote(text, p, spaces);
    return hit ? [hit] : [];
  });
  found.sort((a, b) => a.start - b.start);
  return found.filter((r, i) => i === 0 || r.start >= (found[i - 1]?.end ?? 0));
}

export interface Segment {
  text: string;
  /** What separates it from the next segment in the engine's text ("\n" between paragraphs or rows, "\t" between cells). */
  separator: string;
}

/**
 * Which segments (paragraphs, table cells, sheet cells) the quote covers, as indexes in order;
 * empty when it is not there. The segments are joined the way the engine's text joins them.
 */
export function segmentsCovered(segments: readonly Segment[], quote: string): number[] {
  const starts: number[] = [];
  let text = '';
  for (const s of segments) {
    starts.push(text.length);
    text += s.text + s.separator;
  }
  const hits = findQuoteRanges(text, quote);
  const out: number[] = [];
  segments.forEach((s, i) => {
    const start = starts[i] ?? 0;
    const end = start + s.text.length;
    if (hits.some((hit) => end > hit.start && start < hit.end)) out.push(i);
  });
  return out;
}
