import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildXlsx, poeDocx } from '../../scripts/sample/office.mjs';
import { CORPUS_ROOT, CORPUS_SKIP_MESSAGE, HAS_CORPUS, expect, test, validClaim } from '../support/e2e-fixtures';

// Every test opens its own queue: the first run does not import the sample.
test.use({ firstRunSample: 'skip' });

/**
 * .docx and .xlsx views at their limits: a long document and a large, wide sheet whose evidence
 * lies far outside the first screen (virtualised away), and every hostile Office file of the
 * shared corpus. Nothing may leave the page and no script may run.
 */

const OFFICE_CORPUS = HAS_CORPUS
  ? ['docx', 'xlsx'].flatMap((dir) =>
      readdirSync(join(CORPUS_ROOT, dir))
        .filter((f) => f.endsWith(`.${dir}`))
        .sort(),
    )
  : [];

/** Every request the page and its workers make that is not the app's own origin (or in-page data). */
function watchRequests(page: Page, baseURL: string): string[] {
  const outside: string[] = [];
  page.context().on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  // A script that ran would most likely say so: any dialog fails the test.
  page.on('dialog', (dialog) => {
    outside.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return outside;
}

// Large enough that the evidence lies far outside the first screen in both directions (virtualised
// away on open), small enough to build and import quickly on a loaded machine.
const ROWS = 500;
const WIDE = 30;

test('evidence lands on a cell far down and to the right of a large sheet, and on the last paragraph of a long .docx', async ({
  page,
  shell,
  list,
  claim,
  makeQueue,
  baseURL,
}) => {
  const outside = watchRequests(page, baseURL ?? '');
  const header = Array.from({ length: WIDE }, (_, c) => (c === 0 ? 'Task' : `Measure ${c}`));
  const rows: (string | number | Date | null)[][] = [header];
  for (let r = 0; r < ROWS; r++) rows.push(Array.from({ length: WIDE }, (_, c) => (c === 0 ? `Intune enrolment task ${r + 1}` : r + c)));
  const signOff: (string | null)[] = Array.from({ length: WIDE }, () => null);
  signOff[0] = 'Customer acceptance';
  signOff[WIDE - 1] = 'Signed by Jane Doe, Contoso';
  rows.push(signOff);
  const xlsx = await buildXlsx([{ name: 'Tasks', rows, boldHeader: true }]);
  const docx = poeDocx({ pages: 20, customer: 'Contoso', partner: 'Fabrikam', signer: 'Jane Doe', date: '3 September 2026' });
  const customer = { name: 'Contoso', domain: 'contoso.com', country: 'US', sector: 'commercial' };
  const queue = await makeQueue(
    {
      schema: 'poe-queue/1',
      name: 'Large Office files',
      claims: [
        validClaim('O-XLSX', { customer, documents: [{ path: 'O-XLSX/tracker.xlsx' }] }),
        validClaim('O-DOCX', { customer, documents: [{ path: 'O-DOCX/acceptance.docx' }] }),
      ],
    },
    { 'O-XLSX/tracker.xlsx': xlsx, 'O-DOCX/acceptance.docx': docx },
  );
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();

  await list.openClaim('O-XLSX');
  const grid = claim.documents.getByRole('region', { name: 'Sheet Tasks' });
  await expect(grid.getByRole('cell', { name: 'Intune enrolment task 1', exact: true })).toBeVisible({ timeout: 60_000 });
  // Virtualised: a screen of rows and columns is in the page, not 500 × 30 cells.
  expect(await grid.locator('tbody td').count()).toBeLessThan((ROWS * WIDE) / 4);
  await expect(grid.getByRole('cell', { name: 'Signed by Jane Doe, Contoso' })).toHaveCount(0);
  await claim.waitForEngine();
  await claim
    .check('Customer signature or acknowledgement')
    .getByRole('button', { name: /Show evidence/ })
    .first()
    .click();
  const mark = grid.locator('.poe-evidence-mark').filter({ hasText: 'Signed by Jane Doe, Contoso' });
  await expect(mark).toBeVisible();
  await expect(mark).toBeInViewport();
  await expect(grid.getByRole('rowheader', { name: String(ROWS + 2), exact: true })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'AD', exact: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('xlsx-far-evidence.png') });

  await list.openClaim('O-DOCX');
  const doc = claim.documents.getByRole('document', { name: 'acceptance.docx' });
  await expect(doc.getByRole('heading', { name: 'Proof of Execution' })).toBeVisible({ timeout: 30_000 });
  await claim.waitForEngine();
  await claim
    .check('Customer signature or acknowledgement')
    .getByRole('button', { name: /Show evidence/ })
    .first()
    .click();
  const docMark = doc.locator('.poe-evidence-mark').first();
  await expect(docMark).toBeInViewport();
  await expect(docMark).toContainText(/Jane Doe|Contoso/);
  await page.screenshot({ path: test.info().outputPath('docx-far-evidence.png') });
  expect(outside).toEqual([]);
});

test('every hostile .docx and .xlsx of the corpus shows or fails naming the file, without freezing the app or reaching out', async ({
  page,
  shell,
  list,
  claim,
  makeQueue,
  baseURL,
}) => {
  test.skip(!HAS_CORPUS, CORPUS_SKIP_MESSAGE);
  test.setTimeout(240_000);
  const outside = watchRequests(page, baseURL ?? '');
  const files: Record<string, Uint8Array> = {};
  for (const name of OFFICE_CORPUS) {
    const dir = name.endsWith('.docx') ? 'docx' : 'xlsx';
    files[`H-OFFICE/${name}`] = new Uint8Array(await readFile(join(CORPUS_ROOT, dir, name)));
  }
  const queue = await makeQueue(
    {
      schema: 'poe-queue/1',
      name: 'Hostile Office files',
      claims: [validClaim('H-OFFICE', { documents: OFFICE_CORPUS.map((name) => ({ path: `H-OFFICE/${name}` })) })],
    },
    files,
  );
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await list.openClaim('H-OFFICE');
  for (const name of OFFICE_CORPUS) {
    await claim.selectDocument(name);
    const failed = claim.documents.getByRole('alert').filter({ hasText: name });
    // Shown: a .docx page with content, or an .xlsx with its sheet tabs (or a note that it has none).
    const shown = name.endsWith('.docx')
      ? claim.documents.getByRole('document', { name }).locator('.poe-docx-page, .poe-docx-text')
      : claim.documents.getByRole('tablist', { name: 'Sheets' }).or(claim.documents.getByText(`${name} has no worksheets.`));
    await expect(failed.or(shown).first(), name).toBeVisible({ timeout: 45_000 });
    if (await failed.isVisible())
      await expect(failed).toHaveText(new RegExp(`^${name.replace(/\./g, '\\.')} could not be opened: .+ \\(.{8,}\\)$`));
    // Still answering: the keyboard shortcuts open and close.
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible({ timeout: 5_000 });
    await page.keyboard.press('Escape');
  }
  await page.screenshot({ path: test.info().outputPath('office-corpus-last.png') });
  expect(outside).toEqual([]);
});
