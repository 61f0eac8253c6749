import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { dejaVuBytes, fontkit } from './fontkit-shared.mjs';

/**
 * A small text-flow writer over pdf-lib for the sample documents. Every document gets fixed
 * metadata dates and a fixed producer so the bytes (and so the SHA-256s in queue.json) are the
 * same on every run.
 */

export const LETTER = [612, 792];
export const A4 = [595.28, 841.89];
export const BLACK = rgb(0, 0, 0);
export const GREY = rgb(0.35, 0.35, 0.35);
export const BLUE = rgb(0.0, 0.32, 0.62);
export const LIGHT = rgb(0.92, 0.94, 0.97);

/**
 * @param {{ title: string, author: string, creator: string, date: string, producer?: string, size?: number[], unicode?: boolean, footer?: string }} meta
 *   date: ISO date-time used for both CreationDate and ModDate.
 */
export async function createWriter(meta) {
  const doc = await PDFDocument.create();
  const when = new Date(meta.date);
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer ?? 'Microsoft® Word for Microsoft 365');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  let regular;
  let bold;
  if (meta.unicode) {
    doc.registerFontkit(fontkit);
    // customName: pdf-lib would otherwise add a random suffix to the font name.
    regular = await doc.embedFont(dejaVuBytes(false), { subset: true, customName: 'DejaVuSans' });
    bold = await doc.embedFont(dejaVuBytes(true), { subset: true, customName: 'DejaVuSans-Bold' });
  } else {
    regular = await doc.embedFont(StandardFonts.Helvetica);
    bold = await doc.embedFont(StandardFonts.HelveticaBold);
  }
  const italic = meta.unicode ? regular : await doc.embedFont(StandardFonts.HelveticaOblique);
  const flow = new TextFlow(doc, { regular, bold, italic }, meta.size ?? LETTER, meta.footer ?? null);
  // A fillable form (AcroForm): field values in widgets, none in the page text.
  if (meta.fillable) flow.form = { form: doc.getForm(), font: await doc.embedFont(StandardFonts.Helvetica), n: 0 };
  return flow;
}

/**
 * A table cell that is a form control: { check: boolean } a check box, { radio: labels, selected }
 * a radio group with its labels beside the buttons, { choice: labels, selected } a drop-down.
 * Printed (not fillable) they read as the page would show them: ☒ / ☐, "☒ Yes ☐ No", the choice.
 */
function cellText(cell) {
  if (typeof cell === 'string') return cell;
  if ('check' in cell) return cell.check ? '☒' : '☐';
  if ('radio' in cell) return cell.radio.map((l, i) => `${i === cell.selected ? '☒' : '☐'} ${l}`).join('   ');
  return cell.choice[cell.selected] ?? '';
}

/** Widths of single words (and " word") per font and size, for TextFlow.wrap. */
const pieceWidths = new WeakMap();

function pieceWidth(font, piece, size) {
  let widths = pieceWidths.get(font);
  if (!widths) pieceWidths.set(font, (widths = new Map()));
  const key = `${size}|${piece}`;
  let w = widths.get(key);
  if (w === undefined) widths.set(key, (w = font.widthOfTextAtSize(piece, size)));
  return w;
}

export class TextFlow {
  constructor(doc, fonts, size, footer) {
    this.doc = doc;
    this.fonts = fonts;
    this.size = size;
    this.margin = 56;
    this.page = null;
    this.y = 0;
    this.footer = footer;
    this.form = null;
    this.newPage();
  }

  get width() {
    return this.size[0] - 2 * this.margin;
  }

  newPage() {
    this.page = this.doc.addPage(this.size);
    this.y = this.size[1] - this.margin;
    if (this.footer) {
      const n = this.doc.getPageCount();
      this.page.drawText(`${this.footer} | Page ${n}`, { x: this.margin, y: 28, size: 8, font: this.fonts.regular, color: GREY });
    }
    return this.page;
  }

  ensure(height) {
    if (this.y - height < this.margin) this.newPage();
  }

  /**
   * Lines of `text` no wider than `width`, broken between words where the measured line would
   * overflow. A line's width is measured (font.widthOfTextAtSize: a full shaping run) only near the
   * edge; well inside it, the sum of its words' widths decides, which moves no break: a word's
   * width beside a space differs from its width alone by one kerning pair at most (Helvetica's
   * largest with a space: 0.12 em; DejaVu's advances add up), and the margin allows 0.15 em a
   * word plus half an em. Measuring every prefix of every line took a third of the eval set's
   * generation (28 of 83 s of CPU).
   */
  wrap(text, font, size, width = this.width) {
    const lines = [];
    for (const para of String(text).split('\n')) {
      let line = '';
      let words = 0;
      let sum = 0;
      for (const word of para.split(/\s+/).filter(Boolean)) {
        const next = line ? `${line} ${word}` : word;
        const nextSum = sum + pieceWidth(font, line ? ` ${word}` : word, size);
        const surelyFits = nextSum < width - size * (0.5 + 0.15 * (words + 1));
        if (!surelyFits && line && font.widthOfTextAtSize(next, size) > width) {
          lines.push(line);
          line = word;
          words = 1;
          sum = pieceWidth(font, word, size);
        } else {
          line = next;
          words += 1;
          sum = nextSum;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  text(text, { size = 10, font = 'regular', color = BLACK, indent = 0, gap = 4 } = {}) {
    const f = this.fonts[font];
    for (const line of this.wrap(text, f, size, this.width - indent)) {
      this.ensure(size + 3);
      this.y -= size + 3;
      this.page.drawText(line, { x: this.margin + indent, y: this.y, size, font: f, color });
    }
    this.y -= gap;
  }

  heading(text, size = 14, color = BLUE) {
    this.ensure(size + 24);
    this.y -= 8;
    this.text(text, { size, font: 'bold', color, gap: 6 });
  }

  bullets(items, { size = 10, marker = '•' } = {}) {
    for (const item of items) {
      this.ensure(size + 3);
      this.page.drawText(marker, { x: this.margin + 6, y: this.y - size - 3, size, font: this.fonts.regular });
      this.text(item, { size, indent: 20, gap: 2 });
    }
    this.y -= 4;
  }

  /** Two-column label/value rows in ruled boxes, as in form-style templates. */
  fields(rows, { labelWidth = 200, size = 9.5 } = {}) {
    const step = size + 3;
    for (const [label, value] of rows) {
      const labelLines = this.wrap(label, this.fonts.bold, size, labelWidth - 10);
      const valueLines = this.wrap(value, this.fonts.regular, size, this.width - labelWidth - 12);
      const h = Math.max(labelLines.length, valueLines.length, 1) * step + 8;
      this.ensure(h);
      const top = this.y;
      this.page.drawRectangle({
        x: this.margin,
        y: top - h,
        width: labelWidth,
        height: h,
        color: LIGHT,
        borderColor: GREY,
        borderWidth: 0.5,
      });
      this.page.drawRectangle({
        x: this.margin + labelWidth,
        y: top - h,
        width: this.width - labelWidth,
        height: h,
        borderColor: GREY,
        borderWidth: 0.5,
      });
      labelLines.forEach((line, i) => {
        this.page.drawText(line, { x: this.margin + 5, y: top - (i + 1) * step - 1, size, font: this.fonts.bold });
      });
      if (this.form && String(value).trim()) {
        const f = this.formField('text');
        if (valueLines.length > 1) f.enableMultiline();
        f.setText(String(value));
        f.addToPage(this.page, {
          x: this.margin + labelWidth + 3,
          y: top - h + 2,
          width: this.width - labelWidth - 6,
          height: h - 4,
          font: this.form.font,
          borderWidth: 0,
        });
        f.setFontSize(size);
      } else
        valueLines.forEach((line, i) => {
          this.page.drawText(line, { x: this.margin + labelWidth + 6, y: top - (i + 1) * step - 1, size, font: this.fonts.regular });
        });
      this.y = top - h;
    }
    this.y -= 8;
  }

  /** A simple table: header row in bold, columns by relative widths. */
  table(header, rows, widths, { size = 9 } = {}) {
    const total = widths.reduce((a, b) => a + b, 0);
    const cols = widths.map((w) => (w / total) * this.width);
    const draw = (cells, font) => {
      const wrapped = cells.map((c, i) =>
        this.form && typeof c !== 'string' ? [''] : this.wrap(cellText(c), this.fonts[font], size, cols[i] - 8),
      );
      const h = Math.max(...wrapped.map((l) => l.length)) * (size + 3) + 6;
      this.ensure(h);
      let x = this.margin;
      wrapped.forEach((lines, i) => {
        this.page.drawRectangle({
          x,
          y: this.y - h,
          width: cols[i],
          height: h,
          borderColor: GREY,
          borderWidth: 0.5,
          color: font === 'bold' ? LIGHT : undefined,
        });
        lines.forEach((line, j) => this.page.drawText(line, { x: x + 4, y: this.y - (j + 1) * (size + 3), size, font: this.fonts[font] }));
        if (this.form && typeof cells[i] !== 'string') this.control(cells[i], x + 4, this.y - (size + 3), size);
        x += cols[i];
      });
      this.y -= h;
    };
    draw(header, 'bold');
    for (const row of rows) draw(row, 'regular');
    this.y -= 10;
  }

  /** A new form field of the fillable form, named in order. */
  formField(kind) {
    const name = `f${++this.form.n}`;
    const { form } = this.form;
    return kind === 'text'
      ? form.createTextField(name)
      : kind === 'check'
        ? form.createCheckBox(name)
        : kind === 'radio'
          ? form.createRadioGroup(name)
          : form.createDropdown(name);
  }

  /** A table cell's form control (see cellText) with its baseline at y. */
  control(cell, x, y, size) {
    const box = { width: size, height: size, borderWidth: 0.8 };
    if ('check' in cell) {
      const f = this.formField('check');
      f.addToPage(this.page, { x, y: y - 1, ...box });
      if (cell.check) f.check();
    } else if ('radio' in cell) {
      const f = this.formField('radio');
      cell.radio.forEach((label, i) => {
        const at = x + i * 48;
        f.addOptionToPage(label, this.page, { x: at, y: y - 1, ...box });
        this.page.drawText(label, { x: at + size + 3, y, size, font: this.fonts.regular });
      });
      if (cell.selected !== null) f.select(cell.radio[cell.selected]);
    } else {
      const f = this.formField('choice');
      f.setOptions(cell.choice);
      if (cell.selected !== null) f.select(cell.choice[cell.selected]);
      f.addToPage(this.page, { x, y: y - 3, width: 52, height: size + 5, font: this.form.font, borderWidth: 0.5 });
    }
  }

  /** A hidden text field (Hidden flag): a viewer shows nothing there; printed, nothing is drawn. */
  hiddenField(value, x, y, width = 160) {
    if (!this.form) return;
    const f = this.formField('text');
    f.setText(value);
    f.addToPage(this.page, { x, y, width, height: 14, font: this.form.font, hidden: true });
  }

  rule() {
    this.ensure(10);
    this.y -= 6;
    this.page.drawLine({
      start: { x: this.margin, y: this.y },
      end: { x: this.size[0] - this.margin, y: this.y },
      thickness: 0.5,
      color: GREY,
    });
    this.y -= 6;
  }

  /** A handwriting-like stroke drawn as a vector path (no font can fake ink). */
  scribble(x, y, seed, width = 120) {
    // drawSvgPath uses SVG coordinates (y down) from the origin given below: flip y.
    const base = this.size[1] - y;
    let d = `M ${x} ${base}`;
    let s = seed;
    for (let i = 1; i <= 9; i++) {
      s = (s * 9301 + 49297) % 233280;
      const dy = (s / 233280 - 0.5) * 22;
      d += ` Q ${(x + (i - 0.5) * (width / 9)).toFixed(1)} ${(base + dy).toFixed(1)} ${(x + i * (width / 9)).toFixed(1)} ${(base + dy / 3).toFixed(1)}`;
    }
    this.page.drawSvgPath(d, { x: 0, y: this.size[1], borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.2 });
  }

  async save() {
    if (this.form) this.form.form.updateFieldAppearances(this.form.font);
    // No object streams: a plainer file that every reader (and poppler) handles alike.
    return this.doc.save({ useObjectStreams: false });
  }
}
