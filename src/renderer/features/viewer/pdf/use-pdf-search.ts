import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PageTextSource } from './page-text-cache';
import { findInText, normaliseQuery, rangesInItems, type ItemRange } from './pdf-search';
import type { SpanHighlight } from './text-highlight';

export interface SearchHit {
  page: number;
  ranges: ItemRange[];
}

export interface PdfSearch {
  query: string;
  setQuery: (query: string, preferPage?: number) => void;
  hits: SearchHit[];
  /** Index into hits, -1 when none is selected. */
  selected: number;
  isSearching: boolean;
  /** Pages searched that are scans OCR has not read (yet): their words cannot be found. */
  unreadScans: number;
  next: () => void;
  previous: () => void;
  highlightsFor: (page: number) => readonly SpanHighlight[];
}

interface Request {
  query: string;
  preferPage: number;
}

interface Result {
  request: Request;
  hits: SearchHit[];
  selected: number;
  isDone: boolean;
  unreadScans: number;
}

const NO_HIGHLIGHTS: readonly SpanHighlight[] = [];
/** Matches kept per document; a one-letter query in a 300-page PDF must not build a million marks. */
const MAX_HITS = 5_000;
const DEBOUNCE_MS = 200;

/** Search across all pages through the shared text cache, page by page, results growing as pages are read. */
export function usePdfSearch(textCache: PageTextSource, pageCount: number): PdfSearch {
  const [request, setRequest] = useState<Request>({ query: '', preferPage: 1 });
  // Results remember their request: a new query shows no stale hits without resetting state in the effect.
  const [result, setResult] = useState<Result | null>(null);
  const query = normaliseQuery(request.query);

  useEffect(() => {
    if (!query) return;
    let isCurrent = true;
    const timer = setTimeout(() => {
      void (async () => {
        const found: SearchHit[] = [];
        let selected = -1;
        let hasAnnounced = false;
        let unreadScans = 0;
        for (let page = 1; page <= pageCount && found.length < MAX_HITS; page++) {
          const text = await textCache.get(page);
          if (!isCurrent) return;
          if (!text) continue;
          if (text.isUnreadScan) unreadScans++;
          for (const range of findInText(text.index.text, query, MAX_HITS - found.length))
            found.push({ page, ranges: rangesInItems(text.index, range) });
          // Select the first hit at or after the page the reviewer is on (or asked for) as soon as it exists.
          if (selected < 0) selected = found.findIndex((h) => h.page >= request.preferPage);
          if (page % 10 === 0 || (selected >= 0 && !hasAnnounced)) {
            hasAnnounced ||= selected >= 0;
            const hits = [...found];
            const chosen = selected;
            setResult((prev) => ({
              request,
              hits,
              selected: prev?.request === request && prev.selected >= 0 ? prev.selected : chosen,
              isDone: false,
              unreadScans,
            }));
          }
        }
        if (!isCurrent) return;
        setResult((prev) => ({
          request,
          hits: found,
          selected: prev?.request === request && prev.selected >= 0 ? prev.selected : found.length > 0 ? Math.max(0, selected) : -1,
          isDone: true,
          unreadScans,
        }));
      })();
    }, DEBOUNCE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [request, query, textCache, pageCount]);

  const current = query && result?.request === request ? result : null;
  const hits = useMemo(() => current?.hits ?? [], [current]);
  const selected = current?.selected ?? -1;

  const setQuery = useCallback((q: string, preferPage = 1) => setRequest({ query: q, preferPage }), []);
  const step = useCallback(
    (delta: number) =>
      setResult((prev) => {
        if (!prev || prev.request !== request || prev.hits.length === 0) return prev;
        const n = prev.hits.length;
        return { ...prev, selected: (((prev.selected < 0 ? 0 : prev.selected + delta) % n) + n) % n };
      }),
    [request],
  );
  const next = useCallback(() => step(1), [step]);
  const previous = useCallback(() => step(-1), [step]);

  const byPage = useMemo(() => {
    const map = new Map<number, SpanHighlight[]>();
    hits.forEach((hit, i) => {
      const list = map.get(hit.page) ?? [];
      for (const r of hit.ranges) list.push({ ...r, isSelected: i === selected });
      map.set(hit.page, list);
    });
    return map;
  }, [hits, selected]);
  const highlightsFor = useCallback((page: number) => byPage.get(page) ?? NO_HIGHLIGHTS, [byPage]);

  return {
    query: request.query,
    setQuery,
    hits,
    selected,
    isSearching: Boolean(query) && !current?.isDone,
    unreadScans: current?.unreadScans ?? 0,
    next,
    previous,
    highlightsFor,
  };
}
