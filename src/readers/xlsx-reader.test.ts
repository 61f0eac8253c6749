import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { format } from 'numfmt';
import { describe, expect, it } from 'vitest';
import type { DocumentPart, SheetCell, SheetView } from '@shared/documents/types';
import { safeUnzip } from '@shared/zip/safe-unzip';
import { buildXlsx } from '../../scripts/sample/office.mjs';
import { corpusBytes, corpusFiles, HAS_CORPUS } from '@test/corpus';
import { cellText } from './sheet-format';
import { readXlsxParts } from './xlsx-reader';

/**
 * The .xlsx reader against exceljs, which the engine read sheets with before: the same text,
 * tables and grid for the same workbook. exceljs is the oracle here only.
 */

function cellValueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return '';
  const v = value as { richText?: { text?: unknown }[]; text?: unknown; result?: unknown; error?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
  if (v.text !== undefined) return cellValueText(v.text);
  if (v.result !== undefined) return cellValueText(v.result);
  if (typeof v.error === 'string') return v.error;
  return '';
}

/** A cell and a sheet as the viewer shows them (formatted text beside the engine's value). */
type ShownCell = Omit<SheetCell, 'numFmt' | 'number'> & { text: string };
type ShownSheet = Omit<SheetView, 'cells'> & { cells: ShownCell[] };

/**
 * What the reader built on exceljs produced (parts and grids), kept here as the oracle; with one
 * exceljs bug fixed: its formula value drops a cached result that is 0, false or "" (a sheet's
 * `=F5-I5` showing 0 read as blank), where Excel and the new reader show it.
 */
async function byExceljs(bytes: Uint8Array): Promise<{ parts: DocumentPart[]; sheets: ShownSheet[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const parts: DocumentPart[] = [];
  const sheets: ShownSheet[] = [];
  for (const sheet of workbook.worksheets) {
    const state = sheet.state;
    const part =
      state === 'hidden'
        ? `sheet:${sheet.name} (hidden)`
        : state === 'veryHidden'
          ? `sheet:${sheet.name} (very hidden)`
          : `sheet:${sheet.name}`;
    const spans = new Map<string, { rowSpan: number; colSpan: number }>();
    for (const range of (sheet.model as { merges?: string[] }).merges ?? []) {
      const [from, to] = range.split(':');
      if (!from || !to) continue;
      const a = sheet.getCell(from);
      const b = sheet.getCell(to);
      spans.set(`${Number(a.row) - 1}:${Number(a.col) - 1}`, {
        rowSpan: Number(b.row) - Number(a.row) + 1,
        colSpan: Number(b.col) - Number(a.col) + 1,
      });
    }
    const lines: string[] = [];
    const rows: string[][] = [];
    const cells: ShownCell[] = [];
    let rowCount = 0;
    let colCount = 0;
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values: string[] = [];
      const positioned: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell) => {
        const cellValue: unknown = cell.type === ExcelJS.ValueType.Formula ? { result: (cell.result as unknown) ?? undefined } : cell.value;
        const value = cellValueText(cellValue).replace(/\s+/g, ' ').trim();
        values.push(value);
        const col = Number(cell.col) - 1;
        while (positioned.length < col) positioned.push('');
        positioned[col] = value;
        if ((cell.isMerged && cell.master !== cell) || !value) return;
        const r = Number(cell.row) - 1;
        const raw = cellValue;
        const v = raw !== null && typeof raw === 'object' && !(raw instanceof Date) && 'result' in raw ? raw.result : raw;
        let text = value;
        if (cell.numFmt && cell.numFmt !== 'General' && (typeof v === 'number' || v instanceof Date)) {
          try {
            text = format(cell.numFmt, v);
          } catch {
            text = value;
          }
        }
        const entry: ShownCell = { row: r, col, text, value, ...spans.get(`${r}:${col}`) };
        if (cell.font?.bold) entry.bold = true;
        cells.push(entry);
        rowCount = Math.max(rowCount, r + (entry.rowSpan ?? 1));
        colCount = Math.max(colCount, col + (entry.colSpan ?? 1));
      });
      if (values.some((c) => c)) {
        lines.push(values.join('\t'));
        rows.push(positioned);
      }
    });
    const sheetPart: DocumentPart = { part, text: lines.join('\n'), hasTextLayer: true };
    if (rows.length > 0) sheetPart.tables = [{ rows }];
    parts.push(sheetPart);
    sheets.push({
      name: sheet.name,
      part,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      rowCount,
      colCount,
      cells,
      colWidths: [],
    });
  }
  return { parts, sheets };
}

function read(bytes: Uint8Array) {
  return readXlsxParts('book.xlsx', safeUnzip(bytes), true);
}

/** The grids as the viewer shows them: each cell's text formatted, widths left out. */
function shown(sheets: SheetView[] | undefined): ShownSheet[] {
  return (sheets ?? []).map((s) => ({
    ...s,
    colWidths: [],
    cells: s.cells.map(({ numFmt: _f, number: _n, ...cell }) => ({ ...cell, text: cellText({ numFmt: _f, number: _n, ...cell }) })),
  }));
}

async function expectSameAsExceljs(bytes: Uint8Array, label: string) {
  const oracle = await byExceljs(bytes);
  const doc = read(bytes);
  expect(doc.parts, label).toEqual(oracle.parts);
  expect(shown(doc.view?.sheets), label).toEqual(oracle.sheets);
}

/** A workbook written by hand, part by part, for what exceljs does not write itself. */
function handWritten(sheetXml: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="One" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    'xl/sharedStrings.xml':
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>plain &amp; simple</t></si><si><r><rPr><b/></rPr><t>Rech</t></r><r><t xml:space="preserve">nung </t></r></si><si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si></sst>',
    'xl/styles.xml':
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\ mmm\\ yyyy"/></numFmts><fonts count="2"><font><sz val="11"/></font><font><b/><sz val="11"/></font></fonts><cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1"/><xf numFmtId="10" fontId="0"/></cellXfs></styleSheet>',
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetXml}</worksheet>`,
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

describe('the .xlsx reader reads what exceljs read', () => {
  it('values of every kind: shared and rich strings, numbers, dates, formulas, booleans, errors, percentages', async () => {
    const sheet = [
      '<cols><col min="1" max="2" width="30" customWidth="1"/></cols><sheetData>',
      '<row r="1"><c r="A1" t="s" s="2"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
      '<row r="2"><c r="A2" s="1"><v>46176</v></c><c r="B2" s="3"><v>0.125</v></c><c r="C2"><f>SUM(1,2)</f><v>3</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#REF!</v></c><c r="F2"><f>C2-C2</f><v>0</v></c></row>',
      '<row r="4"><c r="B4" t="str"><f>A1&amp;"x"</f><v>plain &amp; simplex</v></c><c r="C4" s="1"><f>TODAY()</f><v>46000.5</v></c><c r="D4"><f>NOW()</f></c><c r="E4" t="inlineStr"><is><t>inline  text</t></is></c></row>',
      '<row r="5"><c r="A5" s="3"/><c r="B5" t="s"><v>0</v></c></row>',
      '</sheetData>',
    ].join('');
    const bytes = handWritten(sheet);
    await expectSameAsExceljs(bytes, 'values');
    const [one] = shown(read(bytes).view?.sheets);
    const cell = (r: number, c: number) => one?.cells.find((x) => x.row === r && x.col === c);
    expect(cell(1, 0)).toMatchObject({ value: '2026-06-03', text: '03 Jun 2026' });
    expect(cell(1, 1)).toMatchObject({ value: '0.125', text: '12.50%' });
    expect(cell(0, 0)?.bold).toBe(true);
    // A formula whose cached result is 0 reads 0, as Excel shows it (exceljs read it as blank).
    expect(cell(1, 5)).toMatchObject({ value: '0' });
    expect(read(bytes).parts[0]?.text.split('\n')[1]).toBe('2026-06-03\t0.125\t3\ttrue\t#REF!\t0');
    expect(read(bytes).view?.sheets?.[0]?.colWidths.slice(0, 3)).toEqual([30, 30, null]);
  });

  it('merges: the covered cells read as the top-left one, the grid spans them', async () => {
    const bytes = await buildXlsx([
      {
        name: 'Sign-off',
        rows: [
          ['Title over three', null, null, 'x'],
          ['a', 'b', 'c', 'd'],
          ['Accepted', null, null, null],
          [null, null, null, 'tail'],
        ],
        merges: ['A1:C1', 'A3:C4'],
        boldHeader: true,
      },
    ]);
    await expectSameAsExceljs(bytes, 'merges');
    expect(read(bytes).parts[0]?.text).toContain('Title over three\tTitle over three\tTitle over three\tx');
  });

  it('the benchmark sheet and hidden sheets', async () => {
    const rows: (string | number | Date | null)[][] = [['Task', 'Completed on', 'Share', 'Hours', 'Notes']];
    for (let i = 0; i < 300; i++)
      rows.push([`Task ${i}`, new Date(Date.UTC(2026, 7, 1 + (i % 28))), (i % 100) / 100, 8 + (i % 40) / 4, i % 7 ? null : 'Signed off']);
    const bytes = await buildXlsx([
      { name: 'Tasks', rows, formats: { B: 'dd mmm yyyy', C: '0%', D: '#,##0.00' }, boldHeader: true },
      { name: 'Old', rows: [['secret']], state: 'hidden' },
      { name: 'Older', rows: [['very secret']], state: 'veryHidden' },
    ]);
    await expectSameAsExceljs(bytes, 'bench');
  });

  const corpusSheets = HAS_CORPUS ? corpusFiles().filter((f) => f.startsWith('xlsx/')) : [];
  it.skipIf(!HAS_CORPUS)('every readable workbook of the corpus', async () => {
    let compared = 0;
    for (const file of corpusSheets) {
      const bytes = corpusBytes(file);
      let oracle: Awaited<ReturnType<typeof byExceljs>>;
      try {
        safeUnzip(bytes);
        oracle = await byExceljs(bytes);
      } catch {
        continue; // encrypted, not a zip, or exceljs refused it: the reader's own states are tested below
      }
      const doc = read(bytes);
      expect(doc.parts, file).toEqual(oracle.parts);
      expect(shown(doc.view?.sheets), file).toEqual(oracle.sheets);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(4);
  });
});

describe('the .xlsx reader on hostile parts', () => {
  it('refuses entity declarations (billion laughs, external entities) without expanding them', () => {
    const bomb = handWritten('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>', {
      'xl/sharedStrings.xml':
        '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>',
    });
    expect(() => read(bomb)).toThrow(/sharedStrings\.xml: a DOCTYPE declaring entities/);
    const external = handWritten('<sheetData/>', {
      'xl/workbook.xml': '<!DOCTYPE workbook SYSTEM "http://example.com/x.dtd"><workbook><sheets/></workbook>',
    });
    expect(() => read(external)).toThrow(/DOCTYPE declaring entities/);
  });

  it('names malformed XML and undeclared entities', () => {
    expect(() => read(handWritten('<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>'))).toThrow(/sheet1\.xml: a closing <\/row>/);
    expect(() => read(handWritten('<sheetData><row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row></sheetData>'))).toThrow(
      /undeclared entity &nbsp;/,
    );
  });

  it('keeps a merge over a whole sheet bounded', () => {
    const started = Date.now();
    const doc = read(
      handWritten(
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>',
      ),
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(doc.notes?.[0]).toMatch(/only the first 200000 cells/);
    expect(doc.view?.sheets?.[0]?.cells[0]).toMatchObject({ value: 'plain & simple', colSpan: 16384, rowSpan: 1048576 });
  });
});
