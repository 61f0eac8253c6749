import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { extractDocument } from './extract';
import { createNodeReaderEnv } from './node';
import { buildPageText } from './pdf-text';
import { corpusBytes, HAS_CORPUS } from '@test/corpus';

/** Generated PDFs (pdf-lib) for text, boxes and reading order; corpus PDFs altered for tamper and budget cases. */

const env = createNodeReaderEnv();

async function makePdf(draw: (page: PDFPage, font: PDFFont) => void, meta?: { title?: string; author?: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  draw(pdf.addPage([595, 842]), font);
  if (meta?.title) pdf.setTitle(meta.title);
  if (meta?.author) pdf.setAuthor(meta.author);
  pdf.setCreationDate(new Date('2026-10-02T08:30:00Z'));
  return pdf.save();
}

describe('PDF text and positions (generated)', () => {
  it('gives each text item its user-space box and the page its text', async () => {
    const bytes = await makePdf((page, font) => page.drawText('Contoso SOW signed', { x: 72, y: 700, size: 12, font }), {
      title: 'Statement of Work',
      author: 'Priya Kaur',
    });
    const d = await extractDocument({ path: 'c/sow.pdf', bytes }, env);
    expect(d.state).toBe('ok');
    expect(d.parts[0]?.text).toBe('Contoso SOW signed');
    const box = d.parts[0]?.items?.[0]?.box;
    expect(box?.x).toBeCloseTo(72, 1);
    expect(box?.y).toBeCloseTo(700, 1);
    expect(box?.height).toBeCloseTo(12, 0);
    expect(box?.width).toBeGreaterThan(80);
    expect(d.metadata).toMatchObject({ title: 'Statement of Work', author: 'Priya Kaur', creationDate: '2026-10-02T08:30:00.000Z' });
    expect(d.bytes).toBe(bytes.length);
  });

  it('reads top to bottom and left to right whatever the drawing order', async () => {
    const bytes = await makePdf((page, font) => {
      page.drawText('third line', { x: 72, y: 600, size: 12, font });
      page.drawText('value 42', { x: 300, y: 700, size: 12, font });
      page.drawText('Label:', { x: 72, y: 700, size: 12, font });
      page.drawText('second line', { x: 72, y: 650, size: 12, font });
    });
    const d = await extractDocument({ path: 'order.pdf', bytes }, env);
    expect(d.parts[0]?.text).toBe('Label: value 42\nsecond line\nthird line');
  });

  it('marks a page without text as having no text layer', async () => {
    const bytes = await makePdf(() => undefined);
    const d = await extractDocument({ path: 'blank.pdf', bytes }, env);
    expect(d.state).toBe('ok');
    expect(d.parts).toEqual([{ page: 1, text: '', items: [], hasTextLayer: false }]);
  });

  it('reads only maxPages pages and says so', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (let i = 1; i <= 3; i++) pdf.addPage().drawText(`page ${i}`, { x: 50, y: 50, font, size: 10 });
    const d = await extractDocument({ path: 'three.pdf', bytes: await pdf.save() }, env, { maxPages: 2 });
    expect(d.pageCount).toBe(3);
    expect(d.parts.map((p) => p.text)).toEqual(['page 1', 'page 2']);
    expect(d.notes).toContain('only the first 2 of 3 pages were read');
  });
});

describe('what a text page draws besides text (generated)', () => {
  it('keeps curved strokes (ink) as drawings in user space, not rules, boxes or underscores', async () => {
    const bytes = await makePdf((page, font) => {
      page.drawText('Customer signature: ______________', { x: 72, y: 500, size: 11, font });
      page.drawText('Name: John Doe', { x: 72, y: 480, size: 11, font });
      // A table rule and a box: straight lines only.
      page.drawLine({ start: { x: 72, y: 470 }, end: { x: 520, y: 470 }, thickness: 0.5 });
      page.drawRectangle({ x: 300, y: 600, width: 200, height: 40, borderWidth: 1 });
      // Handwriting over the signature line (SVG coordinates from the top of the page).
      page.drawSvgPath('M 200 330 Q 215 315 230 332 Q 245 350 260 328 Q 275 310 290 333', { x: 0, y: 842, borderWidth: 1.2 });
    });
    const d = await extractDocument({ path: 'c/signed.pdf', bytes }, env);
    const drawings = d.parts[0]?.drawings ?? [];
    expect(drawings).toHaveLength(1);
    const ink = drawings[0] ?? { x: 0, y: 0, width: 0, height: 0 };
    expect(ink.x).toBeCloseTo(200, 0);
    expect(ink.x + ink.width).toBeCloseTo(290, 0);
    // y up from the bottom: the stroke sits around 842 - 330 = 512, just above the line at 500.
    expect(ink.y).toBeGreaterThan(485);
    expect(ink.y + ink.height).toBeLessThan(535);
  });

  it('has an empty list for a page that draws nothing but text', async () => {
    const bytes = await makePdf((page, font) => page.drawText('Customer signature: ________', { x: 72, y: 500, size: 11, font }));
    const d = await extractDocument({ path: 'c/typed.pdf', bytes }, env);
    expect(d.parts[0]?.drawings).toEqual([]);
  });
});

describe('right-to-left lines', () => {
  const run = (str: string, x: number, width: number, dir: 'ltr' | 'rtl') => ({
    str,
    dir,
    transform: [10, 0, 0, 10, x, 455],
    width,
    height: 10,
    fontName: 'f',
    hasEOL: false,
  });
  it('reads a line whose rightmost run is Arabic or Hebrew from the right: the label, then the Latin value to its left', () => {
    const arabic = buildPageText(1, [run('Khalid Al Mansoori', 412, 90, 'ltr'), run('الاسم:', 512, 27, 'rtl')]);
    expect(arabic.text).toBe('الاسم: Khalid Al Mansoori');
    expect(arabic.items?.map((i) => i.text)).toEqual(['الاسم:', 'Khalid Al Mansoori']);
    const hebrew = buildPageText(1, [run('16/09/2026', 444, 50, 'ltr'), run('תאריך:', 509, 30, 'rtl')]);
    expect(hebrew.text).toBe('תאריך: 16/09/2026');
  });

  it('leaves a left-to-right line with an Arabic word inside it in its order', () => {
    const mixed = buildPageText(1, [
      run('Completion Certificate /', 56, 120, 'ltr'),
      run('شهادة', 180, 30, 'rtl'),
      run('v2', 220, 12, 'ltr'),
    ]);
    expect(mixed.text).toBe('Completion Certificate / شهادة v2');
  });
});

describe('PDF hostile cases', () => {
  it('flags a .pdf that is really an HTML page', async () => {
    const bytes = new TextEncoder().encode('<!DOCTYPE html><html><body>Session expired</body></html>');
    const d = await extractDocument({ path: 'claims/proof.pdf', bytes }, env);
    expect(d.state).toBe('unsupported');
    expect(d.stateDetail).toBe('named .pdf but is really HTML page');
  });

  it.skipIf(!HAS_CORPUS)('finds a signed file changed inside the signed bytes', async () => {
    const bytes = corpusBytes('pdf-signed/okular-signed-libreoffice_issue16553.pdf');
    // "%PDF-1.7" becomes "%PDF-1.5": one signed byte, and the file still opens.
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('%PDF-1.7');
    const tampered = bytes.slice();
    tampered[7] = '5'.charCodeAt(0);
    const d = await extractDocument({ path: 'x.pdf', bytes: tampered }, env);
    const sig = d.signatures.find((s) => s.isSigned);
    expect(sig?.integrity).toBe('modified');
    expect(sig?.integrityDetail).toContain('digest does not match');
  });

  it('stops at the time budget and says so', async () => {
    // 1,500 text pages take seconds to read on any machine; the budget is 50 ms (the floor).
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (let i = 1; i <= 1500; i++) pdf.addPage([595, 842]).drawText(`Page ${i} of the work log`, { x: 72, y: 700, size: 12, font });
    const bytes = await pdf.save();
    const started = Date.now();
    const d = await extractDocument({ path: 'slow.pdf', bytes }, env, { timeoutMs: 5 });
    expect(d.state).toBe('timeout');
    expect(d.stateDetail).toContain('longer than');
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe('environment faults', () => {
  it.skipIf(!HAS_CORPUS)('reports a PDF reader that cannot load as unavailable, not as a corrupt file', async () => {
    const broken = { ...env, loadPdfjs: () => Promise.reject(new Error('Cannot find module pdf.mjs')) };
    const d = await extractDocument({ path: 'ok.pdf', bytes: corpusBytes('pdf-text/qualityhosting-invoice_2pages.pdf') }, broken);
    expect(d.state).toBe('unsupported');
    expect(d.stateDetail).toBe('the PDF reader could not be loaded in this environment: Cannot find module pdf.mjs');
  });
});
