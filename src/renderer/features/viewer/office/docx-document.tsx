import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { FailureAlert } from '../failure-alert';
import { segmentsCovered } from '../evidence-match';
import { useExtractedDocumentWithPreview } from '../use-extracted-document';
import type { ViewerDocument, ViewerFocus } from '../viewer-types';
import { sanitiseDocumentHtml, splitDocumentHtml } from './sanitise-html';
import { useAnnouncePainted } from './use-announce-painted';

/** The blocks evidence can land on: a paragraph, list item or heading; inside a table, its cell. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6';
const MARK = 'poe-evidence-mark';

function blockTarget(el: Element): Element {
  return el.closest('td, th') ?? el;
}

/** Marks the paragraphs or cells that hold the quote and scrolls the first into view; false when it is not there. */
export function markEvidence(root: HTMLElement, quote: string): boolean {
  for (const el of root.querySelectorAll(`.${MARK}`)) el.classList.remove(MARK);
  // Innermost blocks only: a list item holding paragraphs or a nested list is read through them.
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  const covered = segmentsCovered(
    blocks.map((b) => ({ text: b.textContent ?? '', separator: '\n' })),
    quote,
  );
  const targets = [
    ...new Set(
      covered
        .map((i) => blocks[i])
        .filter((b): b is Element => b !== undefined)
        .map(blockTarget),
    ),
  ];
  for (const t of targets) t.classList.add(MARK);
  targets[0]?.scrollIntoView({ block: 'center' });
  return targets.length > 0;
}

/**
 * The document's HTML sanitised chunk by chunk: the first chunk (a screen and more) at once, the
 * rest in the tasks after it, so the first paragraphs show without waiting for the whole
 * document. `isComplete` once every chunk is in.
 */
function useSanitisedChunks(html: string | undefined): { chunks: string[] | null; isComplete: boolean } {
  const raw = useMemo(() => (html === undefined ? null : splitDocumentHtml(html)), [html]);
  const first = useMemo(() => (raw ? sanitiseDocumentHtml(raw[0] ?? '') : null), [raw]);
  const [later, setLater] = useState<{ raw: string[]; chunks: string[] } | null>(null);
  useEffect(() => {
    if (!raw || raw.length <= 1) return;
    let next = 1;
    let timer = 0;
    const step = () => {
      const clean = sanitiseDocumentHtml(raw[next] ?? '');
      next++;
      setLater((prev) => ({ raw, chunks: prev?.raw === raw ? [...prev.chunks, clean] : [clean] }));
      if (next < raw.length) timer = window.setTimeout(step, 0);
    };
    timer = window.setTimeout(step, 0);
    return () => window.clearTimeout(timer);
  }, [raw]);
  if (!raw || first === null) return { chunks: null, isComplete: false };
  const rest = later?.raw === raw ? later.chunks : [];
  return { chunks: [first, ...rest], isComplete: rest.length + 1 >= raw.length };
}

/**
 * A .docx as the readers read it: mammoth's HTML, sanitised, in a page-like column. While a long
 * document is read, its first blocks show (the readers' first screen); evidence lands once the
 * whole is in.
 */
export function DocxDocument({ document, focus }: { document: ViewerDocument; focus: ViewerFocus | null }) {
  const { state, preview } = useExtractedDocumentWithPreview(document);
  const html = state.status === 'ready' ? state.value.view?.html : preview?.html;
  const sanitised = useSanitisedChunks(html);
  const chunks = sanitised.chunks;
  const isComplete = sanitised.isComplete && state.status === 'ready';
  const pageRef = useRef<HTMLDivElement>(null);
  const missRef = useRef<HTMLParagraphElement>(null);
  useAnnouncePainted(document.path, 'docx', state.status === 'ready' || chunks !== null);

  // Keyed on the nonce: the same evidence clicked twice lands twice; once the whole document is in.
  const nonce = focus?.nonce;
  const quote = focus?.text;
  useLayoutEffect(() => {
    const page = pageRef.current;
    if (!page || !quote || nonce === undefined || !isComplete) return;
    const isFound = markEvidence(page, quote);
    if (missRef.current) missRef.current.hidden = isFound;
  }, [nonce, quote, isComplete]);

  if (state.status === 'failed') return <FailureAlert fileName={document.name} failure={state.failure} />;
  if (state.status === 'loading' && chunks === null) return <p className="poe-viewer-loading">Loading {document.name}…</p>;
  const notes = state.status === 'ready' ? (state.value.view?.htmlNotes ?? []) : [];
  const isEmpty = chunks !== null && isComplete && chunks.every((c) => !c.trim());
  return (
    <div className="poe-office">
      {notes.length > 0 && <p className="poe-office-note">Not everything in this document can be shown: {notes.join('; ')}</p>}
      <p ref={missRef} className="poe-office-note" role="status" hidden>
        The quoted text was not found in what is shown; the checks read it from the document's text.
      </p>
      <div role="document" aria-label={document.name} className="poe-docx-scroll" tabIndex={0} aria-busy={chunks !== null && !isComplete}>
        {chunks === null ? (
          <pre className="poe-docx-text">{state.status === 'ready' ? state.value.parts.map((p) => p.text).join('\n\n') : ''}</pre>
        ) : (
          <div ref={pageRef} className="poe-docx-page">
            {isEmpty ? (
              <p>
                <em>This document has no text or pictures that can be shown.</em>
              </p>
            ) : (
              // Sanitised above: inert markup only (no script, no handlers, nothing fetched).
              chunks.map((clean, i) => <div key={i} className="poe-docx-chunk" dangerouslySetInnerHTML={{ __html: clean }} />)
            )}
          </div>
        )}
      </div>
    </div>
  );
}
