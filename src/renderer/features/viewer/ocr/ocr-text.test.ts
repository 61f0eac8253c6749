import { describe, expect, it } from 'vitest';
import { ocrPart } from '@test/ocr-fixtures';
import { findInText, indexPageText, rangesInItems } from '../pdf/pdf-search';
import { ocrNote, ocrTextContent, quoteWordItems } from './ocr-text';

const page = ocrPart(['CUSTOMER ACCEPTANCE CERTIFICATE', 'Signature: x~~ Name: Ahmed Siddiqui Title: IT Manager', 'Date: 2 / 10 / 2026']);

function strings(part = page): string[] {
  return ocrTextContent(part).items.map((i) => ('str' in i ? i.str : ''));
}

describe('OCR words as the viewer text layer', () => {
  it('gives one item per word, spaces between the words of a line, and ends each line', () => {
    const items = ocrTextContent(page).items.filter((i) => 'str' in i);
    expect(items.filter((i) => i.str.trim()).map((i) => i.str)).toEqual(page.items?.map((i) => i.text));
    expect(items.filter((i) => i.hasEOL).map((i) => i.str)).toEqual(['CERTIFICATE', 'Manager', '2026']);
    expect(items[1]?.str).toBe(' ');
  });

  it('puts each word on its box: baseline at the box bottom, font sized to the box, width the box width', () => {
    const word = page.items?.find((i) => i.text === 'Siddiqui');
    const item = ocrTextContent(page).items.find((i) => 'str' in i && i.str === 'Siddiqui');
    expect(item && 'transform' in item ? item.transform : null).toEqual([12.5, 0, 0, 12.5, word?.box?.x, word?.box?.y]);
    expect(item && 'width' in item ? item.width : null).toBe(word?.box?.width);
  });

  it('lets search find a phrase across the words and over a line break', () => {
    const index = indexPageText(ocrTextContent(page).items.filter((i) => 'str' in i));
    const [hit] = findInText(index.text, 'ahmed siddiqui');
    expect(hit).toBeDefined();
    expect(rangesInItems(index, hit ?? { start: 0, end: 0 }).map((r) => strings()[r.item])).toEqual(['Ahmed', ' ', 'Siddiqui']);
    expect(findInText(index.text, 'Manager Date:')).toHaveLength(1);
  });

  it('says the page was read by OCR with its mean word confidence', () => {
    expect(ocrNote({ ...page, ocr: { state: 'done', meanConfidence: 0.874 } })).toBe('Scanned page: text by OCR (confidence 87%)');
  });
});

describe('evidence quotes on OCR words', () => {
  it('marks the words spelling the quote, past a stray word (ink read as letters) and a repaired date', () => {
    const items = strings();
    const marked = quoteWordItems(items, 'Signature: Name: Ahmed Siddiqui Title: IT Manager Date: 2/10/2026').map((i) => items[i]);
    expect(marked).toEqual(['Signature:', 'Name:', 'Ahmed', 'Siddiqui', 'Title:', 'IT', 'Manager', 'Date:', '2', '/', '10', '/', '2026']);
  });

  it('marks nothing for a quote that is not on the page, or only a word of it', () => {
    expect(quoteWordItems(strings(), 'Signed by Karen Mendes on 3 March 2026')).toEqual([]);
    expect(quoteWordItems(strings(), 'Title: Chief Executive Officer of Contoso')).toEqual([]);
  });
});
