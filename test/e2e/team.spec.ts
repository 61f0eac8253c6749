import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import type { Browser, Download, Page } from '@playwright/test';
import {
  expect,
  pauseBackgroundChecksAtStart,
  PROJECT_ROOT,
  skipSampleOnFirstRun,
  test,
  validClaim,
  writeTempQueue,
} from '../support/e2e-fixtures';
import { seriousViolations } from '../support/axe';
import { AppShell } from './pages/app-shell';
import { ClaimView } from './pages/claim-view';
import { QueueList } from './pages/queue-list';

/**
 * A team on one queue, in three or four browser contexts (each its own IndexedDB): the lead
 * writes two overlapping batches, two reviewers decide them offline and export their logs, the
 * lead merges the logs, sees exactly the claim they disagree on and settles it; a log edited by
 * hand is refused by "Verify a decision log…" and by the `decisions` command; a QC sample goes
 * blind to a third reviewer, whose overturn shows in the QC rates.
 */

const run = promisify(execFile);

interface Person {
  page: Page;
  shell: AppShell;
  list: QueueList;
  claim: ClaimView;
}

/**
 * Someone on their own machine (a browser context): named, on the start screen. The sample queue
 * is not part of this test: its first-run import (four people, four imports) and background checks
 * are skipped, so the cores go to the team's own queue.
 */
async function person(browser: Browser, name: string): Promise<Person> {
  const context = await browser.newContext({ acceptDownloads: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await pauseBackgroundChecksAtStart(page);
  await skipSampleOnFirstRun(page);
  const shell = new AppShell(page);
  await shell.start(name);
  return { page, shell, list: new QueueList(page), claim: new ClaimView(page) };
}

const EMAIL = [
  'From: John Doe <john.doe@contoso.com>',
  'To: Priya Kaur <pkaur@fabrikam.com>',
  'Subject: Intune rollout complete',
  'Date: Mon, 05 Oct 2026 10:00:00 +0000',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Fabrikam completed the Microsoft Intune rollout for Contoso: 500 devices enrolled in three phases.',
  '',
].join('\r\n');

/** The week's queue: three claims, one with a document (the batches must carry it). */
function teamQueue() {
  return writeTempQueue(
    {
      schema: 'poe-queue/1',
      name: 'Team week 49',
      exportedAt: '2026-12-01T09:00:00Z',
      claims: [
        validClaim('T-1001', { documents: [{ path: 'T-1001/ack.eml' }] }),
        validClaim('T-1002', { partner: { name: 'Relecloud', partnerId: '6001001' } }),
        validClaim('T-1003', { partner: { name: 'Trey Research', partnerId: '6001458' } }),
      ],
    },
    { 'T-1001/ack.eml': new TextEncoder().encode(EMAIL) },
  );
}

async function saved(download: Download, dir: string): Promise<string> {
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** Collects the next `count` downloads of a page (a batch per file). */
function downloads(page: Page, count: number): Promise<Download[]> {
  return new Promise((resolve) => {
    const got: Download[] = [];
    const on = (d: Download) => {
      got.push(d);
      if (got.length === count) {
        page.off('download', on);
        resolve(got);
      }
    };
    page.on('download', on);
  });
}

async function openBatch(p: Person, zip: string, claimId: string): Promise<void> {
  await p.shell.openQueueZip(zip);
  await p.shell.waitForImport();
  await expect(p.list.row(claimId)).toBeVisible({ timeout: 20_000 });
}

async function exportLog(p: Person, dir: string, name: string): Promise<string> {
  const download = await p.shell.export('JSON');
  const file = join(dir, name);
  await download.saveAs(file);
  return file;
}

async function planIdsBatch(page: Page, ids: string, reviewer: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Split by' }).selectOption('ids');
  await page.getByRole('textbox', { name: 'Claim IDs' }).fill(ids);
  await page.getByRole('textbox', { name: 'Reviewers' }).fill(reviewer);
  await page.getByRole('button', { name: 'Add batch' }).click();
}

test('a lead splits, two reviewers decide overlapping batches, the lead merges, settles, verifies and samples for QC', async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const dir = await mkdtemp(join(tmpdir(), 'poe-team-'));
  const queue = await teamQueue();
  try {
    const lead = await person(browser, 'Lee Lead');
    await openBatch(lead, await queue.zip(), 'T-1003');
    await lead.page.getByRole('button', { name: 'Team', exact: true }).click();
    await expect(lead.page.getByRole('heading', { name: /^Team: / })).toBeVisible();
    await planIdsBatch(lead.page, 'T-1001 T-1002', 'Ana');
    await planIdsBatch(lead.page, 'T-1001, T-1002, T-9999', 'Ben');
    await expect(lead.page.getByRole('alert').filter({ hasText: 'Not in this queue' })).toContainText('T-9999');
    await expect(lead.page.getByRole('table', { name: 'Planned batches' }).getByRole('row')).toHaveCount(3);
    const batchFiles = downloads(lead.page, 2);
    await lead.page.getByRole('button', { name: 'Write 2 batch files' }).click();
    const [anaZip, benZip] = await Promise.all((await batchFiles).map((d) => saved(d, dir)));
    const sent = lead.page.getByRole('table', { name: 'Batches sent' });
    await expect(sent.getByRole('row')).toHaveCount(3);
    await expect(sent).toContainText('no log yet');
    expect(await seriousViolations(lead.page), 'Team: batches planned and sent').toEqual([]);

    // A batch is a poe-queue/1 .zip with the claims, their documents and the assignment.
    const entries = unzipSync(new Uint8Array(await readFile(anaZip!)));
    const manifest = JSON.parse(new TextDecoder().decode(entries['queue.json'])) as {
      schema: string;
      team: { reviewer: string; purpose: string };
      claims: { claimId: string; documents: { path: string }[] }[];
    };
    expect(manifest.schema).toBe('poe-queue/1');
    expect(manifest.team).toMatchObject({ reviewer: 'Ana', purpose: 'review' });
    expect(manifest.claims.map((c) => c.claimId)).toEqual(['T-1001', 'T-1002']);
    expect(new TextDecoder().decode(entries['T-1001/ack.eml'])).toContain('500 devices enrolled');

    // Two reviewers, offline, each on their own machine (context).
    const ana = await person(browser, 'Ana');
    await openBatch(ana, anaZip!, 'T-1001');
    await ana.list.openClaim('T-1001');
    await ana.claim.decide('Approve', { expectForm: true, overrideNote: 'Disclosure and SOW checked by hand.' });
    await ana.list.openClaim('T-1002');
    await ana.claim.decide('Approve', { expectForm: true, overrideNote: 'Checked by hand.' });
    const anaLog = await exportLog(ana, dir, 'ana.json');
    await ana.page.context().close();

    const ben = await person(browser, 'Ben');
    await openBatch(ben, benZip!, 'T-1002');
    await ben.list.openClaim('T-1001');
    await ben.claim.decide('Reject', { reasons: ['Other (see comment)'], comment: 'The fee disclosure is not acknowledged.' });
    await ben.list.openClaim('T-1002');
    await ben.claim.decide('Approve', { expectForm: true, overrideNote: 'Checked by hand.' });
    const benLog = await exportLog(ben, dir, 'ben.json');
    await ben.page.context().close();

    // The lead merges both logs: exactly one disagreement, shown side by side.
    const page = lead.page;
    await page.getByRole('tab', { name: 'Logs and disagreements' }).click();
    await page.getByTestId('import-logs-input').setInputFiles([anaLog, benLog]);
    const imports = page.getByRole('list', { name: 'Imported logs' });
    await expect(imports).toContainText('ana.json: merged, 2 new events');
    await expect(imports).toContainText('ben.json: merged, 2 new events');
    await expect(page.getByRole('heading', { name: 'Disagreements (1)' })).toBeVisible();
    const card = page.getByRole('article', { name: 'Disagreement on claim T-1001' });
    await expect(card).toBeVisible();
    await expect(card.getByLabel("Ana's decision")).toContainText('Approved by Ana');
    await expect(card.getByLabel("Ben's decision")).toContainText('Rejected by Ben');
    await expect(card.getByLabel("Ben's decision")).toContainText('The fee disclosure is not acknowledged.');
    await expect(card.getByRole('table', { name: "Ana's checklist" })).toBeVisible();

    // Merging the same logs again changes nothing.
    await page.getByTestId('import-logs-input').setInputFiles([benLog, anaLog]);
    await expect(imports).toContainText('ana.json: merged already, nothing new');
    await expect(page.getByRole('heading', { name: 'Disagreements (1)' })).toBeVisible();

    // The lead's own queue list shows the merged decisions on the claims, not only the Team view.
    const decisionCell = (id: string) => lead.list.row(id).getByRole('cell').last();
    await page.getByRole('button', { name: 'Back to queue' }).click();
    await expect(decisionCell('T-1001')).toHaveText('Disagreement (Ana: Approved, Ben: Rejected)');
    await expect(decisionCell('T-1002')).toHaveText('Approved Ana, Ben');
    await expect(decisionCell('T-1003')).toHaveText('Undecided');
    const counts = page.locator('.queue-summary .counts');
    await expect(counts).toContainText('2 of 3 undecided1 approved0 action required0 rejected');
    await page.getByRole('button', { name: 'Team', exact: true }).click();
    await page.getByRole('tab', { name: 'Logs and disagreements' }).click();

    // A log edited by hand (Ana's first decision turned into a rejection).
    const text = await readFile(anaLog, 'utf8');
    const log = JSON.parse(text) as { events: { kind: string }[] };
    log.events[0]!.kind = 'reject';
    const tampered = join(dir, 'ana-tampered.json');
    await writeFile(tampered, JSON.stringify(log, null, 2));
    await page.getByTestId('verify-log-input').setInputFiles(anaLog);
    await expect(page.getByRole('region', { name: 'Verification' })).toContainText('ana.json: intact, 2 events, last by Ana at ');
    await page.getByTestId('verify-log-input').setInputFiles(tampered);
    const verification = page.getByRole('region', { name: 'Verification' });
    await expect(verification).toContainText('ana-tampered.json: broken: event 1');
    await expect(verification).toContainText('event 1');
    await expect(verification).toContainText('was changed after it was written');
    await page.getByTestId('import-logs-input').setInputFiles(tampered);
    await expect(imports).toContainText('ana-tampered.json: refused');
    await expect(page.getByRole('heading', { name: 'Disagreements (1)' })).toBeVisible();
    expect(await seriousViolations(page), 'Team: logs imported and refused, a broken log verified, a disagreement').toEqual([]);
    const command = await run('node', ['bin/poe-decisions.mjs', 'verify', tampered], { cwd: PROJECT_ROOT }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stdout: error.stderr }),
    );
    expect(command.code).toBe(1);
    expect(command.stdout).toContain('event 1');
    expect(command.stdout).toContain('was changed after it was written');

    // The lead settles: a settlement event; no disagreement is left.
    await card.getByRole('textbox', { name: 'Settlement note' }).fill('No acknowledged disclosure: reject.');
    await card.getByRole('button', { name: 'Settle as Rejected (Ben)' }).click();
    await expect(page.getByRole('heading', { name: 'Disagreements (0)' })).toBeVisible();
    await page.getByRole('button', { name: 'Back to queue' }).click();
    await expect(decisionCell('T-1001')).toHaveText('Rejected settled by Lee Lead');
    await expect(counts).toContainText('1 of 3 undecided1 approved0 action required1 rejected');
    // Filters and sorting go by the same decisions: only T-1003 is left undecided.
    await page.getByLabel('Decision', { exact: true }).selectOption('none');
    await expect(lead.list.table.getByRole('row')).toHaveCount(2);
    await expect(lead.list.row('T-1003')).toBeVisible();
    await page.getByLabel('Decision', { exact: true }).selectOption('all');
    await page.getByRole('button', { name: 'Team', exact: true }).click();

    // QC: every approval still standing, sampled reproducibly; sent blind to a third reviewer.
    await page.getByRole('tab', { name: 'QC second review' }).click();
    await page.getByRole('spinbutton', { name: 'Approvals (%)' }).fill('100');
    await page.getByRole('spinbutton', { name: 'Other decisions (%)' }).fill('0');
    await page.getByRole('textbox', { name: 'Seed' }).fill('7');
    await page.getByRole('button', { name: 'Draw sample' }).click();
    const sample = page.getByRole('list', { name: 'Sampled claims' });
    await expect(sample.getByRole('listitem')).toHaveCount(1);
    await expect(sample).toContainText('T-1002 · Approved by Ana');
    await page.getByRole('textbox', { name: 'Second reviewer' }).fill('Cy');
    const qcFile = downloads(page, 1);
    await page.getByRole('button', { name: 'Write QC batch file' }).click();
    const qcZip = await saved((await qcFile)[0]!, dir);
    const qcManifest = new TextDecoder().decode(unzipSync(new Uint8Array(await readFile(qcZip)))['queue.json']);
    expect(qcManifest).toContain('"second-review"');
    expect(qcManifest).not.toContain('Checked by hand.');

    const cy = await person(browser, 'Cy');
    await openBatch(cy, qcZip, 'T-1002');
    await cy.list.openClaim('T-1002');
    // Blind: no earlier decision on the claim is shown to the second reviewer.
    await expect(cy.claim.history.getByRole('listitem')).toHaveCount(0);
    await cy.claim.decide('Reject', { reasons: ['Other (see comment)'], comment: 'The SOW is not signed by the customer.' });
    const cyLog = await exportLog(cy, dir, 'cy.json');
    await cy.page.context().close();

    await page.getByRole('tab', { name: 'Logs and disagreements' }).click();
    await page.getByTestId('import-logs-input').setInputFiles(cyLog);
    await expect(imports).toContainText('cy.json: merged, 1 new event');
    await page.getByRole('tab', { name: 'QC second review' }).click();
    await expect(page.getByRole('heading', { name: 'Agreement (1 second review)' })).toBeVisible();
    const overturns = page.getByRole('table', { name: 'Overturns' });
    await expect(overturns).toContainText('T-1002');
    await expect(overturns).toContainText('Approved by Ana');
    await expect(overturns).toContainText('Rejected by Cy');
    await expect(page.getByRole('table', { name: 'Agreement by first reviewer' })).toContainText('Ana');
    expect(await seriousViolations(page), 'Team: QC rates and overturns').toEqual([]);

    await page.getByRole('tab', { name: 'Progress' }).click();
    await expect(page.getByRole('table', { name: 'Batch summary' })).toContainText('QC second review');
    await expect(page.getByRole('img', { name: 'Decisions over time per reviewer' })).toBeVisible();
    expect(await seriousViolations(page), 'Team: progress and charts').toEqual([]);
    const gridLines = () => chartPixels(page, 'Claims by outcome');
    expect((await gridLines()).light, 'light grid lines on the light page').toBeGreaterThan(0);
    // The system turns dark with the Progress tab open: the charts are drawn again in dark colours
    // (they kept the light grid and near-black labels on the dark page).
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await gridLines()).dark, { message: 'dark grid lines after the system turned dark' }).toBeGreaterThan(0);
    expect((await gridLines()).light, 'light grid lines left on the dark page').toBe(0);
    expect(await seriousViolations(page), 'Team: progress and charts, dark').toEqual([]);
    await page.getByRole('tab', { name: 'QC second review' }).click();
    expect(await seriousViolations(page), 'Team: QC, dark').toEqual([]);
    await page.getByRole('tab', { name: 'Logs and disagreements' }).click();
    // Cy's overturn stands against Ana's and Ben's approvals: a disagreement for the lead again.
    await expect(page.getByRole('article', { name: 'Disagreement on claim T-1002' })).toBeVisible();
    expect(await seriousViolations(page), 'Team: logs, dark').toEqual([]);
    await page.getByRole('button', { name: 'Back to queue' }).click();
    await expect(decisionCell('T-1002')).toHaveText('Disagreement (Ana: Approved, Ben: Approved, Cy: Rejected)');
    expect(await seriousViolations(page), "the lead's queue list with merged decisions, dark").toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(queue.root, { recursive: true, force: true });
  }
});

/**
 * Pixels of a chart's canvas in the stylesheet's grid-line colour (--row-line) of each scheme:
 * light #eef0f3, dark #2c323b. Chart.js draws grid lines one pixel wide on whole pixels.
 */
async function chartPixels(page: Page, name: string): Promise<{ light: number; dark: number }> {
  return page.getByRole('img', { name }).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let light = 0;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] === 0xee && data[i + 1] === 0xf0 && data[i + 2] === 0xf3) light++;
      if (data[i] === 0x2c && data[i + 1] === 0x32 && data[i + 2] === 0x3b) dark++;
    }
    return { light, dark };
  });
}
