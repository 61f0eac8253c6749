import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import type { Locator } from '@playwright/test';
import { PDFDocument, degrees } from 'pdf-lib';
import { expect, test, validClaim } from '../support/e2e-fixtures';
import { buildTiff } from '../support/tiff';

// Every test opens its own queue: the first run does not import the sample.
test.use({ firstRunSample: 'skip' });

/**
 * Scans that are not upright where OCR reads them: a phone photo stored sideways with an EXIF
 * orientation (the browser shows it upright, OCR reads the stored pixels and turns them) and a
 * scanned PDF page with /Rotate 90 (pdf.js paints it turned, OCR reads it turned back). Their OCR
 * words must still lie on the words as shown: search marks the pixels of the word it found.
 */

const require = createRequire(import.meta.url);
GlobalFonts.registerFromPath(join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf'), 'TestSans');

const LINES = [
  'Project acceptance',
  'Customer: Contoso Pharmaceuticals',
  'Partner: Fabrikam Consulting',
  'Microsoft Intune deployment for 2,400 devices',
  'Accepted by Margaret Hughes, Head of IT',
  'Date: 4 October 2026',
];

/** The upright page, 850 x 1100 pixels (100 dpi letter), turned `turn` degrees clockwise into the stored pixels. */
function drawPage(turn: 0 | 270) {
  const w = 850;
  const h = 1100;
  const sideways = turn === 270;
  const canvas = createCanvas(sideways ? h : w, sideways ? w : h);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  if (sideways) {
    ctx.translate(0, w);
    ctx.rotate(-Math.PI / 2);
  }
  ctx.fillStyle = '#111111';
  ctx.font = '26px TestSans';
  LINES.forEach((line, i) => ctx.fillText(line, 90, 140 + i * 56));
  return canvas;
}

/** A JPEG with an EXIF APP1 segment saying orientation `value` right after its SOI marker. */
function withExifOrientation(jpeg: Uint8Array, value: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, value, 0, 0, 0, 0, 0, 0];
  const exif = [...'Exif\0\0'].map((c) => c.charCodeAt(0)).concat(tiff);
  const app1 = [0xff, 0xe1, (exif.length + 2) >> 8, (exif.length + 2) & 0xff, ...exif];
  return Uint8Array.from([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
}

/** Share of the shown pixels under `mark` far darker than most of them (letters on paper). */
function inkUnder(mark: Locator): Promise<number> {
  return mark.evaluate((el) => {
    const host = el.closest('.poe-text-page');
    const shown = host?.querySelector('img, canvas');
    if (!(shown instanceof HTMLImageElement || shown instanceof HTMLCanvasElement)) return -1;
    const r = shown.getBoundingClientRect();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(r.width);
    canvas.height = Math.round(r.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return -1;
    // Drawn as shown (an <img> with its EXIF orientation applied, as the browser shows it).
    ctx.drawImage(shown, 0, 0, canvas.width, canvas.height);
    const m = el.getBoundingClientRect();
    const x = Math.max(0, Math.floor(m.left - r.left));
    const y = Math.max(0, Math.floor(m.top - r.top));
    const w = Math.min(canvas.width - x, Math.ceil(m.width));
    const h = Math.min(canvas.height - y, Math.ceil(m.height));
    if (w <= 0 || h <= 0) return 0;
    const { data } = ctx.getImageData(x, y, w, h);
    const lum: number[] = [];
    for (let i = 0; i < data.length; i += 4) lum.push(0.3 * (data[i] ?? 0) + 0.59 * (data[i + 1] ?? 0) + 0.11 * (data[i + 2] ?? 0));
    const median = [...lum].sort((a, b) => a - b)[Math.floor(lum.length / 2)] ?? 0;
    return lum.filter((l) => l < median - 80).length / (w * h);
  });
}

/** `note`: the page's OCR note (a scanned PDF's is on its page; an image's or TIFF's above the view). */
async function searchAndCheck(tools: Locator, host: Locator, word: string, note: Locator): Promise<Locator> {
  await tools.getByRole('searchbox').fill(word);
  await expect(tools.locator('.poe-pdf-search-status')).toHaveText(/^1 of 1/, { timeout: 200_000 });
  await expect(note).toHaveText(/^Scanned page: text by OCR/);
  const hit = host.locator('.textLayer .highlight.selected');
  await expect(hit).toHaveText(word);
  // Upright on screen: the word runs left to right, wider than tall, on the word's letters (polled:
  // the layer is laid out again when the OCR words arrive in the open document).
  await expect
    .poll(async () => {
      const box = await hit.boundingBox({ timeout: 1_000 }).catch(() => null);
      return box ? box.width > box.height * 2 : false;
    })
    .toBe(true);
  await expect.poll(async () => inkUnder(hit).catch(() => 0)).toBeGreaterThan(0.03);
  return hit;
}

test('a photo stored sideways with an EXIF orientation: OCR words lie on the words as the browser shows them', async ({
  page,
  shell,
  list,
  claim,
  makeQueue,
}) => {
  test.setTimeout(240_000);
  const jpeg = withExifOrientation(new Uint8Array(drawPage(270).toBuffer('image/jpeg', 92)), 6);
  const queue = await makeQueue(
    { schema: 'poe-queue/1', name: 'Turned photo', claims: [validClaim('T-IMG', { documents: [{ path: 'T-IMG/acceptance.jpg' }] })] },
    { 'T-IMG/acceptance.jpg': jpeg },
  );
  await page.setViewportSize({ width: 1366, height: 900 });
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await list.openClaim('T-IMG');
  const img = claim.documents.getByRole('img', { name: 'acceptance.jpg' });
  await expect(img).toBeVisible();
  // The browser shows it upright (portrait), from pixels stored landscape.
  const shown = await img.boundingBox();
  expect(shown && shown.height > shown.width).toBe(true);
  const tools = claim.documents.getByRole('toolbar', { name: 'Image tools' });
  await searchAndCheck(tools, claim.documents.locator('.poe-image-page'), 'Hughes', claim.documents.getByRole('note'));
  await page.screenshot({ path: test.info().outputPath('ocr-exif-photo.png') });
});

test('a scanned PDF page with /Rotate 90: OCR words lie on the words as the page is painted', async ({
  page,
  shell,
  list,
  claim,
  makeQueue,
}) => {
  test.setTimeout(240_000);
  const doc = await PDFDocument.create();
  const png = await doc.embedPng(new Uint8Array(drawPage(0).toBuffer('image/png')));
  // The page's content is drawn sideways and /Rotate 90 turns it upright on screen.
  const p = doc.addPage([792, 612]);
  p.drawImage(png, { x: 792, y: 0, width: 612, height: 792, rotate: degrees(90) });
  p.setRotation(degrees(90));
  const bytes = await doc.save({ useObjectStreams: false });
  const queue = await makeQueue(
    { schema: 'poe-queue/1', name: 'Turned scan', claims: [validClaim('T-PDF', { documents: [{ path: 'T-PDF/scan.pdf' }] })] },
    { 'T-PDF/scan.pdf': bytes },
  );
  await page.setViewportSize({ width: 1366, height: 900 });
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await list.openClaim('T-PDF');
  await claim.expectPagePainted('scan.pdf', 1);
  const tools = claim.documents.getByRole('toolbar', { name: 'Document tools' });
  await searchAndCheck(tools, claim.documents.locator('.poe-pdf-page[data-page-number="1"]'), 'Hughes', claim.documents.getByRole('note'));
  await page.screenshot({ path: test.info().outputPath('ocr-rotated-scan.png') });
});

test('a multi-page TIFF scan: search finds an OCR word on its second page and marks it on the word pixels', async ({
  page,
  shell,
  list,
  claim,
  makeQueue,
}) => {
  test.setTimeout(300_000);
  const blank = { width: 850, height: 1100, rgb: [255, 255, 255] as const, band: true };
  const text = drawPage(0);
  const tiff = buildTiff([
    blank,
    { width: 850, height: 1100, rgb: [255, 255, 255], rgba: new Uint8Array(text.getContext('2d').getImageData(0, 0, 850, 1100).data) },
  ]);
  const queue = await makeQueue(
    { schema: 'poe-queue/1', name: 'Fax', claims: [validClaim('T-TIF', { documents: [{ path: 'T-TIF/fax.tif' }] })] },
    { 'T-TIF/fax.tif': tiff },
  );
  await page.setViewportSize({ width: 1366, height: 900 });
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await list.openClaim('T-TIF');
  const tools = claim.documents.getByRole('toolbar', { name: 'Image tools' });
  await expect(tools).toContainText('2 pages', { timeout: 20_000 });
  // The match is on page 2: the view goes there and marks the word on its pixels.
  await searchAndCheck(tools, claim.documents.locator('.poe-tiff-page[data-page-number="2"]'), 'Hughes', claim.documents.getByRole('note'));
  await page.screenshot({ path: test.info().outputPath('ocr-tiff-page-2.png') });

  // Evidence on page 2 from the checklist: the quoted words marked on that page.
  await tools.getByRole('searchbox').fill('');
  await claim.waitForEngine();
  const evidence = claim
    .check('Partner and customer names')
    .getByRole('button', { name: /^Show evidence: / })
    .first();
  await expect(evidence).toContainText('Fabrikam');
  await evidence.click();
  const marks = claim.documents.locator('.poe-tiff-page[data-page-number="2"] .textLayer .poe-evidence-mark');
  await expect(marks.filter({ hasText: 'Fabrikam' })).toHaveCount(1);
  await expect.poll(async () => inkUnder(marks.first()).catch(() => 0)).toBeGreaterThan(0.03);
  await page.screenshot({ path: test.info().outputPath('ocr-tiff-evidence.png') });
});
