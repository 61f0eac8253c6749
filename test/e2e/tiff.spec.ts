import { expect, test, validClaim } from '../support/e2e-fixtures';
import { buildTiff } from '../support/tiff';

// Every test opens its own queue: the first run does not import the sample.
test.use({ firstRunSample: 'skip' });

const NAME = 'Contoso-signed-fax.tif';

test('a multi-page TIFF shows every page and its page count', async ({ page, shell, list, claim, makeQueue }) => {
  test.setTimeout(150_000);
  const tiff = buildTiff([
    { width: 850, height: 1100, rgb: [250, 250, 250], band: true },
    { width: 850, height: 1100, rgb: [255, 240, 200], band: true },
    { width: 1100, height: 850, rgb: [220, 235, 255], band: true },
  ]);
  const queue = await makeQueue(
    { schema: 'poe-queue/1', name: 'TIFF', claims: [validClaim('TIFF-1', { documents: [{ path: `TIFF-1/${NAME}` }] })] },
    { [`TIFF-1/${NAME}`]: tiff },
  );
  await page.setViewportSize({ width: 1366, height: 768 });
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await list.openClaim('TIFF-1');
  const tools = claim.documents.getByRole('toolbar', { name: 'Image tools' });
  await expect(tools).toContainText('3 pages', { timeout: 20_000 });
  await expect(claim.pageCanvas(NAME, 1)).toHaveAttribute('data-painted', 'true', { timeout: 20_000 });
  await page.screenshot({ path: test.info().outputPath('tiff-page-1.png') });
  for (const n of [2, 3]) {
    await claim.pageCanvas(NAME, n).scrollIntoViewIfNeeded();
    await expect(claim.pageCanvas(NAME, n)).toHaveAttribute('data-painted', 'true', { timeout: 20_000 });
  }
  // Each page holds its own pixels: the third (landscape, blue) is not a copy of the first.
  const corner = (n: number) =>
    claim.pageCanvas(NAME, n).evaluate((c: HTMLCanvasElement) => [...(c.getContext('2d')?.getImageData(1, 1, 1, 1).data ?? [])]);
  expect(await corner(3)).toEqual([220, 235, 255, 255]);
  expect(await corner(1)).toEqual([250, 250, 250, 255]);
  await page.screenshot({ path: test.info().outputPath('tiff-page-3.png') });
});
