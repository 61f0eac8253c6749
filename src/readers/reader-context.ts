import type { DocumentKind, DocumentState, DocumentView, ExtractedDocument } from '@shared/documents/types';
import type { ReaderEnv } from './extract';
import type { OcrBudget } from './ocr';

/** What every reader gets: the platform, the shared deadline and the nesting limits. */
export interface ReaderContext {
  env: ReaderEnv;
  /** Epoch ms by which the top-level document (attachments included) must be done. */
  deadline: number;
  depth: number;
  maxAttachmentDepth: number;
  maxPages: number;
  /** Keep what a viewer shows (ExtractOptions.forView). */
  forView: boolean;
  /** The viewer's first screen of the top-level document (ExtractOptions.onPreview); none asked, none made. */
  onPreview: ((view: DocumentView) => void) | undefined;
  /** Attachments still allowed across the whole top-level document (shared counter). */
  attachmentBudget: { remaining: number };
  /** Languages for OCR (tesseract codes, most likely first). */
  ocrLanguages: string[];
  /** OCR time shared by the top-level document and its attachments. */
  ocrBudget: OcrBudget;
  /** The document's SHA-256 (OCR results are cached by it). */
  sha256?: string;
  /** Reads a nested document (an email attachment) with the same rules. */
  readNested(path: string, bytes: Uint8Array): Promise<ExtractedDocument>;
}

export function emptyDocument(path: string, kind: DocumentKind, state: DocumentState, stateDetail?: string): ExtractedDocument {
  const doc: ExtractedDocument = { path, kind, state, parts: [], metadata: {}, signatures: [], attachments: [] };
  if (stateDetail !== undefined) doc.stateDetail = stateDetail;
  return doc;
}

/** One line, bounded: library messages can carry newlines, tabs and whole XML fragments. */
export function errorMessage(err: unknown): string {
  const raw = err instanceof Error ? err.message || err.name : String(err);
  const line = raw.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

/** Collapses runs of spaces/tabs and trims each line; keeps line breaks, drops blank-line runs. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A reader library that failed to load (a broken install or bundle) is an environment fault,
 * not a damaged document: it must not be reported as "corrupt".
 */
export class ReaderUnavailableError extends Error {
  override name = 'ReaderUnavailableError';
}

export async function loadReaderModule<T>(what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    throw new ReaderUnavailableError(`the ${what} reader could not be loaded in this environment: ${errorMessage(err)}`);
  }
}
