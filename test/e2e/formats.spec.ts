import { ATTACHED_PDF, DOCX_CLAIM, MAIL_CLAIM, MAIL_NAME, XLSX_CLAIM, officeQueue } from '../support/format-claims';
import { expect, shareOnePageInThisFile, test } from '../support/e2e-fixtures';

// The three tests look at three claims of one queue: imported once for the file.
shareOnePageInThisFile();

test.beforeEach(async ({ shell, makeQueue, page }) => {
  await shell.startOnce();
  if (await page.getByRole('banner').getByText('Viewer formats batch').isVisible()) return;
  const { manifest, files } = await officeQueue();
  const queue = await makeQueue(manifest, files);
  await shell.openQueueZip(await queue.zip());
  await shell.waitForImport();
});

test('a .docx-only claim shows the document, and its evidence lands on the paragraph or cell', async ({ page, list, claim }) => {
  await list.openClaim(DOCX_CLAIM);
  const doc = claim.documents.getByRole('document', { name: 'Contoso-POE-acceptance.docx' });
  await expect(doc.getByRole('heading', { name: 'Proof of Execution' })).toBeVisible({ timeout: 20_000 });
  await expect(doc.getByRole('cell', { name: 'Accepted on behalf of Contoso' })).toBeVisible();
  await claim.waitForEngine();
  const evidence = claim
    .check('Customer signature or acknowledgement')
    .getByRole('button', { name: /Show evidence/ })
    .first();
  await evidence.click();
  const mark = doc.locator('.poe-evidence-mark').first();
  await expect(mark).toBeVisible();
  await expect(mark).toContainText(/Jane Doe|Contoso/);
  await page.screenshot({ path: test.info().outputPath('docx-evidence.png') });
});

test('an .xlsx-only claim shows sheets as a grid with formatted values, and its evidence lands on the cell', async ({
  page,
  list,
  claim,
}) => {
  await list.openClaim(XLSX_CLAIM);
  const doc = claim.documents.getByRole('document', { name: 'Contoso-POE-tracker.xlsx' });
  const sheets = doc.getByRole('tablist', { name: 'Sheets' });
  await expect(sheets.getByRole('tab', { name: 'Sign-off' })).toHaveAttribute('aria-selected', 'true', { timeout: 20_000 });
  await expect(sheets.getByRole('tab', { name: 'Old rates (hidden)' })).toBeVisible();
  const grid = doc.getByRole('region', { name: 'Sheet Sign-off' });
  await expect(grid.getByRole('columnheader', { name: 'D' })).toBeVisible();
  await expect(grid.getByRole('cell', { name: 'Proof of Execution: Microsoft Intune deployment' })).toHaveAttribute('colspan', '4');
  await expect(grid.getByRole('cell', { name: '01 Aug 2026' }).first()).toBeVisible();
  await expect(grid.getByRole('cell', { name: '25%' }).first()).toBeVisible();
  await claim.waitForEngine();
  await claim
    .check('Customer signature or acknowledgement')
    .getByRole('button', { name: /Show evidence/ })
    .first()
    .click();
  await expect(grid.locator('.poe-evidence-mark').filter({ hasText: 'Signed by Jane Doe' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('xlsx-evidence.png') });
  await sheets.getByRole('tab', { name: 'Old rates (hidden)' }).click();
  await expect(doc.getByText('This sheet is hidden in the workbook')).toBeVisible();
});

test('an e-mail shows what the engine read, its attached PDF opens as a document, and evidence lands in both', async ({
  page,
  list,
  claim,
}) => {
  await list.openClaim(MAIL_CLAIM);
  const mail = claim.documents.getByRole('document', { name: MAIL_NAME });
  await expect(mail).toContainText('John Doe <john.doe@contoso.com>', { timeout: 20_000 });
  await expect(mail.getByRole('region', { name: 'Message body' })).toContainText('signed by me for Contoso');
  const attachmentTab = claim.documents.getByRole('tab', { name: `${MAIL_NAME} › ${ATTACHED_PDF}` });
  await expect(attachmentTab).toBeVisible();
  await mail.getByRole('region', { name: 'Attachments' }).getByRole('button', { name: ATTACHED_PDF }).click();
  await expect(attachmentTab).toHaveAttribute('aria-selected', 'true');
  await claim.expectPagePainted(`${MAIL_NAME} › ${ATTACHED_PDF}`, 1);

  await claim.waitForEngine();
  // Evidence in the attached PDF opens the attachment at its page with the quote marked.
  const inPdf = claim.checklist.getByRole('button', { name: new RegExp(`Show evidence: .*${ATTACHED_PDF.replace(/\./g, '\\.')}`) }).first();
  await claim.documents.getByRole('tab', { name: MAIL_NAME, exact: true }).click();
  const more = claim.check('Customer signature or acknowledgement').getByRole('button', { name: /more$/ });
  if (await more.isVisible()) await more.click();
  await inPdf.click();
  await expect(attachmentTab).toHaveAttribute('aria-selected', 'true');
  await expect(claim.documents.locator('.poe-pdf-focus-box, .textLayer .highlight').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('mail-attachment-evidence.png') });

  // Evidence in the message itself scrolls to and marks its text.
  const inMail = claim.checklist.getByRole('button', { name: /Show evidence: .*Contoso\.eml · (headers|body)/ }).first();
  await inMail.click();
  await expect(claim.documents.getByRole('tab', { name: MAIL_NAME, exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(mail.locator('mark.poe-evidence-mark').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('mail-evidence.png') });
});
