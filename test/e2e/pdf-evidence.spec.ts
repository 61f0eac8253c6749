import { PDFDocument, StandardFonts, degrees } from 'pdf-lib';
import type { Locator } from '@playwright/test';
import { expect, test, validClaim } from '../support/e2e-fixtures';

// Every test opens its own queue: the first run does not import the sample.
test.use({ firstRunSample: 'skip' });

/**
 * Evidence in a PDF lands on the whole quoted span: a customer's acknowledgement that wraps onto
 * a second line, with the signer's name set in bold (a text item of its own), is marked on every
 * line and item it covers, not only on the item where the quote starts.
 */

/** A one-page POE as a word processor prints it: one text item per run of one font, lines wrapped. */
async function wrappedAcknowledgement(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([612, 792]);
  const lines = [
    'Proof of Execution: Microsoft Intune deployment',
    'Partner: Fabrikam. Customer: Contoso. Workshop delivered 1 September 2026.',
    'Fabrikam delivered the Microsoft Intune deployment: enrolment, compliance policies, conditional access.',
  ];
  lines.forEach((text, i) => page.drawText(text, { x: 56, y: 740 - i * 16, size: 11, font: regular }));
  // The acknowledgement: "Signed by" ends line 1, the name opens line 2 in bold, the date follows.
  const first = 'We, Contoso, accept that the deployment was delivered as described. Signed by';
  page.drawText(first, { x: 56, y: 680, size: 11, font: regular });
  page.drawText('Jane Doe', { x: 56, y: 664, size: 11, font: bold });
  page.drawText(', CISO, Contoso, on 3 September 2026.', {
    x: 56 + bold.widthOfTextAtSize('Jane Doe', 11),
    y: 664,
    size: 11,
    font: regular,
  });
  return doc.save({ useObjectStreams: false });
}

test('evidence whose quote wraps over two lines and several text items is marked on all of them', async ({
  page,
  shell,
  list,
  claim,
  makeQueue,
}) => {
  const queue = await makeQueue(
    {
      schema: 'poe-queue/1',
      name: 'Wrapped evidence',
      claims: [validClaim('W-PDF', { documents: [{ path: 'W-PDF/acknowledgement.pdf' }] })],
    },
    { 'W-PDF/acknowledgement.pdf': await wrappedAcknowledgement() },
  );
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await list.openClaim('W-PDF');
  await claim.expectPagePainted('acknowledgement.pdf', 1);
  await claim.waitForEngine();
  const evidence = claim
    .check('Customer signature or acknowledgement')
    .getByRole('button', { name: /Show evidence/ })
    .first();
  await expect(evidence).toContainText('Signed by Jane Doe');
  await evidence.click();

  const marks = claim.documents.locator('.textLayer .poe-evidence-mark');
  await expect(marks.first()).toBeVisible();
  // Every part of the quote is marked: the end of line 1, the bold name and the rest of line 2.
  await expect.poll(async () => (await marks.allTextContents()).join('')).toContain('Signed by');
  const marked = (await marks.allTextContents()).join(' ');
  expect(marked).toContain('Jane Doe');
  expect(marked).toContain('3 September 2026');
  const tops = new Set<number>();
  for (const box of await Promise.all((await marks.all()).map((m) => m.boundingBox()))) if (box) tops.add(Math.round(box.y / 4));
  expect(tops.size).toBeGreaterThanOrEqual(2);
  // The text is marked, so the box of the quote's first item is not drawn over it.
  await expect(claim.documents.locator('.poe-pdf-focus-box')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('pdf-wrapped-evidence.png') });
});

/** Share of the page canvas's pixels under `mark` that are ink (dark): a mark placed on its words covers their glyphs. */
function inkUnder(mark: Locator): Promise<number> {
  return mark.evaluate((el) => {
    const canvas = el.closest('.poe-pdf-page')?.querySelector('canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return -1;
    const c = canvas.getBoundingClientRect();
    const m = el.getBoundingClientRect();
    const kx = canvas.width / c.width;
    const ky = canvas.height / c.height;
    const x = Math.max(0, Math.floor((m.left - c.left) * kx));
    const y = Math.max(0, Math.floor((m.top - c.top) * ky));
    const w = Math.min(canvas.width - x, Math.ceil(m.width * kx));
    const h = Math.min(canvas.height - y, Math.ceil(m.height * ky));
    if (w <= 0 || h <= 0) return 0;
    const { data } = ctx.getImageData(x, y, w, h);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) ink++;
    return ink / (w * h);
  });
}

test('pages turned by /Rotate 90, 180 and 270 get their text layer and evidence on their words', async ({
  page,
  shell,
  list,
  claim,
  makeQueue,
}) => {
  test.setTimeout(90_000);
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const turn of [90, 180, 270]) {
    const p = doc.addPage([612, 792]);
    p.setRotation(degrees(turn));
    p.drawText('Proof of Execution: Microsoft Intune deployment for Contoso', { x: 56, y: 740, size: 12, font });
    p.drawText('Workshop delivered 1 September 2026.', { x: 56, y: 700, size: 12, font });
    p.drawText('Signed by Jane Doe, CISO, Contoso, on 3 September 2026.', { x: 56, y: 400, size: 16, font });
  }
  const bytes = await doc.save({ useObjectStreams: false });
  const queue = await makeQueue(
    { schema: 'poe-queue/1', name: 'Rotated', claims: [validClaim('R-PDF', { documents: [{ path: 'R-PDF/rotated.pdf' }] })] },
    { 'R-PDF/rotated.pdf': bytes },
  );
  await page.setViewportSize({ width: 1366, height: 900 });
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await list.openClaim('R-PDF');
  await claim.expectPagePainted('rotated.pdf', 1);

  // Search marks "Jane Doe" on each page, on the glyphs: turned with the page, not where the unturned page had them.
  const search = claim.documents.getByRole('toolbar', { name: 'Document tools' }).getByRole('searchbox');
  await search.fill('Jane Doe');
  for (const [i, turn] of [90, 180, 270].entries()) {
    const n = i + 1;
    const pageBox = claim.documents.locator(`.poe-pdf-page[data-page-number="${n}"]`);
    await pageBox.scrollIntoViewIfNeeded();
    await claim.expectPagePainted('rotated.pdf', n);
    const mark = pageBox.locator('.textLayer .highlight');
    await expect(mark).toHaveText('Jane Doe');
    const box = await mark.boundingBox();
    expect(box).toBeTruthy();
    if (!box) continue;
    // Text runs down (90), up (270) or upside down (180) with its page.
    if (turn === 180) expect(box.width).toBeGreaterThan(box.height);
    else expect(box.height).toBeGreaterThan(box.width * 2);
    expect(await inkUnder(mark), `ink under the mark on the page turned ${turn}`).toBeGreaterThan(0.08);
    await page.screenshot({ path: test.info().outputPath(`rotated-${turn}-search.png`) });
  }
  await search.fill('');

  // Evidence on the turned page lands on the quote's glyphs.
  await claim.waitForEngine();
  const evidence = claim
    .check('Customer signature or acknowledgement')
    .getByRole('button', { name: /Show evidence/ })
    .first();
  await expect(evidence).toContainText('Jane Doe');
  await evidence.click();
  const marks = claim.documents.locator('.textLayer .poe-evidence-mark');
  await expect(marks.first()).toBeVisible();
  expect(await inkUnder(marks.first())).toBeGreaterThan(0.08);
  await page.screenshot({ path: test.info().outputPath('rotated-evidence.png') });
});
