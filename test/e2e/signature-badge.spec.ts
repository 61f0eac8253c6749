import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORPUS_ROOT, CORPUS_SKIP_MESSAGE, HAS_CORPUS, expect, test, validClaim } from '../support/e2e-fixtures';

// Every test opens its own queue: the first run does not import the sample.
test.use({ firstRunSample: 'skip' });

const NAME = 'okular-signed.pdf';

test('a signed PDF shows who signed, when, intact or not, the certificate and that trust was not checked', async ({
  page,
  shell,
  list,
  claim,
  makeQueue,
}) => {
  test.skip(!HAS_CORPUS, CORPUS_SKIP_MESSAGE);
  test.setTimeout(120_000);
  const bytes = new Uint8Array(await readFile(join(CORPUS_ROOT, 'pdf-signed', 'okular-signed-libreoffice_issue16553.pdf')));
  const queue = await makeQueue(
    { schema: 'poe-queue/1', name: 'Signed', claims: [validClaim('SIG-1', { documents: [{ path: `SIG-1/${NAME}` }] })] },
    { [`SIG-1/${NAME}`]: bytes },
  );
  await page.setViewportSize({ width: 1366, height: 768 });
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await list.openClaim('SIG-1');
  const badges = claim.documents.getByRole('list', { name: 'Signatures' });
  await expect(badges).toContainText('Signed by ONDŘEJ MACHULDA, 2023-06-15 10:05 UTC — intact', { timeout: 30_000 });
  await expect(badges).toContainText(/Certificate: CN=ONDŘEJ MACHULDA.* · trust not checked/);
  await expect(claim.documents.getByRole('tab', { name: NAME })).toHaveAccessibleDescription('signed, intact');
  await page.screenshot({ path: test.info().outputPath('signature-badge.png') });
});
