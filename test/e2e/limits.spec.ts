import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildTestZip } from '../../src/shared/zip/testing/zip-writer';
import { pngDeclaring } from '../../src/readers/testing/hostile-files';
import { expect, test, validClaim } from '../support/e2e-fixtures';

// Every test opens its own queue: the first run does not import the sample.
test.use({ firstRunSample: 'skip' });

/**
 * Issue 11 (one way in) and issue 12 (limits that hold on every path) through the web build: the
 * same queues `check` is tested with (src/cli/check-limits.test.ts), the same outcome and words.
 */

const CSV_HEADER =
  'Claim ID,Program,Solution area,Partner role,Status,Date created,Date submitted,Partner name,PartnerID,Customer name,Customer country,Workloads,Documents';

function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => (c === '\u20ac' ? 0x80 : c.charCodeAt(0))));
}

test('a Windows-1252 claims.csv with Partner Center dates, zipped in a folder beside junk, imports with its names intact', async ({
  shell,
  list,
  page,
  makeQueue,
}) => {
  const queue = await makeQueue({ schema: 'poe-queue/1', name: 'unused', claims: [] });
  const csv = cp1252(
    `${CSV_HEADER}\nW-1252,CPOR,Modern Work,Use or consume,Submitted,7/17/2026,7/18/2026,M\u00fcller \u20ac GmbH,5,Contoso,US,Microsoft Intune,\n`,
  );
  const zip = join(queue.root, 'export.zip');
  await writeFile(
    zip,
    buildTestZip([
      { name: '.DS_Store', data: 'x' },
      { name: 'export/claims.csv', data: csv },
      { name: '__MACOSX/export/._claims.csv', data: 'fork' },
    ]),
  );
  await shell.start();
  await shell.openQueueZip(zip);
  await shell.waitForImport();
  await list.openClaim('W-1252');
  const facts = page.getByRole('region', { name: 'Claim facts' });
  await expect(facts).toContainText('Müller € GmbH');
  await expect(shell.importIssues.filter({ hasText: /createdAt|submittedAt/ })).toHaveCount(0);
});

test('a queue .zip with two entries of one name is refused, naming the entry', async ({ shell, page, makeQueue }) => {
  const queue = await makeQueue({ schema: 'poe-queue/1', name: 'unused', claims: [] });
  const manifest = JSON.stringify({ schema: 'poe-queue/1', name: 'Dup', claims: [validClaim('D-1', { documents: [{ path: 'a.pdf' }] })] });
  const zip = join(queue.root, 'dup.zip');
  await writeFile(
    zip,
    buildTestZip([
      { name: 'queue.json', data: manifest },
      { name: 'a.pdf', data: '%PDF-1 one' },
      { name: 'a.pdf', data: '%PDF-1 two' },
    ]),
  );
  await shell.start();
  await shell.openQueueZip(zip);
  await expect(page.getByRole('alert')).toContainText('"dup.zip" zip refused: duplicate entry "a.pdf"');
  await expect(page.getByRole('button', { name: 'Open queue', exact: true })).toBeEnabled();
});

test('a queue .zip whose entries share one compressed record is refused before inflating', async ({ shell, page, makeQueue }) => {
  const queue = await makeQueue({ schema: 'poe-queue/1', name: 'unused', claims: [] });
  const manifest = JSON.stringify({ schema: 'poe-queue/1', name: 'Bomb', claims: [] });
  const zip = join(queue.root, 'overlap.zip');
  await writeFile(
    zip,
    buildTestZip(
      [
        { name: 'queue.json', data: manifest },
        { name: 'z.pdf', data: new Uint8Array(1 << 20) },
      ],
      { alias: { of: 1, name: 'c', count: 1000 } },
    ),
  );
  await shell.start();
  await shell.openQueueZip(zip);
  await expect(page.getByRole('alert')).toContainText(/"overlap\.zip" zip refused: .*overlapping entries/);
});

test('a queue.json nested 3,000 deep inside one claim imports the other claims and names the deep one', async ({
  shell,
  list,
  page,
  makeQueue,
}) => {
  const deep = { ...validClaim('DEEP-1'), x: JSON.parse(`${'['.repeat(3000)}1${']'.repeat(3000)}`) as unknown };
  const queue = await makeQueue({ schema: 'poe-queue/1', name: 'Deep', claims: [validClaim('OK-1'), deep, validClaim('OK-2')] });
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await expect(shell.importIssues).toContainText('claims[1] (claim DEEP-1) nests deeper than 64 levels: it was not read');
  await expect(list.row('OK-2')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open queue', exact: true })).toBeEnabled();
});

test('a queue.json nested 3,000 deep outside its claims ends the import with a message, never a hang', async ({
  shell,
  page,
  makeQueue,
}) => {
  const queue = await makeQueue({
    schema: 'poe-queue/1',
    name: 'Deep header',
    extra: JSON.parse(`${'['.repeat(3000)}1${']'.repeat(3000)}`) as unknown,
    claims: [],
  });
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await expect(page.getByRole('alert').or(shell.importIssues).first()).toContainText(/nests deeper than 64 levels/);
  await expect(page.getByRole('button', { name: 'Open queue', exact: true })).toBeEnabled();
});

test('an image declaring 50,000 × 50,000 pixels is refused by its header, worded as `check` words it, and never decoded', async ({
  shell,
  list,
  claim,
  makeQueue,
}) => {
  const queue = await makeQueue(
    { schema: 'poe-queue/1', name: 'Huge image', claims: [validClaim('IMG-1', { documents: [{ path: 'huge.png' }] })] },
    { 'huge.png': pngDeclaring(50_000, 50_000) },
  );
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await list.openClaim('IMG-1');
  await claim.selectDocument('huge.png');
  await expect(claim.documents.getByRole('alert')).toContainText(
    'huge.png could not be opened: refused (too large to read: 50,000 × 50,000 pixels, over the 50-megapixel limit)',
  );
  await expect(claim.documents.getByRole('img', { name: 'huge.png' })).toHaveCount(0);
});

test('a reload during an import says afterwards that it was interrupted, and the queue keeps what it showed before', async ({
  shell,
  list,
  page,
  makeQueue,
}) => {
  test.slow();
  const first = await makeQueue({ schema: 'poe-queue/1', name: 'Reload', claims: [validClaim('R-1')] });
  await shell.start();
  await shell.openQueueFolder(first.dir);
  await shell.waitForImport();
  await expect(list.row('R-1')).toBeVisible();
  // The same queue again, now with 1,500 claims and their documents: long enough to reload mid-way.
  const files: Record<string, Uint8Array> = {};
  const claims = Array.from({ length: 1500 }, (_, i) => {
    files[`docs/${i}.pdf`] = new TextEncoder().encode(`%PDF-1.4\n% ${'x'.repeat(20_000)}\n`);
    return validClaim(`R-${i + 2}`, { documents: [{ path: `docs/${i}.pdf` }] });
  });
  const second = await makeQueue({ schema: 'poe-queue/1', name: 'Reload', claims }, files);
  await shell.openQueueFolder(second.dir);
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'was interrupted' });
  await expect(notice).toContainText(/The import of ".+" .*was interrupted: the page was reloaded or closed before it finished/, {
    timeout: 20_000,
  });
  await expect(notice).toContainText('None of its claims were kept');
  await expect(list.row('R-1')).toBeVisible();
  await expect(list.row('R-2')).toHaveCount(0);
  // Said once: the next start is quiet.
  await page.reload();
  await expect(list.row('R-1')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'was interrupted' })).toHaveCount(0);
});
