import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';

/**
 * Small real Office files for tests and the benchmark: a .docx written as WordprocessingML by
 * hand (paragraphs, headings, tables with merged cells, page breaks) and an .xlsx written by
 * exceljs (sheets, merges, number formats, hidden sheets). Deterministic: same input, same bytes.
 */

const enc = new TextEncoder();
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

function xml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function run(text) {
  return `<w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;
}

function paragraph(block) {
  const style = block.heading ? `<w:pPr><w:pStyle w:val="Heading${block.heading}"/></w:pPr>` : '';
  const pageBreak = block.pageBreak ? '<w:r><w:br w:type="page"/></w:r>' : '';
  return `<w:p>${style}${pageBreak}${block.text === undefined ? '' : run(block.text)}</w:p>`;
}

/** A table: rows of cells; a cell is a string or { text, span } (span = columns merged). */
function table(rows) {
  const body = rows
    .map((row) => {
      const cells = row
        .map((cell) => {
          const c = typeof cell === 'string' ? { text: cell } : cell;
          const span = c.span ? `<w:tcPr><w:gridSpan w:val="${c.span}"/></w:tcPr>` : '';
          return `<w:tc>${span}<w:p>${run(c.text)}</w:p></w:tc>`;
        })
        .join('');
      return `<w:tr>${cells}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:bottom w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>${body}</w:tbl>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>`;

/**
 * A .docx from blocks: `{ text, heading?: 1 | 2, pageBreak?: true }` paragraphs and
 * `{ table: rows }` tables.
 * @param {({ text?: string, heading?: 1 | 2, pageBreak?: boolean } | { table: (string | { text: string, span?: number })[][] })[]} blocks
 * @returns {Uint8Array}
 */
export function buildDocx(blocks) {
  const body = blocks.map((b) => ('table' in b ? table(b.table) : paragraph(b))).join('');
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const files = {
    '[Content_Types].xml': enc.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`),
    '_rels/.rels': enc.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': enc.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`),
    'word/document.xml': enc.encode(documentXml),
    'word/styles.xml': enc.encode(STYLES),
  };
  const zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { mtime: FIXED_DATE }];
  return zipSync(zippable);
}

/**
 * An .xlsx: each sheet has rows of values (string, number, Date, null), optional merges
 * ("A1:C1"), number formats per column letter, bold first row, and a state.
 * @param {{ name: string, rows: (string | number | Date | null)[][], merges?: string[], formats?: Record<string, string>, state?: 'visible' | 'hidden' | 'veryHidden', boldHeader?: boolean }[]} sheets
 * @returns {Promise<Uint8Array>}
 */
export async function buildXlsx(sheets) {
  const workbook = new ExcelJS.Workbook();
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.state ?? 'visible' });
    for (const row of spec.rows) sheet.addRow(row);
    for (const [letter, fmt] of Object.entries(spec.formats ?? {})) sheet.getColumn(letter).numFmt = fmt;
    if (spec.boldHeader) sheet.getRow(1).font = { bold: true };
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A POE .docx of `pages` pages: heading, body paragraphs, a sign-off table with a merged row. */
export function poeDocx({ pages = 1, customer = 'Contoso Ltd', partner = 'Fabrikam Inc', signer = 'Jane Doe', date = '3 June 2026' } = {}) {
  const blocks = [{ text: 'Proof of Execution', heading: 1 }, { text: `Partner: ${partner}. Customer: ${customer}.` }];
  for (let p = 0; p < pages; p++) {
    if (p > 0) blocks.push({ pageBreak: true });
    blocks.push({ text: `Section ${p + 1}: delivery of the engagement`, heading: 2 });
    for (let i = 0; i < 12; i++) {
      blocks.push({
        text: `Paragraph ${p + 1}.${i + 1}: ${partner} delivered the Microsoft Intune deployment workshop for ${customer}, covering device enrolment, compliance policies and conditional access, with the customer's IT team present throughout.`,
      });
    }
  }
  blocks.push({ text: 'Customer acceptance', heading: 2 });
  blocks.push({
    table: [
      ['Role', 'Name', 'Date'],
      ['Customer signatory', `Signed by ${signer}`, date],
      [{ text: `Accepted on behalf of ${customer}`, span: 3 }],
    ],
  });
  return buildDocx(blocks);
}
