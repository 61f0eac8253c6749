import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { withTimeBudget } from '@renderer/pdf/watchdog';
import type { DocumentPart } from '@shared/documents/types';
import { ocrTextContent } from '../ocr/ocr-text';
import { indexPageText, type PageTextIndex } from './pdf-search';

/** Time allowed to extract one page's text for search or the text layer. */
export const TEXT_BUDGET_MS = 10_000;

export interface PageText {
  content: TextContent;
  index: PageTextIndex;
  /** The page is a scan and this is its text by OCR (its part: words, confidence). */
  ocr?: DocumentPart;
  /** The page has no text layer and OCR has not read it (yet). */
  isUnreadScan: boolean;
}

function isTextItem(item: TextContent['items'][number]): item is TextItem {
  return 'str' in item;
}

/**
 * One getTextContent per page, shared by the text layer and search, so both see the same items
 * in the same order (highlights depend on it). A page whose text times out or fails yields null.
 * A scanned page (no text) gets its OCR words as its text when OCR read it (`ocrPage`); a new
 * cache is made when OCR results arrive.
 */
export class PageTextCache {
  readonly #doc: PDFDocumentProxy;
  readonly #ocrPage: (page: number) => DocumentPart | undefined;
  readonly #pages = new Map<number, Promise<PageText | null>>();

  constructor(doc: PDFDocumentProxy, ocrPage: (page: number) => DocumentPart | undefined = () => undefined) {
    this.#doc = doc;
    this.#ocrPage = ocrPage;
  }

  get(pageNumber: number): Promise<PageText | null> {
    let entry = this.#pages.get(pageNumber);
    if (!entry) {
      entry = this.#load(pageNumber);
      this.#pages.set(pageNumber, entry);
    }
    return entry;
  }

  async #load(pageNumber: number): Promise<PageText | null> {
    try {
      const page = await this.#doc.getPage(pageNumber);
      const result = await withTimeBudget(page.getTextContent(), TEXT_BUDGET_MS, () => undefined);
      if (result.status !== 'ok') return null;
      const content = result.value;
      const hasText = content.items.some((item) => isTextItem(item) && item.str.trim() !== '');
      if (!hasText) {
        const ocr = this.#ocrPage(pageNumber);
        if (ocr) {
          const read = ocrTextContent(ocr);
          return { content: read, index: indexPageText(read.items.filter(isTextItem)), ocr, isUnreadScan: false };
        }
      }
      return { content, index: indexPageText(content.items.filter(isTextItem)), isUnreadScan: !hasText };
    } catch {
      return null;
    }
  }
}
