import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { withTimeBudget } from '@renderer/pdf/watchdog';
import type { DocumentPart } from '@shared/documents/types';
import { findQuoteRanges } from '../evidence-match';
import { ocrPageText, quoteWordItems } from '../ocr/ocr-text';
import { indexPageText, rangesInItems, type ItemRange, type PageTextIndex } from './pdf-search';
import { formValues } from '@readers/pdf-form';
import { withFormValues } from './form-text';

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

/** Where search and the text layer get a page's text (by page number, from 1). */
export interface PageTextSource {
  get(pageNumber: number): Promise<PageText | null>;
}

/**
 * One getTextContent per page, shared by the text layer and search, so both see the same items
 * in the same order (highlights depend on it). A page whose text times out or fails yields null.
 * A scanned page (no text) gets its OCR words as its text when OCR read it (`ocrPage`); a new
 * cache is made when OCR results arrive.
 */
export class PageTextCache implements PageTextSource {
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
      const hasText = result.value.items.some((item) => isTextItem(item) && item.str.trim() !== '');
      if (!hasText) {
        const ocr = this.#ocrPage(pageNumber);
        if (ocr) return ocrPageText(ocr);
      }
      // A fillable form's values are painted from its fields, not in the page's text: they join the text layer.
      const annotations = await withTimeBudget(page.getAnnotations({ intent: 'display' }), TEXT_BUDGET_MS, () => undefined).catch(
        () => null,
      );
      const form = annotations?.status === 'ok' && annotations.value.length > 0 ? formValues(annotations.value).items : [];
      const content = withFormValues(result.value, form);
      return { content, index: indexPageText(content.items.filter(isTextItem)), isUnreadScan: !hasText && form.length === 0 };
    } catch {
      return null;
    }
  }
}

/**
 * Where an evidence quote lies in a page's text layer: the whole quote, every line and text item
 * of it. On a scan, the quote as the engine cites it (lines joined, tokens repaired) is marked on
 * the OCR words that spell it. Empty when it is not on the page.
 */
export function quoteRangesIn(text: PageText, quote: string): ItemRange[] {
  const ranges = findQuoteRanges(text.index.text, quote, 'optional').flatMap((r) => rangesInItems(text.index, r));
  if (!text.ocr || ranges.length > 0) return ranges;
  const words = text.content.items.map((item) => ('str' in item ? item.str : ''));
  return quoteWordItems(words, quote).map((item) => ({ item, from: 0, to: words[item]?.length ?? 0 }));
}
