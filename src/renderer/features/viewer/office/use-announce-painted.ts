import { useEffect } from 'react';

/**
 * Tells tests and benchmarks an Office document is on screen: `poe:document-painted` with its
 * path and kind, once per document, on the frame after its content was laid out.
 */
export function useAnnouncePainted(path: string, kind: 'docx' | 'xlsx', isReady: boolean): void {
  useEffect(() => {
    if (!isReady) return;
    const frame = requestAnimationFrame(() => window.dispatchEvent(new CustomEvent('poe:document-painted', { detail: { path, kind } })));
    return () => cancelAnimationFrame(frame);
  }, [path, kind, isReady]);
}
