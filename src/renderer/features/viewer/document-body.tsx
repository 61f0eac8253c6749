import type { ExtractedDocument } from '@shared/documents/types';
import { basename, documentKind, type DocumentKind } from './document-kind';
import { FailureAlert } from './failure-alert';
import { ImageDocument } from './image-document';
import { MailDocument } from './mail/mail-document';
import { DocxDocument } from './office/docx-document';
import { XlsxDocument } from './office/xlsx-document';
import { PdfDocument } from './pdf/pdf-document';
import { TiffDocument } from './tiff/tiff-document';
import type { ViewerDocument, ViewerFocus } from './viewer-types';

function NoPreview({ document, what }: { document: ViewerDocument; what: string }) {
  const dot = document.name.lastIndexOf('.');
  const ext = dot > 0 ? document.name.slice(dot) : '';
  return (
    <div role="document" aria-label={document.name} className="poe-viewer-no-preview">
      <p>
        {what}: {document.name}
        {ext && ` (${ext})`}
      </p>
      <p>Its text, where it can be read, is used by the checks.</p>
    </div>
  );
}

/** What the readers found the content to be, for a document they already read (an attachment). */
const READ_KINDS: Partial<Record<ExtractedDocument['kind'], DocumentKind>> = {
  pdf: 'pdf',
  eml: 'eml',
  msg: 'msg',
  docx: 'docx',
  xlsx: 'xlsx',
  unsupported: 'other',
};

function viewKind(document: ViewerDocument): DocumentKind {
  const byName = documentKind(document.name || basename(document.path), document.mimeType);
  const read = document.extracted;
  if (!read) return byName;
  if (read.kind === 'image') return byName === 'image' || byName === 'tiff' ? byName : read.image?.format === 'tiff' ? 'tiff' : 'other';
  return READ_KINDS[read.kind] ?? byName;
}

interface DocumentBodyProps {
  document: ViewerDocument;
  focus: ViewerFocus | null;
  /** Opens another document of the claim (an e-mail's attachment). */
  onOpenDocument: (path: string) => void;
}

/** Chooses how to show the active document. */
export function DocumentBody({ document, focus, onOpenDocument }: DocumentBodyProps) {
  if (document.state === 'missing') {
    return (
      <FailureAlert
        fileName={document.name}
        failure={{ kind: 'missing', reason: document.stateDetail ?? 'the file is not in the queue' }}
      />
    );
  }
  const kind = viewKind(document);
  switch (kind) {
    case 'pdf':
      return <PdfDocument document={document} focus={focus} />;
    case 'image':
      return <ImageDocument document={document} focus={focus} />;
    case 'eml':
    case 'msg':
      return <MailDocument document={document} focus={focus} onOpenDocument={onOpenDocument} />;
    case 'docx':
      return <DocxDocument document={document} focus={focus} />;
    case 'xlsx':
      return <XlsxDocument document={document} focus={focus} />;
    case 'tiff':
      return <TiffDocument document={document} focus={focus} />;
    case 'other':
      return <NoPreview document={document} what="No preview for this type" />;
  }
}
