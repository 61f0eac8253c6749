import { useCallback, useEffect, useRef, useState } from 'react';

/** Index of the last page whose top is above `line` (page tops are sorted). */
export function pageAtLine(tops: readonly number[], line: number): number {
  let lo = 0;
  let hi = tops.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((tops[mid] ?? 0) <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Which page is being read (the one crossing a third of the scroll area) and a way to jump to a page. */
export function useScrollPosition(root: HTMLElement | null, pageCount: number) {
  const elements = useRef(new Map<number, HTMLElement>());
  const [currentPage, setCurrentPage] = useState(1);
  // Scrolling writes to the element, so reach it through a ref rather than the render-time value.
  const rootRef = useRef(root);
  useEffect(() => {
    rootRef.current = root;
  }, [root]);

  const registerElement = useCallback((page: number, el: HTMLElement | null) => {
    if (el) elements.current.set(page, el);
    else elements.current.delete(page);
  }, []);

  useEffect(() => {
    if (!root) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const tops: number[] = [];
      for (let p = 1; p <= pageCount; p++) tops.push(elements.current.get(p)?.offsetTop ?? Number.POSITIVE_INFINITY);
      const atEnd = root.scrollTop + root.clientHeight >= root.scrollHeight - 2;
      setCurrentPage(atEnd && root.scrollTop > 0 ? pageCount : pageAtLine(tops, root.scrollTop + root.clientHeight / 3) + 1);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    root.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      root.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [root, pageCount]);

  const goToPage = useCallback(
    (page: number) => {
      const target = Math.min(pageCount, Math.max(1, Math.round(page)));
      const el = elements.current.get(target);
      const scroller = rootRef.current;
      if (scroller && el) scroller.scrollTop = el.offsetTop - 8;
      setCurrentPage(target);
    },
    [pageCount],
  );

  return { currentPage, goToPage, registerElement };
}
