import { useEffect, useState, type RefObject } from 'react';

/**
 * True while the element is within `margin` of the scroll root's visible area. Pages and
 * thumbnails render only then, so a 300-page PDF costs only the pages near the screen.
 */
export function useNearViewport(ref: RefObject<HTMLElement | null>, root: HTMLElement | null, margin: string): boolean {
  const [isNear, setIsNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || !root || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setIsNear(entries.some((e) => e.isIntersecting)), { root, rootMargin: margin });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, root, margin]);
  return isNear;
}
