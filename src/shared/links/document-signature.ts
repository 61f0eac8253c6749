import type { ExtractedDocument } from '../documents/types';
import { textSignature } from './reused-text';
import type { TextSignature } from './types';

const MAX_DEPTH = 4;

function collectText(doc: ExtractedDocument, out: string[], depth: number): void {
  for (const part of doc.parts) if (part.part !== 'header') out.push(part.text);
  if (depth < MAX_DEPTH) for (const a of doc.attachments) collectText(a, out, depth + 1);
}

/**
 * The MinHash signature of a read document's text (pages, body, attachments; email headers left
 * out, since they name the customer); null when it has too little text.
 */
export function documentSignature(doc: ExtractedDocument): TextSignature | null {
  if (doc.state !== 'ok') return null;
  const texts: string[] = [];
  collectText(doc, texts, 0);
  return textSignature(texts.join('\n'));
}
