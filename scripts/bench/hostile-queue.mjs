/**
 * A queue folder of bombs for `check_hostile_peak_rss_mb` (scripts/bench-check.mjs): each file
 * is small on disk and costs gigabytes to anyone who reads it naively.
 *   flate-bomb.pdf    a content stream of ~1 MB that inflates to 1 GiB of zeros
 *   overlap.docx      a .docx whose 400 central-directory entries share one 2.5 MB local record (1 GiB inflated)
 *   overlap.zip       a plain zip built the same way, attached as a document
 *   huge.png          a PNG declaring 50,000 × 50,000 pixels, its image data a 1 GiB zlib bomb
 *   pages-100k.pdf    a well-formed PDF of 100,000 pages sharing one content stream
 * Written with Node's zlib only, streaming (the generator itself stays small).
 */

import { createDeflateRaw, crc32, deflateSync } from 'node:zlib';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawClaim } from '../lib/raw-claim.mjs';

const MIB = 1024 * 1024;

/** Deflates `total` zero bytes without holding them (1 MiB at a time). */
async function deflateZeros(total, zlibHeader) {
  const deflater = createDeflateRaw({ level: 9 });
  const chunks = [];
  deflater.on('data', (c) => chunks.push(c));
  const done = new Promise((res, rej) => {
    deflater.on('end', res);
    deflater.on('error', rej);
  });
  const zeros = Buffer.alloc(MIB);
  for (let left = total; left > 0; left -= MIB) {
    if (!deflater.write(left >= MIB ? zeros : zeros.subarray(0, left))) await new Promise((r) => deflater.once('drain', r));
  }
  deflater.end();
  await done;
  const raw = Buffer.concat(chunks);
  if (!zlibHeader) return raw;
  // zlib wrapper: header 0x78 0xDA, raw deflate, Adler-32 of `total` zeros (a = 1, b = total mod 65521).
  const b = total % 65521;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | 1) >>> 0);
  return Buffer.concat([Buffer.from([0x78, 0xda]), raw, adler]);
}

/** A PDF from numbered object bodies (strings or Buffers), with a correct xref table. */
function pdfFile(objects) {
  const parts = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : Buffer.from(body),
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    '0000000000 65535 f \n',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ];
  parts.push(Buffer.from(`${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

async function flateBombPdf() {
  const data = await deflateZeros(1024 * MIB, true);
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from('\nendstream')]),
  ]);
}

export const HUGE_PAGES = 100_000;

function manyPagesPdf(pages) {
  const content = 'BT /F1 12 Tf 72 720 Td (Statement of Work, page) Tj ET';
  // 1 catalog, 2 pages root, 3 content, 4 font, 5.. pages (flat Kids: the worst case for a reader that walks them).
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  for (let i = 0; i < pages; i++)
    objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>');
  return pdfFile(objects);
}

/** A zip whose `count` central-directory entries all point at one local record (the overlap bomb). */
async function overlappingZip(names, inflatedBytes) {
  const data = await deflateZeros(inflatedBytes, false);
  const crc = 0; // readers must refuse the overlap before any CRC check
  const local = Buffer.alloc(30);
  const first = Buffer.from(names[0]);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(inflatedBytes, 22);
  local.writeUInt16LE(first.length, 26);
  const localRecord = Buffer.concat([local, first, data]);
  const central = names.map((name) => {
    const n = Buffer.from(name);
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(8, 10);
    h.writeUInt32LE(crc, 16);
    h.writeUInt32LE(data.length, 20);
    h.writeUInt32LE(inflatedBytes, 24);
    h.writeUInt16LE(n.length, 28);
    h.writeUInt32LE(0, 42); // every entry at offset 0: the same local record
    return Buffer.concat([h, n]);
  });
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(localRecord.length, 16);
  return Buffer.concat([localRecord, cd, end]);
}

function pngChunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])) >>> 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG declaring width × height pixels (RGB, 8 bit), its IDAT `inflatedBytes` of zeros. */
export async function hugePng(width, height, inflatedBytes) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const idat = inflatedBytes > 0 ? await deflateZeros(inflatedBytes, true) : deflateSync(Buffer.alloc(0));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const FILES = {
  'docs/flate-bomb.pdf': flateBombPdf,
  'docs/overlap.docx': () =>
    overlappingZip(
      ['[Content_Types].xml', 'word/document.xml', ...Array.from({ length: 398 }, (_, i) => `word/media/image${i}.png`)],
      1024 * MIB - 1,
    ),
  'docs/overlap.zip': () =>
    overlappingZip(
      Array.from({ length: 400 }, (_, i) => `part${i}.pdf`),
      1024 * MIB - 1,
    ),
  'docs/huge.png': () => hugePng(50_000, 50_000, 1024 * MIB),
  'docs/pages-100k.pdf': () => manyPagesPdf(HUGE_PAGES),
};

/** Writes the bomb queue into `dir` once (a marker file says it is complete); returns the folder. */
export async function writeHostileQueue(dir) {
  const marker = join(dir, '.generated-1');
  if (existsSync(marker)) return dir;
  mkdirSync(join(dir, 'docs'), { recursive: true });
  const claims = [];
  let i = 0;
  for (const [path, make] of Object.entries(FILES)) {
    writeFileSync(join(dir, path), await make());
    claims.push(rawClaim(String(3000000 + i++), { documents: [{ path }] }));
  }
  writeFileSync(join(dir, 'queue.json'), JSON.stringify({ schema: 'poe-queue/1', name: 'Hostile files', claims }));
  writeFileSync(marker, new Date().toISOString());
  return dir;
}
