import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { TextRange } from './pdf/pdf-search';

/**
 * Plain text with ranges marked (the evidence quote), the first, scrolled into view when `nonce`
 * changes. Text only: nothing from the document is ever rendered as markup.
 */
export function MarkedText({ text, ranges, nonce }: { text: string; ranges: readonly TextRange[]; nonce: number | undefined }) {
  const markRef = useRef<HTMLElement>(null);
  const hasMarks = ranges.length > 0;
  useLayoutEffect(() => {
    if (hasMarks && nonce !== undefined) markRef.current?.scrollIntoView({ block: 'center' });
  }, [hasMarks, nonce]);
  if (!hasMarks) return <>{text}</>;
  const out: ReactNode[] = [];
  let at = 0;
  ranges.forEach((r, i) => {
    if (r.start > at) out.push(text.slice(at, r.start));
    out.push(
      <mark key={i} ref={i === 0 ? markRef : undefined} className="poe-evidence-mark">
        {text.slice(Math.max(at, r.start), r.end)}
      </mark>,
    );
    at = Math.max(at, r.end);
  });
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
