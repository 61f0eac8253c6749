import { useLayoutEffect, useMemo, useRef } from 'react';
import { FailureAlert } from '../failure-alert';
import { segmentsCovered } from '../evidence-match';
import { useExtractedDocument } from '../use-extracted-document';
import type { ViewerDocument, ViewerFocus } from '../viewer-types';
import { sanitiseDocumentHtml } from './sanitise-html';
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

/** A .docx as the readers read it: mammoth's HTML, sanitised, in a page-like column. */
export function DocxDocument({ document, focus }: { document: ViewerDocument; focus: ViewerFocus | null }) {
  const state = useExtractedDocument(document);
  const html = state.status === 'ready' ? state.value.view?.html : undefined;
  const clean = useMemo(() => (html === undefined ? null : sanitiseDocumentHtml(html)), [html]);
  const pageRef = useRef<HTMLDivElement>(null);
  const missRef = useRef<HTMLParagraphElement>(null);
  useAnnouncePainted(document.path, 'docx', state.status === 'ready');

  // Keyed on the nonce: the same evidence clicked twice lands twice.
  const nonce = focus?.nonce;
  const quote = focus?.text;
  useLayoutEffect(() => {
    const page = pageRef.current;
    if (!page || !quote || nonce === undefined) return;
    const isFound = markEvidence(page, quote);
    if (missRef.current) missRef.current.hidden = isFound;
  }, [nonce, quote, clean]);

  if (state.status === 'loading') return <p className="poe-viewer-loading">Loading {document.name}…</p>;
  if (state.status === 'failed') return <FailureAlert fileName={document.name} failure={state.failure} />;
  const notes = state.value.view?.htmlNotes ?? [];
  return (
    <div className="poe-office">
      {notes.length > 0 && <p className="poe-office-note">Not everything in this document can be shown: {notes.join('; ')}</p>}
      <p ref={missRef} className="poe-office-note" role="status" hidden>
        The quoted text was not found in what is shown; the checks read it from the document's text.
      </p>
      <div role="document" aria-label={document.name} className="poe-docx-scroll" tabIndex={0}>
        {clean === null ? (
          <pre className="poe-docx-text">{state.value.parts.map((p) => p.text).join('\n\n')}</pre>
        ) : (
          // Sanitised above: inert markup only (no script, no handlers, nothing fetched).
          <div
            ref={pageRef}
            className="poe-docx-page"
            dangerouslySetInnerHTML={{ __html: clean || '<p><em>This document has no text or pictures that can be shown.</em></p>' }}
          />
        )}
      </div>
    </div>
  );
}
