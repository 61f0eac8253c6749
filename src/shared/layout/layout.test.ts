import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentPart } from '../documents/types';
import { buildLayout } from './layout';
import type { LayoutItem } from './types';

/** Items for a table drawn at 10 pt: each row is a list of cells, a cell a list of wrapped lines. */
function tableItems(rows: string[][][], o: { columns?: number[]; leading?: number; rowGap?: number; top?: number } = {}): LayoutItem[] {
  const columns = o.columns ?? [72, 300, 420];
  const leading = o.leading ?? 12;
  const rowGap = o.rowGap ?? 8;
  let y = o.top ?? 700;
  const items: LayoutItem[] = [];
  for (const row of rows) {
    const height = Math.max(...row.map((c) => c.length));
    row.forEach((cell, c) => {
      cell.forEach((text, k) => {
        items.push({ text, box: { x: columns[c] ?? 0, y: y - k * leading, width: text.length * 5, height: 10 } });
      });
    });
    y -= (height - 1) * leading + leading + rowGap;
  }
  return items;
}

const part = (items: LayoutItem[]): DocumentPart => ({ page: 1, text: items.map((i) => i.text).join('\n'), items, hasTextLayer: true });

const PRODUCTS: string[][][] = [
  [['Product'], ['In scope'], ['Notes']],
  [['Microsoft Defender for', 'Endpoint'], ['☒'], ['800 devices']],
  [['Microsoft Purview', 'Information Protection'], ['☐'], ['']],
  [['Microsoft Intune'], ['Yes'], ['Autopilot profiles']],
];

describe('layout: tables by geometry', () => {
  it('joins a product name wrapping inside its cell and keeps its row state', () => {
    const layout = buildLayout(part(tableItems(PRODUCTS)));
    expect(layout.tables).toHaveLength(1);
    const rows = layout.tables[0]?.rows.map((r) => r.cells) ?? [];
    expect(rows).toEqual([
      ['Product', 'In scope', 'Notes'],
      ['Microsoft Defender for Endpoint', '☒', '800 devices'],
      ['Microsoft Purview Information Protection', '☐', ''],
      ['Microsoft Intune', 'Yes', 'Autopilot profiles'],
    ]);
  });

  it('joins a wrapped cell when rows have no padding (one line spacing) and the line above dangles', () => {
    const layout = buildLayout(part(tableItems(PRODUCTS, { rowGap: 0 })));
    const rows = layout.tables[0]?.rows.map((r) => r.cells[0]) ?? [];
    expect(rows).toContain('Microsoft Defender for Endpoint');
    expect(rows).toContain('Microsoft Intune');
  });

  it('keeps a check box drawn on the wrapped line (or between the lines) in the same row', () => {
    const items = tableItems([
      [['Product'], ['Status']],
      [['Microsoft Defender for', 'Endpoint'], ['']],
      [['Exchange Online'], ['☐']],
    ]);
    // The box sits on the row's second line.
    items.push({ text: '☒', box: { x: 300, y: 700 - 20 - 12, width: 8, height: 10 } });
    const rows = buildLayout(part(items)).tables[0]?.rows.map((r) => r.cells) ?? [];
    expect(rows).toContainEqual(['Microsoft Defender for Endpoint', '☒']);
    expect(rows).toContainEqual(['Exchange Online', '☐']);
  });

  it('gives the same table whatever order the items come in (property)', () => {
    const items = tableItems(PRODUCTS);
    const expected = buildLayout(part(items)).tables;
    fc.assert(
      fc.property(fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }), (shuffled) => {
        expect(buildLayout(part(shuffled)).tables).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('joins any wrapped cell of generated tables, wherever the columns are (property)', () => {
    const word = fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta', 'Omega');
    const cell = fc.array(
      fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
      { minLength: 1, maxLength: 3 },
    );
    const rowsArb = fc.array(fc.tuple(cell, fc.constantFrom('☒', '☐', 'Yes', 'No')), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 60, max: 120 }), fc.integer({ min: 6, max: 14 }), (rows, x0, rowGap) => {
        // Every row starts with a one-line cell so the table has a loose and a tight spacing to compare.
        const table = [[['Item'], ['State']], ...rows.map(([c, s]) => [c, [s]])];
        const items = tableItems(table, { columns: [x0, x0 + 260], rowGap });
        const got = buildLayout(part(items)).tables[0]?.rows.map((r) => r.cells) ?? [];
        const hasWrap = rows.some(([c]) => c.length > 1);
        if (hasWrap) expect(got).toEqual(table.map((r) => r.map((c) => c.join(' '))));
        else expect(got.length).toBe(table.length);
      }),
      { numRuns: 80 },
    );
  });

  it('splits an item holding a tab into columns', () => {
    const items: LayoutItem[] = [
      { text: 'Customer Company Name\tContoso', box: { x: 72, y: 700, width: 300, height: 10 } },
      { text: 'Customer Signatory Name\tJohn Doe', box: { x: 72, y: 686, width: 300, height: 10 } },
    ];
    const layout = buildLayout(part(items));
    expect(layout.pairs).toContainEqual({ label: 'Customer Company Name', value: 'Contoso', line: 0 });
  });

  it('carries OCR confidence to the line', () => {
    const items: LayoutItem[] = [
      { text: 'Signed', box: { x: 72, y: 700, width: 30, height: 10 }, confidence: 0.9 },
      { text: '3/4/2026', box: { x: 105, y: 700, width: 40, height: 10 }, confidence: 0.42 },
    ];
    expect(buildLayout(part(items)).lines[0]?.confidence).toBe(0.42);
  });
});

describe('layout: plain text and format tables', () => {
  it('reads tab-separated rows keeping blank cells, and label: value lines', () => {
    const text = [
      'Product\tDelivered',
      'Microsoft Intune\tYes',
      'Exchange Online\t',
      'Teams Rooms\tNo',
      '',
      'Customer Signatory Name: John Doe',
    ].join('\n');
    const layout = buildLayout({ part: 'body', text, hasTextLayer: true });
    expect(layout.tables[0]?.rows.map((r) => r.cells)).toEqual([
      ['Product', 'Delivered'],
      ['Microsoft Intune', 'Yes'],
      ['Exchange Online', ''],
      ['Teams Rooms', 'No'],
    ]);
    expect(layout.pairs).toContainEqual({ label: 'Customer Signatory Name', value: 'John Doe', line: 4 });
  });

  it('takes the tables a format gives as they are', () => {
    const layout = buildLayout({
      part: 'sheet:Scope',
      text: 'x',
      hasTextLayer: true,
      tables: [{ rows: [['Workload', 'In scope'], ['Microsoft Intune', 'Y'], ['Exchange Online']] }],
    });
    expect(layout.tables[0]).toMatchObject({ source: 'format', columnCount: 2 });
    expect(layout.tables[0]?.rows[2]?.cells).toEqual(['Exchange Online', '']);
  });
});
