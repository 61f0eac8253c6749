import { useCallback, useEffect, useState } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * Which page is being read (the one crossing a third of the scroll area) and a way to jump to a
 * page. Pages are virtualised: the page under a scroll offset comes from the virtualiser's
 * measurements (known sizes, page 1's size for pages not yet laid out), not from the DOM.
 */
export function useScrollPosition(root: HTMLElement | null, virtualizer: Virtualizer<HTMLDivElement, Element>, pageCount: number) {
  const [currentPage, setCurrentPage] = useState(1);

  useEffect(() => {
    if (!root) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const atEnd = root.scrollTop + root.clientHeight >= root.scrollHeight - 2;
      const item = virtualizer.getVirtualItemForOffset(root.scrollTop + root.clientHeight / 3);
      setCurrentPage(atEnd && root.scrollTop > 0 ? pageCount : (item?.index ?? 0) + 1);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    root.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      root.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [root, virtualizer, pageCount]);

  const goToPage = useCallback(
    (page: number) => {
      const target = Math.min(pageCount, Math.max(1, Math.round(page)));
      virtualizer.scrollToIndex(target - 1, { align: 'start' });
      setCurrentPage(target);
    },
    [pageCount, virtualizer],
  );

  return { currentPage, goToPage };
}
