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

/** Where the quote is in `text`, or null. */
export function findQuote(text: string, quote: string): TextRange | null {
  for (const needle of evidenceNeedles(quote)) {
    const [hit] = findInText(text, needle, 1);
    if (hit) return hit;
  }
  return null;
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
  const hit = findQuote(text, quote);
  if (!hit) return [];
  const out: number[] = [];
  segments.forEach((s, i) => {
    const start = starts[i] ?? 0;
    const end = start + s.text.length;
    if (end > hit.start && start < hit.end) out.push(i);
  });
  return out;
}
