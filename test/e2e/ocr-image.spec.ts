import type { Locator } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { expect, test } from '../support/e2e-fixtures';

/**
 * OCR on an image POE: claim 1005170 of the sample queue holds a phone photo of a signed sign-off
 * page (signed-page-photo.png, no text layer of its own). The app reads it by OCR once (the
 * engine's worker, cached by the file's hash) and the viewer lays the words over the photo:
 * the note with the OCR confidence, search that finds the words (and says the text is not read
 * yet until it is), evidence marked on the word boxes.
 */
const PHOTO = 'signed-page-photo.png';

/**
 * Share of the image's pixels under `mark` that are ink (far darker than most of them): a mark on its
 * word covers the word's letters. With `skewUndone`, the mark's box is read with its text layer's skew
 * set to 0 and put back in the same task of the page, so no render of the app comes in between.
 */
function inkUnder(mark: Locator, skewUndone = false): Promise<number> {
  return mark.evaluate((el, undo) => {
    const img = el.closest('.poe-image-page')?.querySelector('img');
    if (!img?.naturalWidth) return -1;
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) return -1;
    ctx.drawImage(img, 0, 0);
    const r = img.getBoundingClientRect();
    const layer = el.closest<HTMLElement>('.textLayer');
    const skew = layer?.style.getPropertyValue('--poe-skew') ?? '';
    if (undo) layer?.style.setProperty('--poe-skew', '0deg');
    const m = el.getBoundingClientRect();
    if (undo) layer?.style.setProperty('--poe-skew', skew);
    const k = img.naturalWidth / r.width;
    const x = Math.max(0, Math.floor((m.left - r.left) * k));
    const y = Math.max(0, Math.floor((m.top - r.top) * k));
    const w = Math.min(canvas.width - x, Math.ceil(m.width * k));
    const h = Math.min(canvas.height - y, Math.ceil(m.height * k));
    if (w <= 0 || h <= 0) return 0;
    const { data } = ctx.getImageData(x, y, w, h);
    // Letters are much darker than what is around them (paper); the photo's dark desk is dark all over.
    const lum: number[] = [];
    for (let i = 0; i < data.length; i += 4) lum.push(0.3 * (data[i] ?? 0) + 0.59 * (data[i + 1] ?? 0) + 0.11 * (data[i + 2] ?? 0));
    const median = [...lum].sort((a, b) => a - b)[Math.floor(lum.length / 2)] ?? 0;
    const ink = lum.filter((l) => l < median - 80).length;
    return ink / (w * h);
  }, skewUndone);
}

test('a photographed POE gets its OCR words as a text layer: note, search, evidence on the word boxes', async ({
  page,
  shell,
  list,
  claim,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await shell.start();
  await shell.ensureSampleQueue();
  await list.openClaim('1005170');
  await claim.selectDocument(PHOTO);
  await expect(claim.documents.getByRole('img', { name: PHOTO })).toBeVisible();

  // Searching before OCR has read the photo says so, never "No matches"; then the word is found.
  const tools = claim.documents.getByRole('toolbar', { name: 'Image tools' });
  await tools.getByRole('searchbox').fill('Lindqvist');
  const status = tools.locator('.poe-pdf-search-status');
  const seen = new Set<string>();
  await expect
    .poll(
      async () => {
        const text = (await status.textContent()) ?? '';
        seen.add(text);
        return text;
      },
      { timeout: 200_000, intervals: [250] },
    )
    .toMatch(/^1 of 1/);
  expect([...seen].filter((s) => s.startsWith('No matches'))).toEqual([]);

  const photo = claim.documents.locator('.poe-image-page');
  // Once the match shows, the words' layer is not laid out again: when the engine's reading ends
  // (its "reading" mark goes 1.5 s after) the words are the same, and so are their spans.
  const firstWord = await photo.locator('.textLayer span').first().elementHandle();
  await claim.waitForEngine();
  await page.waitForTimeout(2_500);
  expect(await firstWord?.evaluate((el) => el.isConnected), 'the text layer kept its spans').toBe(true);
  await firstWord?.dispose();
  // The note stands above the photo, never over it (laid over the page it hid the scan's first line).
  const note = claim.documents.getByRole('note').filter({ hasText: /^Scanned page/ });
  await expect(note).toHaveText(/^Scanned page: text by OCR \(confidence \d{2,3}%\)$/);
  const image = photo.getByRole('img', { name: PHOTO });
  const view = claim.documents.getByRole('document', { name: PHOTO });
  /** How much of the photo as seen (its box clipped by the scrolled view) the note's box covers. */
  const overlap = async () => {
    const [a, img, v] = await Promise.all([note.boundingBox(), image.boundingBox(), view.boundingBox()]);
    if (!a || !img || !v) return 'no box';
    const left = Math.max(a.x, img.x, v.x);
    const top = Math.max(a.y, img.y, v.y);
    const w = Math.min(a.x + a.width, img.x + img.width, v.x + v.width) - left;
    const h = Math.min(a.y + a.height, img.y + img.height, v.y + v.height) - top;
    return w > 0 && h > 0 ? `${Math.round(w)}×${Math.round(h)} px of the photo covered` : 'none';
  };
  expect(await overlap()).toBe('none');
  await expect(photo.locator('.textLayer')).toContainText('Lindqvist');
  const hit = photo.locator('.textLayer .highlight.selected');
  await expect(hit).toHaveText('Lindqvist');
  // The mark sits on the word's letters in the photo, at the size the photo is shown.
  await expect.poll(async () => inkUnder(hit)).toBeGreaterThan(0.03);
  await page.screenshot({ path: test.info().outputPath('ocr-image-search.png') });

  // The photo lies askew (about 2.5°): OCR read it straightened, and its words are turned back onto
  // their ink. A word far from the photo's centre shows it: left in the straightened frame (the
  // layer's skew undone), its mark slides off its letters by 10-20 pixels.
  await tools.getByRole('searchbox').fill('Project');
  const far = photo.locator('.textLayer .highlight.selected');
  await expect(far).toHaveText('Project');
  const skew = await photo.locator('.textLayer').evaluate((el) => el.style.getPropertyValue('--poe-skew'));
  expect(skew).toMatch(/^-2\.\d+deg$/);
  // The skew is undone and put back inside one task of the page (undone in a task of its own, the
  // app's next render of the layer set it again before the read: both reads gave one box), and the
  // pair is read again until both come from one layer (the new search lays out marks anew).
  await expect
    .poll(
      async () => {
        const onInk = await inkUnder(far);
        const offInk = await inkUnder(far, true);
        return onInk > 0.05 && onInk > offInk * 1.5 ? 'on its ink' : `ink ${onInk} turned, ${offInk} with the skew undone`;
      },
      { timeout: 30_000 },
    )
    .toBe('on its ink');
  // The scan with its text layer, note and search is as accessible as the rest of the claim view.
  expect(await seriousViolations(page), 'claim view with a scanned image').toEqual([]);

  // Evidence from the checklist marks the whole quote on the OCR words.
  await tools.getByRole('searchbox').fill('');
  await expect(photo.locator('.textLayer .highlight')).toHaveCount(0);
  await claim.waitForEngine();
  const evidence = claim
    .check('Customer signature or acknowledgement')
    .getByRole('button', { name: /^Show evidence: / })
    .filter({ hasText: /Lindqvist|signature/i })
    .first();
  await evidence.click();
  const marks = photo.locator('.textLayer .poe-evidence-mark');
  await expect(marks.first()).toBeVisible();
  expect(await marks.count()).toBeGreaterThan(1);
  await expect.poll(async () => inkUnder(marks.first())).toBeGreaterThan(0.03);
  await page.screenshot({ path: test.info().outputPath('ocr-image-evidence.png') });

  // Zoomed in, the layer follows the photo's new size: the mark is still on its word.
  await page.evaluate(() => {
    const w = window as unknown as { poeLongTasks: number[] };
    w.poeLongTasks = [];
    new PerformanceObserver((list) => w.poeLongTasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({
      type: 'longtask',
    });
  });
  await tools.getByRole('button', { name: 'Zoom in' }).click();
  await expect(marks.first()).toBeVisible();
  // Read before the pixel check below, whose drawing of the photo in the page is a long task of its own.
  await page.waitForTimeout(1_500);
  const longTasks = await page.evaluate(() => (window as unknown as { poeLongTasks: number[] }).poeLongTasks);
  await expect.poll(async () => inkUnder(marks.first())).toBeGreaterThan(0.03);
  test.info().annotations.push({ type: 'long tasks while the layer is laid out again (ms)', description: JSON.stringify(longTasks) });

  // Zoomed in until the photo is far taller than the view and scrolled to its foot, the OCR note stays in view.
  for (let i = 0; i < 3; i++) await tools.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => view.evaluate((el) => el.scrollHeight / el.clientHeight)).toBeGreaterThan(2);
  await view.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(note).toBeInViewport();
  expect(await overlap()).toBe('none');
  // Scrolled to the middle (the photo then fills the view above and below the note's line), still none.
  await view.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2, left: 0 }));
  await expect(note).toBeInViewport();
  expect(await overlap()).toBe('none');
  await page.screenshot({ path: test.info().outputPath('ocr-image-note-scrolled.png') });
});
