import { useEffect, useId } from 'react';
import { warmPdfWorker } from '@renderer/pdf/pdfjs';
import { DocumentBody } from './document-body';
import { DocumentErrorBoundary } from './document-error-boundary';
import { DocumentTabs } from './document-tabs';
import { useDocumentsWithAttachments } from './mail/use-attachment-documents';
import type { ViewerDocument, ViewerFocus } from './viewer-types';
import './viewer.css';

export type { ViewerDocument, ViewerFocus } from './viewer-types';

export interface DocumentViewerProps {
  documents: ViewerDocument[];
  /** The shown document; null (or an unknown path) shows the first one. */
  activePath: string | null;
  onActivePathChange: (path: string) => void;
  /** Jump to a page and highlight a box or text in `focus.document` (when it is the active document). */
  focus?: ViewerFocus | null;
}

/** Focus requests for a mail attachment (`mail.eml#file.pdf`) apply to the mail until the attachment is listed. */
function focusFor(document: ViewerDocument, focus: ViewerFocus | null | undefined): ViewerFocus | null {
  if (!focus) return null;
  return focus.document === document.path || focus.document.startsWith(`${document.path}#`) ? focus : null;
}

/** The asked-for document; for an attachment not (yet) listed, its message; else the first. */
function findActive(documents: readonly ViewerDocument[], path: string | null): ViewerDocument | null {
  const exact = documents.find((d) => d.path === path);
  if (exact) return exact;
  const parent = path?.includes('#') ? documents.find((d) => path.startsWith(`${d.path}#`)) : undefined;
  return parent ?? documents[0] ?? null;
}

/**
 * Region "Documents": a tab per document of the claim (e-mail attachments as documents of their
 * own, `mail.eml › file.pdf`) and the active one shown (PDF pages, images, e-mails as text,
 * .docx, .xlsx). A document that cannot be shown becomes an alert, never a broken
 * claim view. Keys n/p, +/-, / act on the shown document while focus is outside text fields.
 */
export function DocumentViewer({ documents: claimDocuments, activePath, onActivePathChange, focus }: DocumentViewerProps) {
  const idPrefix = useId();
  const documents = useDocumentsWithAttachments(claimDocuments);
  const active = findActive(documents, activePath);

  useEffect(() => {
    // Start pdf.js's worker before the first PDF is asked for; a failure shows later on that PDF.
    warmPdfWorker().catch(() => undefined);
  }, []);

  return (
    <section aria-label="Documents" className="poe-viewer">
      {active ? (
        <>
          <DocumentTabs documents={documents} activePath={active.path} idPrefix={idPrefix} onSelect={onActivePathChange} />
          <div
            role="tabpanel"
            id={`${idPrefix}-panel`}
            aria-labelledby={`${idPrefix}-tab-${Math.max(0, documents.indexOf(active))}`}
            className="poe-viewer-panel"
          >
            <DocumentErrorBoundary key={active.path} fileName={active.name}>
              <DocumentBody document={active} focus={focusFor(active, focus)} onOpenDocument={onActivePathChange} />
            </DocumentErrorBoundary>
          </div>
        </>
      ) : (
        <p className="poe-viewer-empty">This claim has no documents.</p>
      )}
    </section>
  );
}
