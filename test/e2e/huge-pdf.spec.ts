import { buildHugePdf } from '../../scripts/bench/huge-pdf.mjs';
import { expect, test, validClaim } from '../support/e2e-fixtures';

// The background check reads the huge file too (and refuses it): part of what this spec waits on.
test.use({ backgroundChecks: 'running', firstRunSample: 'skip' });

const PAGES = 100_000;
const NAME = 'huge.pdf';
/** Pages near the screen and their thumbnails: a handful each, never one per page. */
const MAX_CANVASES = 40;

test('a 100,000-page PDF opens, scrolls, and keeps only the pages near the screen in the DOM', async ({
  page,
  shell,
  list,
  claim,
  makeQueue,
}) => {
  test.setTimeout(240_000);
  const queue = await makeQueue(
    { schema: 'poe-queue/1', name: 'Huge page count', claims: [validClaim('HUGE-1', { documents: [{ path: `HUGE-1/${NAME}` }] })] },
    { [`HUGE-1/${NAME}`]: buildHugePdf(PAGES) },
  );
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  // The background check reads the same 20 MB file in another worker (and refuses it: over the
  // readers' 10,000-page limit); on a loaded two-core machine the viewer's open budget is about
  // the viewer, not that contention.
  await expect(page.getByRole('group', { name: 'Checking every claim' })).toBeHidden({ timeout: 120_000 });
  await list.openClaim('HUGE-1');
  await claim.expectPagePainted(NAME, 1);
  // The viewer shows it; the checklist could not read it, and the claim says why.
  await expect(claim.facts).toContainText('too large to read: 100,000 pages, over the 10,000-page limit', { timeout: 60_000 });

  const docs = claim.documents;
  // Pages past the view's limit are not dropped silently.
  await expect(docs.getByRole('note')).toHaveText('This PDF has 100,000 pages; the viewer shows the first 5,000.');
  await expect(docs.locator('.poe-pdf-page-count')).toHaveText('of 5000');
  const canvases = () => docs.locator('canvas').count();
  expect(await canvases(), 'canvases after opening').toBeLessThanOrEqual(MAX_CANVASES);

  // Scrolling with the wheel moves through the pages; the page number follows.
  const pages = docs.getByRole('document', { name: NAME });
  await pages.hover();
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 2_000);
  await expect.poll(async () => Number(await docs.getByRole('spinbutton', { name: 'Page number' }).inputValue())).toBeGreaterThan(3);

  // Jumping far: the page is laid out, painted and its text is selectable.
  const input = docs.getByRole('spinbutton', { name: 'Page number' });
  await input.fill('4321');
  await input.press('Enter');
  await claim.expectPagePainted(NAME, 4321);
  await expect(pages.locator('[data-page-number="4321"] .textLayer')).toContainText('Page 4321 of 100000');
  await expect(
    docs.getByRole('navigation', { name: 'Thumbnails' }).getByRole('button', { name: 'Page 4321', exact: true }),
  ).toHaveAttribute('aria-current', 'page');
  expect(await canvases(), 'canvases after scrolling and jumping').toBeLessThanOrEqual(MAX_CANVASES);
  expect(await docs.locator('.poe-pdf-page').count(), 'page placeholders in the DOM').toBeLessThanOrEqual(MAX_CANVASES / 2);

  // The last listed page can be reached.
  await input.fill('5000');
  await input.press('Enter');
  await claim.expectPagePainted(NAME, 5000);
  await page.screenshot({ path: test.info().outputPath('huge-pdf-last-page.png') });
});
