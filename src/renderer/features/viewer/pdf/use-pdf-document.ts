import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { openPdf } from '@renderer/pdf/pdfjs';
import { pdfFailureLabel, type PdfFailureKind } from '@renderer/pdf/pdf-failure';
import { withTimeBudget } from '@renderer/pdf/watchdog';
import { PAGE_BUDGET_MS } from '@renderer/pdf/pdfjs';
import { ViewError, loadBytes, useLatestDocument, type ViewFailure } from '../use-document-data';
import type { ViewerDocument } from '../viewer-types';

export interface PageSize {
  width: number;
  height: number;
}

export type PdfState =
  | { status: 'loading' }
  | { status: 'ready'; doc: PDFDocumentProxy; firstPage: PageSize; startedAt: number }
  | { status: 'failed'; failure: ViewFailure; pdfKind: PdfFailureKind | null };

async function open(document: ViewerDocument, password: string | undefined): Promise<Exclude<PdfState, { status: 'loading' }>> {
  const startedAt = performance.now();
  let bytes: ArrayBuffer;
  try {
    bytes = await loadBytes(document);
  } catch (error) {
    const failure =
      error instanceof ViewError
        ? { kind: error.kind, reason: error.message }
        : { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
    return { status: 'failed', failure, pdfKind: null };
  }
  const opened = await openPdf(new Uint8Array(bytes), { password });
  if (opened.status === 'failed') {
    return {
      status: 'failed',
      failure: { kind: pdfFailureLabel(opened.failure.kind), reason: opened.failure.reason },
      pdfKind: opened.failure.kind,
    };
  }
  const doc = opened.doc;
  try {
    if (doc.numPages < 1) throw new Error('the document has no pages');
    // Page 1's size lays out placeholders for every page until each page is fetched.
    const first = await withTimeBudget(doc.getPage(1), PAGE_BUDGET_MS, () => undefined);
    if (first.status !== 'ok') {
      void doc.loadingTask.destroy();
      return { status: 'failed', failure: { kind: 'timed out', reason: 'page 1 not read in time' }, pdfKind: 'timed-out' };
    }
    const viewport = first.value.getViewport({ scale: 1 });
    return { status: 'ready', doc, firstPage: { width: viewport.width, height: viewport.height }, startedAt };
  } catch (error) {
    void doc.loadingTask.destroy();
    return {
      status: 'failed',
      failure: { kind: 'corrupt', reason: error instanceof Error ? error.message : String(error) },
      pdfKind: 'corrupt',
    };
  }
}

/** Opens the PDF (again when the password changes) and destroys it when the document goes away. */
export function usePdfDocument(document: ViewerDocument, password: string | undefined): PdfState {
  const latest = useLatestDocument(document);
  const { path } = document;
  const key = `${path}\u0000${password ?? ''}`;
  // State remembers what it was opened for, so a new path or password reads as loading at once.
  const [state, setState] = useState<{ key: string; pdf: PdfState } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    let doc: PDFDocumentProxy | null = null;
    open(latest.current, password)
      .then((next) => {
        if (next.status === 'ready') {
          if (!isCurrent) return void next.doc.loadingTask.destroy();
          doc = next.doc;
        }
        if (isCurrent) setState({ key, pdf: next });
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
      if (doc) void doc.loadingTask.destroy();
    };
  }, [key, latest, password]);
  return state?.key === key ? state.pdf : { status: 'loading' };
}
