import { Document, Footer, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { rgb } from 'pdf-lib';
import { A4, BLUE, GREY, createWriter } from '../sample/pdf-writer.mjs';
import { grid } from './heldout-docs.mjs';

/**
 * The probe batch's documents (claims-probe.mjs): shapes the rest of the set does not have.
 * Landscape slide exports whose sign-off sits in free text boxes, two-column bilingual SOWs,
 * letters whose signature block stands beside a company stamp, tables whose product cell spans
 * several rows, Word files whose acceptance is in the page footer, e-signature logs laid out as
 * a table of timestamp / actor / email / action in a vendor's own date format.
 */

const FIXED = '2026-01-15T09:00:00Z';

async function writer(title, author, size = A4, footer) {
  return createWriter({
    title,
    author,
    creator: 'Microsoft PowerPoint',
    date: FIXED,
    unicode: true,
    size,
    footer,
    producer: 'macOS Quartz PDFContext',
  });
}

/** Draws wrapped lines inside a box (a text box of a slide); returns the y below the last line. */
function textBox(flow, { x, y, w, lines, size = 12, bold = [], border = false, color }) {
  const page = flow.page;
  let cy = y;
  const all = lines.flatMap((l, i) => flow.wrap(l, flow.fonts[bold.includes(i) ? 'bold' : 'regular'], size, w - 12).map((t) => [t, i]));
  const h = all.length * (size + 4) + 12;
  if (border) page.drawRectangle({ x, y: y - h, width: w, height: h, borderColor: GREY, borderWidth: 0.8 });
  for (const [t, i] of all) {
    cy -= size + 4;
    page.drawText(t, { x: x + 6, y: cy, size, font: flow.fonts[bold.includes(i) ? 'bold' : 'regular'], color });
  }
  return y - h;
}

/**
 * A landscape slide deck (16:9 at 960×540 pt): each slide a title and text boxes placed freely.
 * slides: [{ title, boxes: [{ x, y, w, lines, size?, bold?, border?, ink? }] }]
 */
export async function slideDeck({ title, author, slides }) {
  const flow = await writer(title, author, [960, 540]);
  slides.forEach((slide, i) => {
    if (i > 0) flow.newPage();
    flow.page.drawRectangle({ x: 0, y: 470, width: 960, height: 70, color: rgb(0.0, 0.32, 0.62) });
    flow.page.drawText(slide.title, { x: 40, y: 492, size: 26, font: flow.fonts.bold, color: rgb(1, 1, 1) });
    for (const b of slide.boxes) {
      const bottom = textBox(flow, b);
      if (b.ink) flow.scribble(b.x + 20, b.inkY ?? bottom + 30, b.ink, 140);
    }
    flow.page.drawText(String(i + 1), { x: 920, y: 20, size: 10, font: flow.fonts.regular, color: GREY });
  });
  return flow.save();
}

/**
 * A two-column bilingual SOW: each section's text in two languages side by side (left and right
 * columns), then a signature table in both languages across the page.
 * sections: [[leftHeading, leftText, rightHeading, rightText]]; sign: rows for grid(); ink cells.
 */
export async function bilingualSow({ title, author, parties, sections, sign, ink }) {
  const flow = await writer(title, author, A4, title);
  flow.heading(title, 15);
  flow.text(parties, { font: 'bold', size: 10 });
  const colW = (flow.width - 20) / 2;
  for (const [lh, lt, rh, rt] of sections) {
    const left = [lh, ...flow.wrap(lt, flow.fonts.regular, 9, colW)];
    const right = [rh, ...flow.wrap(rt, flow.fonts.regular, 9, colW)];
    const n = Math.max(left.length, right.length);
    flow.ensure(n * 12 + 10);
    for (let k = 0; k < n; k++) {
      flow.y -= 12;
      const font = k === 0 ? flow.fonts.bold : flow.fonts.regular;
      if (left[k]) flow.page.drawText(left[k], { x: flow.margin, y: flow.y, size: 9, font });
      if (right[k]) flow.page.drawText(right[k], { x: flow.margin + colW + 20, y: flow.y, size: 9, font });
    }
    flow.y -= 8;
  }
  grid(flow, sign, [1.4, 2, 2], { ink, height: 24 });
  return flow.save();
}

/**
 * A letter: a letterhead (company and address), place and date, paragraphs, then a signature
 * block at the left and a round-cornered company stamp (a box of lines in blue) beside it.
 */
export async function stampLetter({ title, author, head, address, dateLine, greeting, paragraphs, closing, signer, stamp, ink = true }) {
  const flow = await writer(title, author, A4);
  flow.page.drawText(head, { x: flow.margin, y: flow.size[1] - 50, size: 15, font: flow.fonts.bold, color: BLUE });
  flow.page.drawText(address, { x: flow.margin, y: flow.size[1] - 64, size: 8, font: flow.fonts.regular, color: GREY });
  flow.y -= 40;
  flow.text(dateLine, { gap: 14 });
  if (greeting) flow.text(greeting, { gap: 10 });
  for (const p of paragraphs) flow.text(p, { gap: 7 });
  flow.text(closing, { gap: 6 });
  const top = flow.y;
  if (ink) flow.scribble(flow.margin + 6, top - 22, 31, 120);
  // The stamp: to the right of the signature, slightly rotated text is not needed; a blue frame.
  const sx = flow.margin + 250;
  flow.page.drawRectangle({ x: sx, y: top - 78, width: 200, height: 70, borderColor: BLUE, borderWidth: 1.4 });
  stamp.forEach((line, i) => flow.page.drawText(line, { x: sx + 8, y: top - 24 - i * 13, size: 9, font: flow.fonts.bold, color: BLUE }));
  flow.y = top - 40;
  for (const [i, l] of signer.entries()) flow.text(l, { font: i === 0 ? 'bold' : 'regular', gap: 1, size: 10 });
  flow.y = Math.min(flow.y, top - 90);
  return flow.save();
}

/** A plain report page: heading, paragraphs, grids, signature fields. parts: [{ h } | { p } | { grid, widths, ink } | { ink: seed }]. */
export async function reportPdf({ title, author, parts, size = A4 }) {
  const flow = await writer(title, author, size);
  flow.heading(title, 16);
  for (const part of parts) {
    if (part.h) flow.heading(part.h, 12);
    else if (part.p !== undefined) flow.text(part.p, { size: part.size ?? 9.5, font: part.bold ? 'bold' : 'regular' });
    else if (part.grid) grid(flow, part.grid, part.widths, { ink: part.ink ?? [], height: part.height ?? 18 });
    else if (part.sign) {
      flow.ensure(60);
      const top = flow.y;
      if (part.sign.ink) flow.scribble(flow.margin + 10, top - 20, part.sign.ink, 120);
      flow.y = top - 32;
      for (const l of part.sign.lines) flow.text(l, { size: 9.5, gap: 1 });
      flow.y -= 8;
    } else if (part.page) flow.newPage();
  }
  return flow.save();
}

/**
 * A table whose first column's cell spans several rows (a product with its activities), drawn
 * as one tall cell with the product name at its top and the other columns ruled per row.
 * groups: [{ product, rows: [[activity, users, state]] }]
 */
export function spanTable(flow, head, groups, widths) {
  const total = widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => (w / total) * flow.width);
  const h = 18;
  const drawRow = (cells, x0, font) => {
    let x = x0;
    cells.forEach((c, i) => {
      flow.page.drawRectangle({ x, y: flow.y - h, width: cols[i + 1], height: h, borderColor: GREY, borderWidth: 0.5 });
      flow.page.drawText(String(c), { x: x + 4, y: flow.y - 12, size: 9, font });
      x += cols[i + 1];
    });
  };
  flow.ensure(h * 2);
  flow.page.drawRectangle({ x: flow.margin, y: flow.y - h, width: cols[0], height: h, borderColor: GREY, borderWidth: 0.5 });
  flow.page.drawText(head[0], { x: flow.margin + 4, y: flow.y - 12, size: 9, font: flow.fonts.bold });
  drawRow(head.slice(1), flow.margin + cols[0], flow.fonts.bold);
  flow.y -= h;
  for (const g of groups) {
    const gh = g.rows.length * h;
    flow.ensure(gh);
    flow.page.drawRectangle({ x: flow.margin, y: flow.y - gh, width: cols[0], height: gh, borderColor: GREY, borderWidth: 0.5 });
    flow
      .wrap(g.product, flow.fonts.regular, 9, cols[0] - 8)
      .forEach((line, j) => flow.page.drawText(line, { x: flow.margin + 4, y: flow.y - 12 - j * 11, size: 9, font: flow.fonts.regular }));
    for (const r of g.rows) {
      drawRow(r, flow.margin + cols[0], flow.fonts.regular);
      flow.y -= h;
    }
  }
  flow.y -= 10;
}

/** A report with a row-spanning product table in the middle. */
export async function spanReportPdf({ title, author, before, head, groups, widths, after, signLines, ink }) {
  const flow = await writer(title, author, A4);
  flow.heading(title, 16);
  for (const p of before) flow.text(p, { size: 9.5 });
  spanTable(flow, head, groups, widths);
  for (const p of after) flow.text(p, { size: 9.5 });
  const top = flow.y;
  if (ink) flow.scribble(flow.margin + 10, top - 20, ink, 120);
  flow.y = top - 32;
  for (const l of signLines) flow.text(l, { size: 9.5, gap: 1 });
  return flow.save();
}

const cellOf = (text, { bold = false, vMerge } = {}) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold, size: 20 })] })],
    ...(vMerge ? { verticalMerge: vMerge } : {}),
  });

/**
 * A Word document: paragraphs, tables whose cells may continue the cell above (vertical merge:
 * a cell written `{ span: 'restart', text }` starts a merged cell, `{ span: 'continue' }`
 * continues it), and an optional page footer of paragraphs.
 */
export async function docxRich({ blocks, footer, meta }) {
  const children = blocks.map((b) => {
    if (b.table)
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: b.table.map(
          (row, r) =>
            new TableRow({
              children: row.map((c) =>
                typeof c === 'string'
                  ? cellOf(c, { bold: r === 0 })
                  : cellOf(c.text ?? '', { vMerge: c.span === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }),
              ),
            }),
        ),
      });
    return new Paragraph({ children: [new TextRun({ text: b.p, bold: !!b.bold, size: b.bold ? 28 : 21 })] });
  });
  const doc = new Document({
    creator: meta.author,
    title: meta.title,
    sections: [
      {
        ...(footer
          ? {
              footers: {
                default: new Footer({ children: footer.map((t) => new Paragraph({ children: [new TextRun({ text: t, size: 16 })] })) }),
              },
            }
          : {}),
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * An e-signature log page appended to a document: a header (vendor, document, id), then a table
 * Timestamp | Actor | Email | Action, each timestamp written by `when(isoDateTime)`. The email
 * column is wide enough for the longest address (text never runs over into the next cell).
 */
export function eventLog(flow, { heading, meta, head, events, when, action }) {
  flow.newPage();
  flow.heading(heading, 13);
  for (const m of meta) flow.text(m, { size: 8.5, gap: 1 });
  flow.y -= 6;
  const rows = [head, ...events.map((e) => [when(e.at), e.name, e.email, action[e.action]])];
  grid(flow, rows, [1.6, 1.4, 3, 1.6], { height: 16 });
}

/** A document with paragraphs, a signature area of vendor stamps, and an event log page. */
export async function esignedPdf({ title, author, paragraphs, stamps, log }) {
  const flow = await writer(title, author, A4);
  flow.heading(title, 16);
  for (const p of paragraphs) flow.text(p, { size: 9.5 });
  for (const st of stamps) {
    flow.ensure(70);
    flow.text(st.heading, { font: 'bold', size: 9.5, gap: 3 });
    const top = flow.y;
    if (st.lines.length) {
      flow.page.drawRectangle({ x: flow.margin, y: top - 36, width: 260, height: 32, borderColor: BLUE, borderWidth: 0.8 });
      st.lines.forEach((l, i) =>
        flow.page.drawText(l, { x: flow.margin + 6, y: top - 14 - i * 11, size: 8, font: flow.fonts.regular, color: BLUE }),
      );
    } else
      flow.page.drawLine({
        start: { x: flow.margin, y: top - 30 },
        end: { x: flow.margin + 200, y: top - 30 },
        thickness: 0.5,
        color: GREY,
      });
    flow.y = top - 44;
    for (const l of st.fields) flow.text(l, { size: 9, gap: 1 });
    flow.y -= 8;
  }
  eventLog(flow, log);
  return flow.save();
}
