import { useCallback } from 'react';
import type { ExtractedDocument } from '@shared/documents/types';
import { extractForView } from './extract/view-extract-client';
import { useDocumentData, ViewError, type DataState } from './use-document-data';
import type { ViewerDocument } from './viewer-types';

/** Words for a reading that did not end "ok", as the alert's short state word. */
const STATE_WORDS: Record<string, string> = {
  'password-required': 'password required',
  unsupported: 'unsupported',
  corrupt: 'corrupt',
  missing: 'missing',
  refused: 'refused',
  timeout: 'timed out',
};

/**
 * The document as the engine's readers read it (src/readers, with the viewer's extras): the
 * e-mail and Office views show this, so the reviewer reads the text that was judged. A reading
 * that did not end "ok" becomes the view's failure with the readers' reason.
 */
export function useExtractedDocument(document: ViewerDocument): DataState<ExtractedDocument> {
  const { path, sha256, extracted } = document;
  const parse = useCallback(
    async (bytes: ArrayBuffer) => {
      const doc = extracted ?? (await extractForView(`${path}\u0000${sha256 ?? bytes.byteLength}`, path, bytes));
      if (doc.state !== 'ok') throw new ViewError(STATE_WORDS[doc.state] ?? doc.state, doc.stateDetail ?? 'the file could not be read');
      return doc;
    },
    [path, sha256, extracted],
  );
  return useDocumentData(document, parse);
}
