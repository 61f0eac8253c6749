import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { dejaVuBytes, fontkit } from '../sample/fontkit-shared.mjs';
import { prng } from '../sample/prng.mjs';

/**
 * The evaluation set's other formats: RFC 5322 emails with attachments (.eml), scans (PNG with
 * rotation and noise; image-only PDFs; PDFs of a scan with an invisible OCR text layer), Word
 * (.docx via the `docx` package) and Excel (.xlsx via exceljs).
 */

const require = createRequire(import.meta.url);
let fontsReady = false;
function registerFonts() {
  if (fontsReady) return;
  const root = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  GlobalFonts.registerFromPath(join(root, 'DejaVuSans.ttf'), 'EvalSans');
  GlobalFonts.registerFromPath(join(root, 'DejaVuSerif.ttf'), 'EvalSerif');
  fontsReady = true;
}

const b64 = (bytes) => Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n');
const encodeHeader = (v) => (/^[\x20-\x7e]*$/.test(v) ? v : `=?UTF-8?B?${Buffer.from(v).toString('base64')}?=`);

/**
 * An .eml: headers (From, To, Subject, Date...), a text body (a reply on top, the quoted thread
 * below), and attachments [{ name, type, bytes }].
 */
export function emlMessage({ headers, body, attachments = [] }) {
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${encodeHeader(v)}`);
  const text = body.replace(/\r?\n/g, '\r\n');
  let out;
  if (attachments.length === 0) {
    out = [...head, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: 8bit', '', text].join(
      '\r\n',
    );
  } else {
    const boundary = '----=_Part_eval_0001';
    const partsOut = [`--${boundary}`, 'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: 8bit', '', text];
    for (const a of attachments) {
      partsOut.push(
        `--${boundary}`,
        `Content-Type: ${a.type}; name="${a.name}"`,
        `Content-Disposition: attachment; filename="${a.name}"`,
        'Content-Transfer-Encoding: base64',
        '',
        b64(a.bytes),
      );
    }
    partsOut.push(`--${boundary}--`);
    out = [...head, 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`, '', ...partsOut].join('\r\n');
  }
  return new TextEncoder().encode(`${out}\r\n`);
}

/** A quoted earlier message as Outlook writes it under a reply. */
export function quoted({ from, sent, to, subject, body }) {
  return ['', '-----Original Message-----', `From: ${from}`, `Sent: ${sent}`, `To: ${to}`, `Subject: ${subject}`, '', body].join('\n');
}

function stroke(ctx, x, y, rand, width = 220) {
  ctx.save();
  ctx.strokeStyle = '#1a2a6c';
  ctx.lineWidth = 2.4;
  ctx.beginPath();
  ctx.moveTo(x, y);
  for (let i = 1; i <= 14; i++) {
    const px = x + (i * width) / 14;
    ctx.quadraticCurveTo(px - width / 28, y + (rand() - 0.5) * 60, px, y + (rand() - 0.5) * 16);
  }
  ctx.stroke();
  ctx.restore();
}

/**
 * A scanned page (about 150 dpi A4) of `lines`; `signAt` draws an ink stroke after the line with
 * that index. Rotated by `angle` radians, with speckle noise. Returns PNG bytes and the line
 * positions (for an invisible text layer).
 */
export function scanPage({ lines, seed, angle = 0.01, signAt = -1, noise = 900 }) {
  registerFonts();
  const rand = prng(seed);
  const w = 1240;
  const h = 1754;
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f5f4ef';
  ctx.fillRect(0, 0, w, h);
  ctx.save();
  ctx.translate(w / 2, h / 2);
  ctx.rotate(angle);
  ctx.translate(-w / 2, -h / 2);
  ctx.fillStyle = '#1d1d1d';
  const placed = [];
  let y = 150;
  lines.forEach((line, i) => {
    const heading = i === 0;
    ctx.font = heading ? 'bold 34px EvalSerif' : '22px EvalSerif';
    ctx.fillText(line, 110, y);
    placed.push({ text: line, x: 110, y, size: heading ? 34 : 22 });
    if (i === signAt) {
      stroke(ctx, 360, y + 46, rand);
      y += 80;
    }
    y += heading ? 70 : 36;
  });
  ctx.restore();
  for (let i = 0; i < noise; i++) {
    const g = Math.floor(rand() * 120);
    ctx.fillStyle = `rgb(${g},${g},${g})`;
    ctx.fillRect(rand() * w, rand() * h, 1 + rand() * 2, 1 + rand() * 2);
  }
  return { png: canvas.toBuffer('image/png'), placed, w, h };
}

/** A PDF of scanned pages; with `textLayer` an invisible text layer like a scanner's OCR adds. */
export async function scanPdf(pages, { textLayer = false } = {}) {
  const doc = await PDFDocument.create();
  const when = new Date('2026-01-15T09:00:00Z');
  doc.setProducer(textLayer ? 'ABBYY FineReader Server' : 'KONICA MINOLTA bizhub C300i');
  doc.setCreator('Scanner');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  const font = textLayer
    ? await (async () => {
        doc.registerFontkit(fontkit);
        return doc.embedFont(dejaVuBytes(), { subset: true, customName: 'DejaVuSans' });
      })()
    : null;
  for (const p of pages) {
    const img = await doc.embedPng(p.png);
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
    if (font) {
      const k = 595.28 / p.w;
      for (const t of p.placed) page.drawText(t.text, { x: t.x * k, y: 841.89 - t.y * k, size: t.size * k * 0.85, font, opacity: 0 });
    }
  }
  return doc.save({ useObjectStreams: false });
}

/**
 * A Word document: paragraphs, optionally a table (first row the header), then more paragraphs.
 * blocks: [{ p: 'text', bold? } | { table: [[cells]] }]
 */
export async function docxDocument(blocks, meta) {
  const children = blocks.map((b) => {
    if (b.table) {
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: b.table.map(
          (row, r) =>
            new TableRow({
              children: row.map(
                (cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: r === 0 })] })] }),
              ),
            }),
        ),
      });
    }
    return new Paragraph({ children: [new TextRun({ text: b.p, bold: !!b.bold, size: b.bold ? 28 : 22 })] });
  });
  const doc = new Document({ creator: meta.author, title: meta.title, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** An Excel workbook: sheets [{ name, rows: [[cells]] }]. */
export async function xlsxWorkbook(sheets, meta) {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.author;
  wb.created = new Date('2026-01-15T09:00:00Z');
  wb.modified = wb.created;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
    ws.columns.forEach((c) => {
      c.width = 28;
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
