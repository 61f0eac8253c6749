import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORPUS_ROOT, expect, test, validClaim } from './support/fixtures';
import type { Page } from '@playwright/test';

const BROKEN = readdirSync(join(CORPUS_ROOT, 'pdf-broken')).filter((f) => f.endsWith('.pdf')).sort();
const BOMB = 'giant-jbig2-35000px.pdf';

/** The page answers a click within a few seconds: the shortcuts dialog opens and closes. */
async function expectResponsive(page: Page): Promise<void> {
  const started = Date.now();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible({ timeout: 5_000 });
  expect(Date.now() - started, 'ms from click to the shortcuts dialog').toBeLessThan(5_000);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
}

test('hostile corpus PDFs end in a clear state and never freeze the app', async ({ shell, list, claim, makeQueue, page }) => {
  test.setTimeout(120_000);
  const files: Record<string, Uint8Array> = {};
  for (const name of BROKEN) files[`H-2/${name}`] = new Uint8Array(await readFile(join(CORPUS_ROOT, 'pdf-broken', name)));
  files[`H-1/${BOMB}`] = new Uint8Array(await readFile(join(CORPUS_ROOT, 'pdf-scanned', BOMB)));
  const queue = await makeQueue(
    {
      schema: 'poe-queue/1',
      name: 'Hostile corpus',
      claims: [
        validClaim('H-1', { documents: [{ path: `H-1/${BOMB}` }] }),
        validClaim('H-2', { documents: BROKEN.map((name) => ({ path: `H-2/${name}` })) }),
      ],
    },
    files,
  );
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();

  await list.openClaim('H-1');
  await expectResponsive(page);
  // The bomb is either painted at a bounded size or refused with an alert naming it.
  await expect(claim.documents.getByRole('alert').filter({ hasText: BOMB }).or(claim.pageCanvas(BOMB, 1)).first()).toBeVisible({ timeout: 30_000 });
  await expectResponsive(page);

  await list.openClaim('H-2');
  for (const name of BROKEN) {
    await claim.selectDocument(name);
    await expect(claim.documents.getByRole('alert').filter({ hasText: name }).or(claim.pageCanvas(name, 1)).first()).toBeVisible({ timeout: 30_000 });
    await expectResponsive(page);
  }
  await claim.decide('Action required', { reasons: ['Documents missing, unreadable or password protected'], comment: 'Damaged files.' });
});
