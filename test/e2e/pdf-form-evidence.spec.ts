import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Locator } from '@playwright/test';
import { expect, test, validClaim } from '../support/e2e-fixtures';

// Every test opens its own queue: the first run does not import the sample.
test.use({ firstRunSample: 'skip' });

/**
 * A fillable PDF form: the customer's name, the date and the product's tick are form fields,
 * painted on the page but not in its text. Evidence quoting them is marked on the fields, where
 * the reviewer sees the values, and search finds a typed value.
 */

/** Field rectangles in PDF points (origin bottom-left) on a 612 × 792 page. */
const NAME_FIELD = { x: 180, y: 696, width: 220, height: 18 };
const INTUNE_BOX = { x: 470, y: 617, width: 12, height: 12 };

async function fillableForm(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  const form = doc.getForm();
  const text = (t: string, x: number, y: number, size = 11) => page.drawText(t, { x, y, size, font });
  text('Proof of Execution (POE) template', 56, 750, 15);
  text('Partner name:', 56, 720);
  text('Customer name:', 56, 700);
  text('Product', 56, 640);
  text('Description of work', 230, 640);
  text('In scope', 450, 640);
  text('Microsoft Intune', 56, 620);
  text('Enrolled 900 Windows devices', 230, 620);
  text('Microsoft Teams', 56, 600);
  text('Meeting rooms (not started)', 230, 600);
  const partner = form.createTextField('partner');
  partner.setText('Fabrikam');
  partner.addToPage(page, { x: 180, y: 716, width: 220, height: 18, font });
  const customer = form.createTextField('customer');
  customer.setText('Contoso');
  customer.addToPage(page, { ...NAME_FIELD, font });
  const intune = form.createCheckBox('intune');
  intune.addToPage(page, INTUNE_BOX);
  intune.check();
  form.createCheckBox('teams').addToPage(page, { x: 470, y: 597, width: 12, height: 12 });
  [
    'Description of the work performed: Fabrikam deployed Microsoft Intune for Contoso:',
    '900 Windows devices enrolled, compliance policies and conditional access for 1,000 users,',
    'pilot in June 2026, rollout by 10 September 2026.',
    'Customer acknowledgement: We, Contoso, accept the work described above.',
    'Signed by Jane Doe, CISO, Contoso, on 12 September 2026.',
  ].forEach((line, i) => text(line, 56, 540 - i * 16, 10));
  form.updateFieldAppearances(font);
  return doc.save({ useObjectStreams: false });
}

/** The mark's box on the page canvas, in PDF points (origin bottom-left). */
function markInPoints(mark: Locator): Promise<{ left: number; right: number; bottom: number; top: number } | null> {
  return mark.evaluate((el) => {
    const canvas = el.closest('.poe-pdf-page')?.querySelector('canvas');
    if (!canvas) return null;
    const c = canvas.getBoundingClientRect();
    const m = el.getBoundingClientRect();
    const k = 612 / c.width;
    return {
      left: (m.left - c.left) * k,
      right: (m.right - c.left) * k,
      top: 792 - (m.top - c.top) * k,
      bottom: 792 - (m.bottom - c.top) * k,
    };
  });
}

const inside = (r: { left: number; right: number; bottom: number; top: number }, f: typeof NAME_FIELD, slack = 3) =>
  r.left >= f.x - slack && r.right <= f.x + f.width + slack && r.bottom >= f.y - slack && r.top <= f.y + f.height + slack;

test("evidence quoting a fillable form's values is marked on the fields, and search finds a typed value", async ({
  page,
  shell,
  list,
  claim,
  makeQueue,
}) => {
  const queue = await makeQueue(
    {
      schema: 'poe-queue/1',
      name: 'Fillable form',
      claims: [validClaim('F-PDF', { documents: [{ path: 'F-PDF/poe-form.pdf' }] })],
    },
    { 'F-PDF/poe-form.pdf': await fillableForm() },
  );
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await list.openClaim('F-PDF');
  await claim.expectPagePainted('poe-form.pdf', 1);
  await claim.waitForEngine();

  // The product's row (its cells joined, as the engine quotes a table row): the row's box is
  // drawn over the page, the form's ticked check box inside it.
  const workload = claim
    .check('Workloads')
    .getByRole('button', { name: /Show evidence/ })
    .first();
  await expect(workload).toContainText('Microsoft Intune');
  await workload.click();
  const rowBox = claim.documents.locator('.poe-pdf-focus-box');
  await expect(rowBox).toBeVisible();
  const row = await markInPoints(rowBox);
  expect(row, 'row box').toBeTruthy();
  if (row) expect(row.left <= INTUNE_BOX.x && row.right >= INTUNE_BOX.x + INTUNE_BOX.width, JSON.stringify(row)).toBe(true);
  if (row) expect(row.bottom <= INTUNE_BOX.y + INTUNE_BOX.height && row.top >= INTUNE_BOX.y, JSON.stringify(row)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('form-workload-evidence.png') });

  // The customer's name, typed into its field.
  const namesCheck = claim.check('Partner and customer names');
  await namesCheck.getByRole('button', { name: /more$/ }).click();
  const names = namesCheck.getByRole('button', { name: /Show evidence/ });
  const customerEvidence = names.filter({ hasText: 'Customer name: Contoso' }).first();
  await expect(customerEvidence).toBeVisible();
  // The row names the form field the value was typed into, after the quote.
  await expect(customerEvidence.locator('.evidence-field')).toHaveText('field customer');
  await expect(customerEvidence).toHaveAttribute('title', /\nForm field: customer\n/);
  await page.screenshot({ path: test.info().outputPath('form-field-evidence-row.png') });
  await customerEvidence.click();
  const typed = claim.documents.locator('.textLayer .poe-evidence-mark').filter({ hasText: 'Contoso' });
  await expect(typed.first()).toBeVisible();
  const nameBox = await markInPoints(typed.first());
  expect(nameBox && inside(nameBox, NAME_FIELD), JSON.stringify(nameBox)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('form-name-evidence.png') });

  // Search finds the typed partner name in its field.
  const search = claim.documents.getByRole('toolbar', { name: 'Document tools' }).getByRole('searchbox');
  await search.fill('Fabrikam');
  await expect(claim.documents.locator('.textLayer .highlight').first()).toBeVisible();
});
