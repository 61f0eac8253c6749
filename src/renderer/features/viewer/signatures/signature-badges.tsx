import { useEffect } from 'react';
import type { PdfSignatureFact } from '@shared/documents/types';
import { extractForView } from '../extract/view-extract-client';
import { loadBytes } from '../use-document-data';
import type { ViewerDocument } from '../viewer-types';
import { setDocumentSignatures, useDocumentSignatures } from './signature-store';
import { summariseSignature, toneShort, worstTone } from './signature-summary';

/**
 * Reads the PDF's signatures with the engine's readers (in the viewer's reader worker, once
 * `isEnabled`: after page 1 is on screen) and returns them; an attachment's come with it.
 */
export function usePdfSignatures(document: ViewerDocument, isEnabled: boolean): readonly PdfSignatureFact[] | undefined {
  const known = useDocumentSignatures(document.path);
  const { path, sha256, extracted } = document;
  useEffect(() => {
    if (known || !isEnabled) return;
    if (extracted) return setDocumentSignatures(path, extracted.signatures);
    let isCurrent = true;
    loadBytes(document)
      .then((bytes) => extractForView(`${path}\u0000${sha256 ?? bytes.byteLength}`, path, bytes))
      .then((doc) => {
        if (isCurrent) setDocumentSignatures(path, doc.signatures);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
    // `document` is read once per path: its identity changes with every claim view render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [known, isEnabled, path, sha256, extracted]);
  return known;
}

/** One line per signature field, under the PDF toolbar: who, when, intact or not, the certificate. */
export function SignatureBadges({ facts }: { facts: readonly PdfSignatureFact[] }) {
  if (facts.length === 0) return null;
  return (
    <ul className="poe-sig-badges" aria-label="Signatures">
      {facts.map((fact, i) => {
        const s = summariseSignature(fact);
        return (
          <li key={`${fact.fieldName}-${i}`} className={`poe-sig-badge poe-sig-${s.tone}`}>
            <span className="poe-sig-text">{s.text}</span> <span className="poe-sig-cert">{s.certificate}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** The tab's badge (and part of its description): the worst state of the document's signatures, once they are read. */
export function TabSignatureBadge({ path, id }: { path: string; id: string }) {
  const facts = useDocumentSignatures(path);
  const tone = facts ? worstTone(facts) : null;
  return (
    <span id={id} className={tone ? `poe-sig-tab poe-sig-${tone}` : 'poe-sig-tab'}>
      {tone ? toneShort(tone) : ''}
    </span>
  );
}
