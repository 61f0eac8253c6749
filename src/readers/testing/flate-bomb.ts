import { Deflate, Zlib } from 'fflate';
import { concat } from './hostile-files';

/**
 * A one-page PDF whose content stream is `decodedBytes` of spaces, flate-compressed (about a
 * thousandth of that on disk). pdf.js keeps the decoded stream whole: the classic flate bomb.
 * `zlib` (the default) writes the stream as PDF writers do, with the two-byte zlib header;
 * `raw` writes bare deflate, which pdf.js also reads.
 */
export function flateBombPdf(decodedBytes: number, framing: 'zlib' | 'raw' = 'zlib'): Uint8Array {
  const parts: Uint8Array[] = [];
  const onData = (chunk: Uint8Array): void => {
    parts.push(chunk);
  };
  const deflate = framing === 'zlib' ? new Zlib({ level: 9 }, onData) : new Deflate({ level: 9 }, onData);
  const block = new Uint8Array(1024 * 1024).fill(0x20);
  for (let left = decodedBytes; left > 0; left -= block.length)
    deflate.push(block.subarray(0, Math.min(block.length, left)), left <= block.length);
  const stream = concat(parts);
  const enc = new TextEncoder();
  const head = enc.encode(
    '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
      '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n' +
      `4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`,
  );
  const tail = enc.encode('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  return concat([head, stream, tail]);
}
