import { describe, expect, it } from 'vitest';
import { foldString, foldText, originalRange, quoteAround } from './fold';

describe('quoteAround', () => {
  const text =
    'The partner organisation delivered the Microsoft Intune deployment workshop for Contoso Limited on 3 June 2026, covering enrolment and compliance policies for every department.';

  it('starts and ends its context on whole words, never in the middle of one', () => {
    const start = text.indexOf('Contoso');
    const quote = quoteAround(text, start, start + 'Contoso Limited'.length, 30);
    expect(quote).toContain('Contoso Limited');
    const words = new Set(text.split(/\s+/));
    const [first] = quote.split(' ');
    const last = quote.split(' ').at(-1);
    expect(words.has(first ?? '')).toBe(true);
    expect(words.has(last ?? '')).toBe(true);
    expect(text).toContain(quote);
  });

  it('keeps the quoted words whole even when the match itself starts or ends inside a word', () => {
    const start = text.indexOf('ntune');
    expect(quoteAround(text, start, start + 5, 0)).toBe('Intune');
  });

  it('cuts an over-long quote after a whole word, marked "…"', () => {
    const quote = quoteAround(text, 0, text.length, 0, 50);
    expect(quote.endsWith('…')).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(50);
    expect(text.split(/\s+/)).toContain(quote.slice(0, -1).split(' ').at(-1));
  });

  it('keeps context in writing without spaces between words (Japanese)', () => {
    const ja = '本日、パートナーはお客様のためにワークショップを実施しました。署名済み。';
    const start = ja.indexOf('ワークショップ');
    const quote = quoteAround(ja, start, start + 'ワークショップ'.length, 5);
    expect(quote).toBe(ja.slice(start - 5, start + 'ワークショップ'.length + 5));
  });

  it('still cuts at a line break and squashes spaces', () => {
    expect(quoteAround('Header line\nSigned   by Jane Doe\nFooter', 12, 18)).toBe('Signed by Jane Doe');
  });
});

describe('folding letters Unicode does not decompose', () => {
  it.each([
    ['İmzalandı', 'imzalandi'],
    ['Ayşe Yılmaz', 'ayse yilmaz'],
    ['podpisał', 'podpisal'],
    ['Leverandør', 'leverandor'],
    ['Đurđević', 'durdevic'],
  ])('folds %s like the pattern a person would write (%s), text and needle alike', (text, folded) => {
    expect(foldString(text)).toBe(folded);
    expect(foldText(text).plain).toBe(folded);
  });

  it('keeps the map back to the original one to one', () => {
    const f = foldText('Durum: İmzalandı (Ayşe)');
    const at = f.plain.indexOf('imzalandi');
    const [s, e] = originalRange(f, at, at + 'imzalandi'.length);
    expect(f.text.slice(s, e)).toBe('İmzalandı');
  });
});
