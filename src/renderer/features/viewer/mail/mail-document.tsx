import { FailureAlert } from '../failure-alert';
import { useDocumentData } from '../use-document-data';
import type { ViewerDocument } from '../viewer-types';
import { MailView } from './mail-view';
import { parseEml } from './parse-eml';
import { parseMsg } from './parse-msg';

/** Loads and shows an .eml or .msg. */
export function MailDocument({ document, format }: { document: ViewerDocument; format: 'eml' | 'msg' }) {
  const state = useDocumentData(document, format === 'eml' ? parseEml : parseMsg);
  if (state.status === 'loading') return <p className="poe-viewer-loading">Loading {document.name}…</p>;
  if (state.status === 'failed') return <FailureAlert fileName={document.name} failure={state.failure} />;
  return <MailView fileName={document.name} mail={state.value} />;
}
