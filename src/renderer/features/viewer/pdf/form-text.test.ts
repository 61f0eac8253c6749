import { describe, expect, it } from 'vitest';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { withFormValues } from './form-text';
import { findQuoteRanges } from '../evidence-match';
import { indexPageText, rangesInItems } from './pdf-search';

const item = (str: string, x: number, y: number, width: number, hasEOL = true): TextItem => ({
  str,
  dir: 'ltr',
  transform: [11, 0, 0, 11, x, y],
  width,
  height: 11,
  fontName: 'g_d0_f1',
  hasEOL,
});

const content = (items: TextItem[]): TextContent => ({ items, styles: {}, lang: null });

describe('form values in the viewer text layer', () => {
  it('places a typed value after its label, so evidence joining them is found on the value', () => {
    const page = content([item('Partner name:', 56, 720, 70), item('Customer name:', 56, 700, 80), item('Microsoft Intune', 56, 620, 85)]);
    const out = withFormValues(page, [
      { text: 'Contoso', x: 182, y: 701, width: 40, height: 11, field: 'customer' },
      { text: '☒', x: 470, y: 618, width: 12, height: 12, field: 'intune' },
    ]);
    const items = out.items.filter((i): i is TextItem => 'str' in i);
    const index = indexPageText(items);
    expect(index.text).toBe('Partner name: Customer name: Contoso Microsoft Intune ☒ ');
    const [range] = findQuoteRanges(index.text, 'Customer name: Contoso', 'optional');
    if (!range) throw new Error('quote not found');
    const hit = rangesInItems(index, range).map((r) => items[r.item]?.str);
    expect(hit).toContain('Contoso');
    // The value's span sits at its field.
    const value = items.find((i) => i.str === 'Contoso');
    expect(value?.transform[4]).toBe(182);
    expect(out.styles['poe-form']).toBeTruthy();
  });

  it('puts a value with no text on its line at the end, and leaves a page without form values as it was', () => {
    const page = content([item('Heading', 56, 750, 50)]);
    expect(withFormValues(page, [])).toBe(page);
    const out = withFormValues(page, [{ text: 'Northwind', x: 56, y: 300, width: 50, height: 10, field: 'x' }]);
    expect(out.items.map((i) => ('str' in i ? i.str : ''))).toEqual(['Heading', 'Northwind']);
  });
});
