import { DOCX_CLAIM, XLSX_CLAIM, officeQueue } from './support/format-claims';
import { expect, test } from './support/fixtures';

test.beforeEach(async ({ shell, makeQueue }) => {
  const { manifest, files } = await officeQueue();
  const queue = await makeQueue(manifest, files);
  await shell.start();
  await shell.openQueueZip(await queue.zip());
  await shell.waitForImport();
});

test('a .docx-only claim shows the document, and its evidence lands on the paragraph or cell', async ({ page, list, claim }) => {
  await list.openClaim(DOCX_CLAIM);
  const doc = claim.documents.getByRole('document', { name: 'Contoso-POE-acceptance.docx' });
  await expect(doc.getByRole('heading', { name: 'Proof of Execution' })).toBeVisible({ timeout: 20_000 });
  await expect(doc.getByRole('cell', { name: 'Accepted on behalf of Contoso' })).toBeVisible();
  await claim.waitForEngine();
  const evidence = claim.check('Customer signature or acknowledgement').getByRole('button', { name: /Show evidence/ }).first();
  await evidence.click();
  const mark = doc.locator('.poe-evidence-mark').first();
  await expect(mark).toBeVisible();
  await expect(mark).toContainText(/Jane Doe|Contoso/);
  await page.screenshot({ path: test.info().outputPath('docx-evidence.png') });
});

test('an .xlsx-only claim shows sheets as a grid with formatted values, and its evidence lands on the cell', async ({ page, list, claim }) => {
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
  await claim.check('Customer signature or acknowledgement').getByRole('button', { name: /Show evidence/ }).first().click();
  await expect(grid.locator('.poe-evidence-mark').filter({ hasText: 'Signed by Jane Doe' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('xlsx-evidence.png') });
  await sheets.getByRole('tab', { name: 'Old rates (hidden)' }).click();
  await expect(doc.getByText('This sheet is hidden in the workbook')).toBeVisible();
});
