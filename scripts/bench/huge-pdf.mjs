/**
 * A PDF with a very large page count, built cheaply: one font, a two-level page tree, and per page a
 * tiny content stream naming the page ("Page 50000 of 100000"), with a generated cross-reference stream.
 * 100,000 pages come to about 20 MB. Used by `npm run bench` and the viewer's end-to-end test.
 */

const encoder = new TextEncoder();

/** Page width and height in points (US Letter). */
const HUGE_PDF_PAGE = { width: 612, height: 792 };
/** Pages per node of the page tree. */
const GROUP = 100;

export function buildHugePdf(pageCount) {
  const chunks = [];
  const offsets = [];
  let length = 0;
  const push = (text) => {
    const bytes = encoder.encode(text);
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (number, body) => {
    offsets[number] = length;
    push(`${number} 0 obj\n${body}\nendobj\n`);
  };
  push('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n');
  // 1: catalog, 2: the root of the page tree, 3: the font, then one node per GROUP pages (a
  // balanced tree, as writers make for long documents: pdf.js finds page n without reading the
  // pages before it), then each page and its content.
  const groups = Math.ceil(pageCount / GROUP);
  const groupObject = (g) => 4 + g;
  const pageObject = (n) => 4 + groups + 2 * (n - 1);
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  const groupKids = [];
  for (let g = 0; g < groups; g++) groupKids.push(`${groupObject(g)} 0 R`);
  object(
    2,
    `<< /Type /Pages /Count ${pageCount} /MediaBox [0 0 ${HUGE_PDF_PAGE.width} ${HUGE_PDF_PAGE.height}] ` +
      `/Resources << /Font << /F1 3 0 R >> >> /Kids [${groupKids.join(' ')}] >>`,
  );
  object(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (let g = 0; g < groups; g++) {
    const kids = [];
    for (let n = g * GROUP + 1; n <= Math.min(pageCount, (g + 1) * GROUP); n++) kids.push(`${pageObject(n)} 0 R`);
    object(groupObject(g), `<< /Type /Pages /Parent 2 0 R /Count ${kids.length} /Kids [${kids.join(' ')}] >>`);
  }
  for (let n = 1; n <= pageCount; n++) {
    const content = `BT /F1 28 Tf 72 700 Td (Page ${n} of ${pageCount}) Tj ET`;
    object(pageObject(n), `<< /Type /Page /Parent ${groupObject(Math.floor((n - 1) / GROUP))} 0 R /Contents ${pageObject(n) + 1} 0 R >>`);
    object(pageObject(n) + 1, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  // A cross-reference stream (binary rows: type, offset, generation) rather than a table: pdf.js
  // reads it without tokenising 100,000 text rows, so opening costs about what a real file does.
  const size = pageObject(pageCount) + 3;
  const xrefObject = size - 1;
  offsets[xrefObject] = length;
  const rows = new Uint8Array(size * 7);
  const view = new DataView(rows.buffer);
  view.setUint8(0, 0);
  view.setUint16(5, 65535);
  for (let i = 1; i < size; i++) {
    view.setUint8(i * 7, 1);
    view.setUint32(i * 7 + 1, offsets[i]);
  }
  const xrefAt = length;
  push(`${xrefObject} 0 obj\n<< /Type /XRef /Size ${size} /W [1 4 2] /Root 1 0 R /Length ${rows.length} >>\nstream\n`);
  chunks.push(rows);
  length += rows.length;
  push(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Pages of the benchmark's huge PDF. */
export const HUGE_PDF_PAGES = 100_000;

/** Writes a one-claim queue whose only document is a HUGE_PDF_PAGES-page PDF; returns its claim id. */
export async function writeHugePdfQueue(out) {
  const { createHash } = await import('node:crypto');
  const { mkdir, rm, writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { rawClaim } = await import('../lib/raw-claim.mjs');
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'docs'), { recursive: true });
  const claimId = 'HUGE-PDF-1';
  const path = 'docs/huge.pdf';
  const bytes = buildHugePdf(HUGE_PDF_PAGES);
  await writeFile(join(out, path), bytes);
  const claim = rawClaim(claimId, { documents: [{ path, sha256: createHash('sha256').update(bytes).digest('hex') }] });
  await writeFile(join(out, 'queue.json'), JSON.stringify({ schema: 'poe-queue/1', name: 'Benchmark huge PDF', claims: [claim] }));
  await writeFile(join(out, 'files.json'), JSON.stringify(['queue.json', path]));
  return claimId;
}

/**
 * In the bench page: opens the claim, waits for page 1 on screen, then scrolls through the
 * pages (wheel-sized steps, then jumps far down and back); returns the longest main-thread task
 * meanwhile, the time to page 1 and the most canvases the DOM held.
 */
export async function measureHugePdf(page, claimId) {
  return page.evaluate(
    async ({ id }) => {
      const from = performance.now();
      const painted = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`claim ${id}: page 1 not painted within 60 s`)), 60_000);
        window.addEventListener('poe:page-painted', function onPaint(event) {
          if (event.detail?.page !== 1) return;
          clearTimeout(timer);
          window.removeEventListener('poe:page-painted', onPaint);
          resolve(performance.now());
        });
      });
      await window.__poeBench.openClaim(id);
      const firstPageMs = (await painted) - from;
      let maxCanvases = document.querySelectorAll('canvas').length;
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
      const scroller = document.querySelector('.poe-pdf-scroll');
      for (let i = 0; i < 40; i++) {
        scroller.scrollTop += 400;
        await frame();
        maxCanvases = Math.max(maxCanvases, document.querySelectorAll('canvas').length);
      }
      for (const fraction of [0.5, 1, 0.25, 0]) {
        scroller.scrollTop = fraction * scroller.scrollHeight;
        await frame();
        await frame();
        maxCanvases = Math.max(maxCanvases, document.querySelectorAll('canvas').length);
      }
      await new Promise((r) => setTimeout(r, 500));
      const tasks = window.__poeLongTasks;
      const during = tasks === null ? null : tasks.filter((t) => t.start + t.duration >= from);
      return {
        firstPageMs,
        maxBlockMs: during === null ? null : during.reduce((m, t) => Math.max(m, t.duration), 0),
        maxCanvases,
      };
    },
    { id: claimId },
  );
}
