import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { extractDocument } from '@readers/extract';
import { createNodeReaderEnv } from '@readers/node';
import type { ExtractedDocument } from '@shared/documents/types';
import { runChecks } from '@shared/checks/engine';
import { DEFAULT_RULESET } from '@shared/checks/ruleset';
import { makeClaim, type ClaimOverrides } from '@test/check-fixtures';
import { dejaVuBytes, fontkit } from '../../scripts/sample/fontkit-shared.mjs';
import type { CheckId, CheckResult, ClaimCheckReport } from '@shared/checks/types';

/**
 * Real files for engine tests: PDFs drawn with pdf-lib (text at given positions, DejaVu Sans so
 * ☐ ☒ ✓ and CJK-free Unicode print), .docx written as WordprocessingML, .xlsx by exceljs; read
 * by the real readers, then checked by the engine.
 */

const fontBytes = dejaVuBytes();

/**
 * Text drawn at (x, y) in points from the bottom-left, 10 pt unless given; or, with `ink`, a pen
 * stroke there (a handwritten signature's curves, 110 × 20 pt, its left end at x, y) and no text.
 */
export interface Drawn {
  text: string;
  x: number;
  y: number;
  size?: number;
  ink?: boolean;
}

/** A signature's ink: a curved pen stroke starting at (x, y), as a hand or a signing pad draws it. */
export function ink(x: number, y: number): Drawn {
  return { text: '', x, y, ink: true };
}

const INK_STROKE = 'M 0 0 Q 15 -15 30 2 Q 45 20 60 -2 Q 75 -18 90 3 Q 100 12 110 0';

function draw(page: PDFPage, d: Drawn, font: PDFFont): void {
  // pdf-lib's SVG paths run y downwards from their origin: y + 0 is the stroke's baseline.
  if (d.ink) page.drawSvgPath(INK_STROKE, { x: d.x, y: d.y, borderWidth: 1.2 });
  else page.drawText(d.text, { x: d.x, y: d.y, size: d.size ?? 10, font });
}

/** Lines written top-down from y = 740, one every `leading` points, at x = 56. */
export function flow(lines: readonly string[], o: { x?: number; top?: number; leading?: number } = {}): Drawn[] {
  return lines.map((text, i) => ({ text, x: o.x ?? 56, y: (o.top ?? 740) - i * (o.leading ?? 14) }));
}

/** A table drawn cell by cell: rows of cells, a cell a list of wrapped lines, columns at x. */
export function drawTable(
  rows: readonly (readonly (readonly string[])[])[],
  columns: readonly number[],
  o: { top?: number; leading?: number; rowGap?: number } = {},
): { drawn: Drawn[]; bottom: number } {
  const leading = o.leading ?? 12;
  let y = o.top ?? 700;
  const drawn: Drawn[] = [];
  for (const row of rows) {
    const height = Math.max(1, ...row.map((c) => c.length));
    row.forEach((cell, c) => cell.forEach((text, k) => drawn.push({ text, x: columns[c] ?? 56, y: y - k * leading })));
    y -= height * leading + (o.rowGap ?? 8);
  }
  return { drawn, bottom: y };
}

export async function pdfBytes(pages: readonly (readonly Drawn[])[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fontBytes, { subset: true, customName: 'DejaVuSans' });
  for (const drawn of pages) {
    const page = doc.addPage([612, 792]);
    for (const d of drawn) draw(page, d, font);
  }
  return doc.save({ useObjectStreams: false });
}

/**
 * A form field of a fillable PDF (AcroForm), at (x, y) from the bottom-left: a text field (typed
 * value; multi-line, comb), a check box, a radio group (one button per option), a drop-down.
 * `hidden` sets the widget's Hidden flag: a viewer shows nothing there.
 */
export type FormWidget =
  | {
      kind: 'text';
      name: string;
      value: string;
      x: number;
      y: number;
      width: number;
      height?: number;
      size?: number;
      multiline?: boolean;
      comb?: number;
      hidden?: boolean;
    }
  | { kind: 'check'; name: string; checked: boolean; x: number; y: number; hidden?: boolean }
  | { kind: 'radio'; name: string; options: readonly { value: string; x: number; y: number }[]; selected: string | null }
  | { kind: 'dropdown'; name: string; options: readonly string[]; selected: string; x: number; y: number; width: number };

const BOX = 10;

/**
 * One page of text and form fields, as a fillable PDF (values in the widgets, none in the page's
 * text) or, with `flatten`, as the same page printed: each value drawn as text where the field
 * shows it (☒ / ☐ for boxes and radio buttons, hidden fields not at all).
 */
export async function formPdfBytes(
  pages: readonly { drawn: readonly Drawn[]; widgets: readonly FormWidget[] }[],
  o: { flatten?: boolean } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fontBytes, { subset: true, customName: 'DejaVuSans' });
  const helvetica = await doc.embedFont(StandardFonts.Helvetica);
  const form = doc.getForm();
  for (const { drawn, widgets } of pages) {
    const page = doc.addPage([612, 792]);
    for (const d of drawn) draw(page, d, font);
    for (const w of widgets) {
      if (o.flatten) {
        if ('hidden' in w && w.hidden) continue;
        const put = (text: string, x: number, y: number, size = 10) => page.drawText(text, { x, y, size, font });
        if (w.kind === 'text') w.value.split('\n').forEach((line, i) => put(line, w.x + 2, w.y + 3 - i * 12, w.size ?? 10));
        else if (w.kind === 'check') put(w.checked ? '☒' : '☐', w.x, w.y + 1);
        else if (w.kind === 'radio') for (const opt of w.options) put(opt.value === w.selected ? '☒' : '☐', opt.x, opt.y + 1);
        else put(w.selected, w.x + 2, w.y + 3);
        continue;
      }
      const hidden = 'hidden' in w && w.hidden === true;
      if (w.kind === 'text') {
        const f = form.createTextField(w.name);
        if (w.multiline) f.enableMultiline();
        if (w.comb) {
          f.setMaxLength(w.comb);
          f.enableCombing();
        }
        f.setText(w.value);
        f.addToPage(page, { x: w.x, y: w.y - 3, width: w.width, height: w.height ?? 16, font: helvetica, hidden });
        f.setFontSize(w.size ?? 10);
      } else if (w.kind === 'check') {
        const f = form.createCheckBox(w.name);
        f.addToPage(page, { x: w.x, y: w.y - 1, width: BOX, height: BOX, hidden });
        if (w.checked) f.check();
      } else if (w.kind === 'radio') {
        const f = form.createRadioGroup(w.name);
        for (const opt of w.options) f.addOptionToPage(opt.value, page, { x: opt.x, y: opt.y - 1, width: BOX, height: BOX });
        if (w.selected !== null) f.select(w.selected);
      } else {
        const f = form.createDropdown(w.name);
        f.setOptions([...w.options]);
        f.select(w.selected);
        f.addToPage(page, { x: w.x, y: w.y - 3, width: w.width, height: 16, font: helvetica });
      }
    }
  }
  if (!o.flatten) form.updateFieldAppearances(helvetica);
  return doc.save({ useObjectStreams: false });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (s: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(s)}</w:t></w:r></w:p>`;

/** A .docx of paragraphs (strings) and tables (rows of cells; a cell's "\n" starts a new paragraph). */
export function docxBytes(blocks: readonly (string | readonly (readonly string[])[])[]): Uint8Array {
  const body = blocks
    .map((b) =>
      typeof b === 'string'
        ? para(b)
        : `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${b.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${cell.split('\n').map(para).join('')}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`,
    )
    .join('');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  });
}

/** An .xlsx with one sheet per entry; null leaves a cell empty. */
export async function xlsxBytes(sheets: Record<string, readonly (readonly (string | null)[])[]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const env = createNodeReaderEnv();

export async function readAll(files: readonly { path: string; bytes: Uint8Array }[]): Promise<ExtractedDocument[]> {
  return Promise.all(files.map((f) => extractDocument({ path: f.path, bytes: f.bytes }, env)));
}

/** Reads the files with the real readers and runs the engine (default rules) on a claim listing them. */
export async function checkFiles(
  files: readonly { path: string; bytes: Uint8Array }[],
  claim: ClaimOverrides = {},
): Promise<ClaimCheckReport> {
  const documents = await readAll(files);
  const c = makeClaim({ documents: files.map((f) => ({ path: f.path })), ...claim });
  return runChecks({ claim: c, documents, ruleset: DEFAULT_RULESET, now: new Date('2026-11-20T00:00:00Z') });
}

export function checkIn(report: ClaimCheckReport, id: CheckId): CheckResult {
  const r = report.checks.find((c) => c.id === id);
  if (!r) throw new Error(`no ${id} result`);
  return r;
}
