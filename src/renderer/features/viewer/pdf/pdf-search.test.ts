import { describe, expect, it } from 'vitest';
import { findInText, foldCase, indexPageText, rangesInItems } from './pdf-search';

describe('pdf search', () => {
  const index = indexPageText([
    { str: 'Statement of Work', hasEOL: true },
    { str: 'Contoso ' },
    { str: 'Ltd', hasEOL: false },
    { str: ' signed by CONTOSO' },
  ]);

  it('finds every match regardless of case', () => {
    expect(findInText(index.text, 'contoso')).toHaveLength(2);
    expect(findInText(index.text, 'CONTOSO LTD')).toHaveLength(1);
  });

  it('finds a phrase broken over two lines', () => {
    const [match] = findInText(index.text, 'work contoso');
    expect(match).toBeDefined();
    expect(index.text.slice(match!.start, match!.end)).toBe('Work Contoso');
  });

  it('treats regex characters in the query literally', () => {
    expect(findInText('a.b and axb', 'a.b')).toEqual([{ start: 0, end: 3 }]);
    expect(findInText('x', '   ')).toEqual([]);
  });

  it('maps a match onto the spans it covers', () => {
    const [match] = findInText(index.text, 'contoso ltd');
    expect(rangesInItems(index, match!)).toEqual([
      { item: 1, from: 0, to: 8 },
      { item: 2, from: 0, to: 3 },
    ]);
  });

  it('keeps offsets when lower-casing changes a character length', () => {
    expect(foldCase('İstanbul').length).toBe('İstanbul'.length);
    const i = indexPageText([{ str: 'İstanbul office' }]);
    const [m] = findInText(i.text, 'office');
    expect(i.text.slice(m!.start, m!.end)).toBe('office');
  });

  it('finds an evidence quote whose spaces the text layer lacks between two text items', () => {
    // The engine puts a space between items that stand apart; pdf.js may give them without one.
    const i = indexPageText([{ str: 'described. Signed by', hasEOL: true }, { str: 'Jane Doe' }, { str: ', CISO' }]);
    expect(findInText(i.text, 'Signed by Jane Doe , CISO')).toEqual([]);
    const [m] = findInText(i.text, 'Signed by Jane Doe , CISO', 1, 'optional');
    expect(rangesInItems(i, m!)).toEqual([
      { item: 0, from: 11, to: 20 },
      { item: 1, from: 0, to: 8 },
      { item: 2, from: 0, to: 6 },
    ]);
  });
});
