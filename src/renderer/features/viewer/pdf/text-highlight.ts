import type { ItemRange } from './pdf-search';

export interface SpanHighlight extends ItemRange {
  isSelected: boolean;
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
      if (r.from > at) span.append(text.slice(at, r.from));
      const mark = span.ownerDocument.createElement('span');
      mark.className = r.isSelected ? 'highlight selected' : 'highlight';
      mark.textContent = text.slice(Math.max(at, r.from), r.to);
      span.append(mark);
      if (r.isSelected && !selected) selected = mark;
      at = Math.max(at, r.to);
    }
    if (at < text.length) span.append(text.slice(at));
  }
  return selected;
}
