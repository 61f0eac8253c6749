import { useEffect, useState } from 'react';
import type { ExtractedDocument } from '@shared/documents/types';
import { documentKind } from '../document-kind';
import { extractForView } from '../extract/view-extract-client';
import { loadBytes } from '../use-document-data';
import type { ViewerDocument } from '../viewer-types';
import { attachmentName } from './mail-view';

/** An attachment as a document of the claim: `mail.eml › file.pdf`, its bytes from the message. */
function attachmentDocument(parentName: string, a: ExtractedDocument): ViewerDocument {
  const content = a.content;
  return {
    path: a.path,
    name: `${parentName} › ${attachmentName(a.path)}`,
    mimeType: null,
    state: a.state,
    stateDetail: a.stateDetail ?? null,
    sha256: a.sha256 ?? null,
    load: () => Promise.resolve(content ? new Blob([content.slice()]) : undefined),
    extracted: a,
  };
}

function flatten(parentName: string, attachments: readonly ExtractedDocument[], out: ViewerDocument[]) {
  for (const a of attachments) {
    const doc = attachmentDocument(parentName, a);
    out.push(doc);
    flatten(doc.name, a.attachments, out);
  }
}

function isMail(d: ViewerDocument): boolean {
  try {
    const kind = documentKind(d.name, d.mimeType);
    return (kind === 'eml' || kind === 'msg') && d.state !== 'missing';
  } catch {
    // A document that cannot even be named shows its error in its own tab.
    return false;
  }
}

/**
 * The claim's documents with every e-mail's attachments (and theirs) listed right after their
 * message, read by the readers with the message: an attached PDF opens in the PDF viewer, an
 * attached .docx in the .docx view. Mails that cannot be read list no attachments.
 */
export function useDocumentsWithAttachments(documents: readonly ViewerDocument[]): ViewerDocument[] {
  const [byParent, setByParent] = useState<ReadonlyMap<string, ViewerDocument[]>>(new Map());
  const mailKey = documents
    .filter(isMail)
    .map((d) => `${d.path}\u0000${d.sha256 ?? ''}`)
    .join('\n');
  useEffect(() => {
    let isCurrent = true;
    const mails = documents.filter(isMail);
    for (const mail of mails) {
      loadBytes(mail)
        .then((bytes) => extractForView(`${mail.path}\u0000${mail.sha256 ?? bytes.byteLength}`, mail.path, bytes))
        .then((doc) => {
          if (!isCurrent || doc.attachments.length === 0) return;
          const out: ViewerDocument[] = [];
          flatten(mail.name, doc.attachments, out);
          setByParent((prev) => new Map(prev).set(mail.path, out));
        })
        // The message's own view says why it cannot be read.
        .catch(() => undefined);
    }
    return () => {
      isCurrent = false;
    };
    // mailKey stands for the mails among `documents` (new objects on every claim-view render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mailKey]);
  return documents.flatMap((d) => [d, ...(byParent.get(d.path) ?? [])]);
}
