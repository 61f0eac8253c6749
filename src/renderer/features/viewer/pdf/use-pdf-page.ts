import { useEffect, useState } from 'react';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { classifyPdfError, pdfFailureLabel } from '@renderer/pdf/pdf-failure';

/** The page proxy once `isWanted` has been true (kept afterwards: it is small, its render data is not). */
export function usePdfPage(
  doc: PDFDocumentProxy,
  pageNumber: number,
  isWanted: boolean,
): { page: PDFPageProxy | null; error: string | null } {
  const [state, setState] = useState<{ page: PDFPageProxy | null; error: string | null }>({ page: null, error: null });
  const hasResult = state.page !== null || state.error !== null;
  useEffect(() => {
    if (!isWanted || hasResult) return;
    let isCurrent = true;
    doc.getPage(pageNumber).then(
      (page) => {
        if (isCurrent) setState({ page, error: null });
      },
      (error: unknown) => {
        const failure = classifyPdfError(error);
        if (isCurrent) setState({ page: null, error: `${pdfFailureLabel(failure.kind)} (${failure.reason})` });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [doc, pageNumber, isWanted, hasResult]);
  return state;
}
