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

/** A PDF of the given object bodies, numbered from 1 (the first is the catalog), with a correct xref table. */
function pdfOfObjects(bodies: readonly string[]): Uint8Array {
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
  return pdfOfObjects(bodies);
}

/**
 * A one-page PDF carrying every kind of active content the viewer must leave inert
 * (../shared/RELIABILITY.md item 14): a link to `javascript:` over the line "Statement of Work:
 * click here" (points 72-400 across, 700-740 up), a link running a JavaScript action over
 * "Second link" (600-640 up), a form field with a focus script (500-530 up), an XFA form whose
 * template runs a script on initialize, and an OpenAction script. Each script would set
 * `window.__poeActive` or open an alert if it ran.
 */
export function pdfWithActiveContent(): Uint8Array {
  const content = [
    'BT /F1 18 Tf 72 712 Td (Statement of Work: click here) Tj ET',
    'BT /F1 18 Tf 72 612 Td (Second link) Tj ET',
    'BT /F1 12 Tf 72 540 Td (Name:) Tj ET',
  ].join('\n');
  const xfa =
    '<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/xfa-template/3.3/">' +
    '<subform name="form1"><event activity="initialize"><script contentType="application/x-javascript">' +
    "app.alert('xfa'); window.__poeActive = 'xfa';</script></event>" +
    '<field name="name"><ui><textEdit/></ui></field></subform></template></xdp:xdp>';
  const bodies = [
    '<< /Type /Catalog /Pages 2 0 R /AcroForm 6 0 R /OpenAction 9 0 R /Names << /JavaScript << /Names [(doc) 9 0 R] >> >> >>',
    '<< /Type /Pages /Kids [5 0 R] /Count 1 >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> /Annots [7 0 R 8 0 R 10 0 R] >>',
    '<< /Fields [10 0 R] /XFA 11 0 R >>',
    "<< /Type /Annot /Subtype /Link /Rect [72 700 400 740] /Border [0 0 0] /A << /S /URI /URI (javascript:window.__poeActive='uri') >> >>",
    "<< /Type /Annot /Subtype /Link /Rect [72 600 400 640] /Border [0 0 0] /A << /S /JavaScript /JS (app.alert('link'); window.__poeActive = 'link';) >> >>",
    "<< /S /JavaScript /JS (app.alert('open'); window.__poeActive = 'open';) >>",
    "<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /Rect [72 500 400 530] /P 5 0 R /AA << /Fo << /S /JavaScript /JS (app.alert('field'); window.__poeActive = 'field';) >> >> >>",
    `<< /Length ${xfa.length} >>\nstream\n${xfa}\nendstream`,
  ];
  return pdfOfObjects(bodies);
}
