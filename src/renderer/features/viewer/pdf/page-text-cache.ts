import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { withTimeBudget } from '@renderer/pdf/watchdog';
import { indexPageText, type PageTextIndex } from './pdf-search';

/** Time allowed to extract one page's text for search or the text layer. */
export const TEXT_BUDGET_MS = 10_000;

export interface PageText {
  content: TextContent;
  index: PageTextIndex;
}

function isTextItem(item: TextContent['items'][number]): item is TextItem {
  return 'str' in item;
}

/**
 * One getTextContent per page, shared by the text layer and search, so both see the same items
 * in the same order (highlights depend on it). A page whose text times out or fails yields null.
 */
export class PageTextCache {
  readonly #doc: PDFDocumentProxy;
  readonly #pages = new Map<number, Promise<PageText | null>>();

  constructor(doc: PDFDocumentProxy) {
    this.#doc = doc;
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
      return { content, index: indexPageText(content.items.filter(isTextItem)) };
    } catch {
      return null;
    }
  }
}
