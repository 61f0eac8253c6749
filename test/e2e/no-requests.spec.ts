import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { buildXlsx, poeDocx } from '../../scripts/sample/office.mjs';
import { CORPUS_ROOT, HAS_CORPUS, expect, sampleFile, test, validClaim } from '../support/e2e-fixtures';
import { buildTiff } from '../support/tiff';

/**
 * Nothing the reviewer opens reaches out: every format the viewer shows (PDF, .docx, .xlsx, .eml,
 * .msg, image, TIFF) is opened in turn, and no request from the page or its workers goes to any
 * origin but the app's own, even when the file asks for remote content.
 */

// The test opens its own queue; the sample queue's first-run import is not what it is about.
test.use({ firstRunSample: 'skip' });

const CLAIM = 'NET-1';

/** A message whose HTML part asks for a tracking pixel, a remote style sheet and a remote font. */
function mailWithRemoteContent(): Uint8Array {
  const html = [
    '<html><head><link rel="stylesheet" href="https://tracker.example/mail.css">',
    '<style>@import url(https://tracker.example/import.css); @font-face { font-family: x; src: url(https://tracker.example/f.woff); } body { background: url(https://tracker.example/bg.png); }</style></head>',
    '<body><p>Signed by John Doe for Contoso.</p><img src="https://tracker.example/pixel.gif" width="1" height="1">',
    '<iframe src="https://tracker.example/frame"></iframe><a href="https://tracker.example/click">details</a></body></html>',
  ].join('');
  const lines = [
    'From: John Doe <john.doe@contoso.com>',
    'To: Priya Kaur <pkaur@fabrikam.com>',
    'Date: Fri, 02 Oct 2026 09:30:00 -0700',
    'Subject: Acceptance of the Intune deployment',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Signed by John Doe for Contoso.',
    '--b1',
    'Content-Type: text/html; charset=utf-8',
    '',
    html,
    '--b1--',
    '',
  ];
  return new TextEncoder().encode(lines.join('\r\n'));
}

test('opening a PDF, .docx, .xlsx, .eml, .msg, image and TIFF sends no request outside the app', async ({
  page,
  shell,
  list,
  claim,
  makeQueue,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
  const outside: string[] = [];
  page.context().on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) outside.push(url);
  });

  const docs: Record<string, Uint8Array> = {
    'Contoso-SOW-signed.pdf': readFileSync(sampleFile('1004973/Contoso-SOW-signed.pdf')),
    'acceptance.docx': poeDocx({ pages: 2, customer: 'Contoso', partner: 'Fabrikam', signer: 'Jane Doe', date: '3 September 2026' }),
    'tracker.xlsx': await buildXlsx([
      {
        name: 'Tasks',
        rows: [
          ['Task', 'Done'],
          ['Intune enrolment', 'Signed by Jane Doe'],
        ],
      },
    ]),
    'acceptance.eml': mailWithRemoteContent(),
    'signed-page-photo.png': readFileSync(sampleFile('1005170/signed-page-photo.png')),
    'fax.tif': buildTiff([
      { width: 400, height: 500, rgb: [250, 250, 250], band: true },
      { width: 400, height: 500, rgb: [255, 240, 200], band: true },
    ]),
  };
  // A real Outlook .msg (with a .docx and an .xlsx attached) comes from the shared corpus.
  const MSG = 'two-office-attachments_docx-xlsx.msg';
  if (HAS_CORPUS) docs[MSG] = readFileSync(join(CORPUS_ROOT, 'msg', MSG));
  else test.info().annotations.push({ type: 'skipped part', description: `.msg: no corpus at ${CORPUS_ROOT}` });

  const names = Object.keys(docs);
  const queue = await makeQueue(
    {
      schema: 'poe-queue/1',
      name: 'Every format',
      claims: [validClaim(CLAIM, { documents: names.map((name) => ({ path: `${CLAIM}/${name}` })) })],
    },
    Object.fromEntries(names.map((name) => [`${CLAIM}/${name}`, docs[name] as Uint8Array])),
  );
  await shell.start();
  await shell.openQueueFolder(queue.dir);
  await shell.waitForImport();
  await list.openClaim(CLAIM);

  const shown: Record<string, () => Locator> = {
    'Contoso-SOW-signed.pdf': () => claim.pageCanvas('Contoso-SOW-signed.pdf', 1).and(page.locator('[data-painted="true"]')),
    'acceptance.docx': () => claim.documents.getByRole('document', { name: 'acceptance.docx' }).locator('.poe-docx-page, .poe-docx-text'),
    'tracker.xlsx': () => claim.documents.getByRole('region', { name: 'Sheet Tasks' }),
    'acceptance.eml': () => claim.documents.getByRole('region', { name: 'Message body' }),
    'signed-page-photo.png': () => claim.documents.getByRole('img', { name: 'signed-page-photo.png' }),
    'fax.tif': () => claim.pageCanvas('fax.tif', 1).and(page.locator('[data-painted="true"]')),
    [MSG]: () => claim.documents.getByRole('region', { name: 'Message body' }),
  };
  for (const name of names) {
    await claim.documents.getByRole('tab', { name, exact: true }).click();
    await expect(shown[name]?.().first() ?? claim.documents, name).toBeVisible({ timeout: 30_000 });
  }
  await claim.waitForEngine();
  await page.screenshot({ path: test.info().outputPath('every-format-last.png') });
  expect(outside).toEqual([]);
});
