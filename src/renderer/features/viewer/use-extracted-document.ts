import { useCallback, useState } from 'react';
import type { DocumentView, ExtractedDocument } from '@shared/documents/types';
import { extractForView } from './extract/view-extract-client';
import { viewKey } from './extract/view-key';
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
 * that did not end "ok" becomes the view's failure with the readers' reason. While a long .docx
 * or .xlsx is still being read, `preview` is its first screen (a sheet's first rows, the
 * document's first blocks), from the same reading.
 */
export function useExtractedDocumentWithPreview(document: ViewerDocument): {
  state: DataState<ExtractedDocument>;
  preview: DocumentView | null;
} {
  const { path, sha256, extracted } = document;
  const key = `${path}\u0000${sha256 ?? ''}`;
  const [preview, setPreview] = useState<{ key: string; view: DocumentView } | null>(null);
  const parse = useCallback(
    async (bytes: ArrayBuffer, signal: AbortSignal) => {
      const doc =
        extracted ??
        (await extractForView(viewKey(path, sha256, bytes), path, bytes, {
          onPreview: (view) => setPreview({ key: `${path}\u0000${sha256 ?? ''}`, view }),
          signal,
        }));
      if (doc.state !== 'ok') throw new ViewError(STATE_WORDS[doc.state] ?? doc.state, doc.stateDetail ?? 'the file could not be read');
      return doc;
    },
    [path, sha256, extracted],
  );
  const state = useDocumentData(document, parse);
  return { state, preview: state.status === 'loading' && preview?.key === key ? preview.view : null };
}

/** The document as the readers read it (see `useExtractedDocumentWithPreview`), once it is read whole. */
export function useExtractedDocument(document: ViewerDocument): DataState<ExtractedDocument> {
  return useExtractedDocumentWithPreview(document).state;
}
