import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect, test, validClaim } from '../support/e2e-fixtures';

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
