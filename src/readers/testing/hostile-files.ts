import { zlibSync } from 'fflate';

/**
 * Small files that declare huge things, for the limits' tests (the bench's full-size bombs are
 * scripts/bench/hostile-queue.mjs).
 */

const enc = new TextEncoder();

function be32(n: number): Uint8Array {
  return Uint8Array.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

/** The parts one after another in one array. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A PNG chunk; the CRC is left zero (the readers do not check it, and an image over the limit is never decoded). */
function chunk(type: string, data: Uint8Array): Uint8Array {
  return concat([be32(data.length), enc.encode(type), data, be32(0)]);
}

/** A PNG whose header declares width × height pixels (RGB, 8 bit), with a few bytes of image data. */
export function pngDeclaring(width: number, height: number): Uint8Array {
  const ihdr = concat([be32(width), be32(height), Uint8Array.of(8, 2, 0, 0, 0)]);
  return concat([
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlibSync(new Uint8Array(64))),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** A well-formed PDF of `pages` pages in one flat page tree, all sharing one content stream. */
export function pdfOfPages(pages: number): Uint8Array {
  const content = 'BT /F1 12 Tf 72 720 Td (Statement of Work) Tj ET';
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  const bodies = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>';
  for (let i = 0; i < pages; i++) bodies.push(page);
  let text = '%PDF-1.7\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = text.length;
  text += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  text += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  text += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return enc.encode(text);
}
