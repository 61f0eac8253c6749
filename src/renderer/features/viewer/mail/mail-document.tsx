import { FailureAlert } from '../failure-alert';
import { useExtractedDocument } from '../use-extracted-document';
import type { ViewerDocument, ViewerFocus } from '../viewer-types';
import { MailView } from './mail-view';

/** An .eml or .msg as the readers read it (one parser for the engine and the viewer). */
export function MailDocument({
  document,
  focus,
  onOpenDocument,
}: {
  document: ViewerDocument;
  focus: ViewerFocus | null;
  onOpenDocument: (path: string) => void;
}) {
  const state = useExtractedDocument(document);
  if (state.status === 'loading') return <p className="poe-viewer-loading">Loading {document.name}…</p>;
  if (state.status === 'failed') return <FailureAlert fileName={document.name} failure={state.failure} />;
  return <MailView fileName={document.name} mail={state.value} focus={focus} onOpenAttachment={onOpenDocument} />;
}
