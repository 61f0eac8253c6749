import { expect, test } from '../support/e2e-fixtures';

/**
 * OCR in the app: claim 1005155 of the sample queue has a POE whose second page is a scan
 * without a text layer (signed in ink, dated 2/10/2026). The app reads it by OCR in a worker
 * (tesseract.js from the app's own assets), judges the checks from its words as `check` does
 * (src/cli/check-sample-queue.test.ts: approve, every check passing), and the viewer lays the
 * words over the scan: a note with the page's confidence, search, evidence on the word boxes.
 */
const SCAN = 'Margies-Travel-POE-scan.pdf';

test('a scanned POE is read by OCR: checks judged from its words, text layer, search and evidence on the scan', async ({
  page,
  shell,
  list,
  claim,
}) => {
  // OCR of a 300 dpi page in WebAssembly takes tens of seconds on CI's two loaded cores, on top
  // of the first-page cold start (README "OCR"); the reading itself is bounded by LIMITS.ocrDocumentMs.
  test.setTimeout(240_000);
  const remote: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) remote.push(r.url());
  });
  await shell.start();
  await shell.ensureSampleQueue();
  await list.openClaim('1005155');
  await claim.selectDocument(SCAN);
  await claim.expectPagePainted(SCAN, 1);

  // Searching the scan before its OCR is done never says "No matches": it says the text is not read yet.
  const toolbar = claim.documents.getByRole('toolbar', { name: 'Document tools' });
  await toolbar.getByRole('searchbox').fill('Siddiqui');
  const status = toolbar.locator('.poe-pdf-search-status');
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
  const scanPage = claim.documents.locator('.poe-pdf-page[data-page-number="2"]');
  const firstWord = await scanPage.locator('.textLayer span').first().elementHandle();

  // The checks are judged from the scan's words, as `check` judges them.
  await claim.waitForEngine();
  // Once the match shows, the scan's text layer is not laid out again: when the engine's reading
  // ends (its "reading" mark goes 1.5 s after) the words are the same, and so are their spans.
  await page.waitForTimeout(2_500);
  expect(await firstWord?.evaluate((el) => el.isConnected), 'the text layer kept its spans').toBe(true);
  await firstWord?.dispose();
  const signature = claim.check('Customer signature or acknowledgement');
  await expect(signature).toContainText('Pass');
  await expect(signature).toContainText('dated 2026-10-02');
  await expect(claim.check('Dates')).toContainText('Pass');

  // The scanned page shows its OCR text layer, and the note with its confidence stands in a strip
  // above the pages, never over the scan (laid over the page's top right, it hid what is there).
  const note = claim.documents.getByRole('note').filter({ hasText: /^(Scanned page|Page \d)/ });
  await expect(note).toHaveText(/^Scanned page: text by OCR \(confidence \d{2,3}%\)$/);
  const [noteBox, viewBox] = await Promise.all([note.boundingBox(), claim.documents.locator('.poe-pdf-scroll').boundingBox()]);
  expect(noteBox && viewBox && noteBox.y + noteBox.height <= viewBox.y + 0.5, 'the note is above the scrolled pages').toBe(true);
  await expect(scanPage.locator('.textLayer')).toContainText('Siddiqui');
  await expect(scanPage.locator('.textLayer .highlight.selected')).toHaveText('Siddiqui');
  await page.screenshot({ path: test.info().outputPath('ocr-search.png') });

  // Evidence on the scan lands on its page and marks the quote on the OCR words' boxes.
  await toolbar.getByRole('searchbox').fill('');
  await expect(scanPage.locator('.textLayer .highlight')).toHaveCount(0);
  await signature
    .getByRole('button', { name: /^Show evidence: / })
    .first()
    .click();
  const marked = scanPage.locator('.textLayer .highlight');
  await expect(marked.filter({ hasText: 'Siddiqui' })).toHaveCount(1);
  await expect(marked.filter({ hasText: 'Manager' })).toHaveCount(1);
  // Each mark sits on its word's pixels: its box is the OCR word box laid over the scan.
  const word = await marked.filter({ hasText: 'Siddiqui' }).boundingBox();
  const pageBox = await scanPage.boundingBox();
  expect(word && pageBox).toBeTruthy();
  if (word && pageBox) {
    expect(word.width).toBeGreaterThan(20);
    expect(word.height).toBeGreaterThan(5);
    expect(word.y).toBeGreaterThan(pageBox.y + pageBox.height * 0.4);
  }
  await page.screenshot({ path: test.info().outputPath('ocr-evidence.png') });
  // On the PDF's own-text first page the strip stays (the pages do not move) and names the scan.
  await toolbar.getByRole('button', { name: 'Previous page' }).click();
  await expect(note).toHaveText('Page 2 is a scan: its text by OCR');
  expect(remote).toEqual([]);
});
