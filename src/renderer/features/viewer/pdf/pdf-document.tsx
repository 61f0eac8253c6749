import { useState } from 'react';
import { FailureAlert } from '../failure-alert';
import type { ViewerDocument, ViewerFocus } from '../viewer-types';
import { PdfView } from './pdf-view';
import { usePdfDocument } from './use-pdf-document';

/** Opens a PDF and shows it, or says why not; offers a password field for protected files. */
export function PdfDocument({ document, focus }: { document: ViewerDocument; focus: ViewerFocus | null }) {
  const [password, setPassword] = useState<string | undefined>(undefined);
  const [draft, setDraft] = useState('');
  const state = usePdfDocument(document, password);
  if (state.status === 'loading') return <p className="poe-viewer-loading">Opening {document.name}…</p>;
  if (state.status === 'ready')
    return (
      <PdfView
        key={document.path}
        document={document}
        doc={state.doc}
        firstPage={state.firstPage}
        startedAt={state.startedAt}
        focus={focus}
      />
    );
  const needsPassword = state.pdfKind === 'password-required' || state.pdfKind === 'password-incorrect';
  return (
    <FailureAlert fileName={document.name} failure={state.failure}>
      {needsPassword && (
        <form
          className="poe-pdf-password"
          onSubmit={(e) => {
            e.preventDefault();
            setPassword(draft);
          }}
        >
          <label>
            Password{' '}
            <input
              type="password"
              aria-label="Document password"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              autoComplete="off"
            />
          </label>
          <button type="submit">Open with password</button>
        </form>
      )}
    </FailureAlert>
  );
}
