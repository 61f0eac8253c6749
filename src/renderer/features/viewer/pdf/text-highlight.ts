import type { ItemRange } from './pdf-search';

export interface SpanHighlight extends ItemRange {
  isSelected: boolean;
  /** Part of an evidence quote the reviewer asked to see (marked like evidence in the other views). */
  isEvidence?: boolean;
}

function markClass(r: SpanHighlight): string {
  if (r.isEvidence) return 'highlight selected poe-evidence-mark';
  return r.isSelected ? 'highlight selected' : 'highlight';
}

/**
 * Marks matches inside a rendered pdf.js text layer. Spans touched earlier get their plain
 * text back first, so calling it again with new ranges (or none) never stacks marks.
 * Returns the element of the selected match, if any, for scrolling.
 */
export function applyTextHighlights(
  spans: readonly HTMLElement[],
  texts: readonly string[],
  highlights: readonly SpanHighlight[],
  touched: Set<number>,
): HTMLElement | null {
  for (const item of touched) {
    const span = spans[item];
    if (span) span.textContent = texts[item] ?? '';
  }
  touched.clear();
  const byItem = new Map<number, SpanHighlight[]>();
  for (const h of highlights) byItem.set(h.item, [...(byItem.get(h.item) ?? []), h]);
  let selected: HTMLElement | null = null;
  for (const [item, ranges] of byItem) {
    const span = spans[item];
    const text = texts[item];
    if (!span || text === undefined) continue;
    touched.add(item);
    span.textContent = '';
    let at = 0;
    for (const r of [...ranges].sort((a, b) => a.from - b.from)) {
      // A range inside one already marked (a search hit on the evidence) adds nothing.
      if (r.to <= at) continue;
      if (r.from > at) span.append(text.slice(at, r.from));
      const mark = span.ownerDocument.createElement('span');
      mark.className = markClass(r);
      mark.textContent = text.slice(Math.max(at, r.from), r.to);
      span.append(mark);
      if (r.isSelected && !selected) selected = mark;
      at = Math.max(at, r.to);
    }
    if (at < text.length) span.append(text.slice(at));
  }
  return selected;
}
