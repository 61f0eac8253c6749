import { readFile } from 'node:fs/promises';
import { expect, sampleFile, test, validClaim } from '../support/e2e-fixtures';

// Every test opens its own queue: the first run does not import the sample.
test.use({ firstRunSample: 'skip' });

async function importQueue() {
  const sow = new Uint8Array(await readFile(sampleFile('1004973/Contoso-SOW-signed.pdf')));
  const { solutionArea: _dropped, ...missingField } = validClaim('E2E-3003');
  const manifest = {
    schema: 'poe-queue/1',
    name: 'E2E import batch',
    exportedAt: '2026-11-20T09:00:00Z',
    claims: [
      validClaim('E2E-1001', { documents: [{ path: 'E2E-1001/Contoso-SOW-signed.pdf' }], claimName: 'Valid claim' }),
      validClaim('E2E-2002', { claimName: 'First of a duplicate pair' }),
      validClaim('E2E-2002', { claimName: 'Second of a duplicate pair' }),
      missingField,
    ],
  };
  return { manifest, files: { 'E2E-1001/Contoso-SOW-signed.pdf': sow } };
}

test('a queue .zip opened with "Open queue" imports valid claims and names the issues', async ({ shell, list, claim, makeQueue }) => {
  const { manifest, files } = await importQueue();
  const queue = await makeQueue(manifest, files);
  await shell.start();
  await shell.openQueueZip(await queue.zip());
  await shell.waitForImport();
  await expect(shell.importIssues).toContainText('E2E-3003');
  await expect(shell.importIssues).toContainText('solutionArea');
  await expect(shell.importIssues).toContainText('E2E-2002');
  await expect(shell.importIssues).toContainText(/duplicate/i);
  await expect(list.row('E2E-1001')).toBeVisible();
  await list.openClaim('E2E-1001');
  await claim.expectPagePainted('Contoso-SOW-signed.pdf', 1);
});

test('a queue folder opened twice keeps one copy of each claim and its decisions', async ({ shell, list, claim, makeQueue }) => {
  const { manifest, files } = await importQueue();
  const queue = await makeQueue(manifest, files);
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await expect(list.row('E2E-1001')).toBeVisible();
  const before = await shell.claimCount();
  await list.openClaim('E2E-1001');
  await claim.decide('Reject', { reasons: ['Other (see comment)'], comment: 'Test decision before re-import.' });

  await claim.back();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await list.search('');
  await expect.poll(async () => (await shell.claimCount()).total).toBe(before.total);
  await list.search('E2E-1001');
  await expect(list.row('E2E-1001')).toHaveCount(1);
  await list.openClaim('E2E-1001');
  await expect(claim.history).toContainText('Reject');
  await expect(claim.history).toContainText('Test decision before re-import.');
});
