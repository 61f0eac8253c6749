import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/lib/chromium.mjs';
import { expect, pauseBackgroundChecksAtStart, test } from '../support/e2e-fixtures';
import { AppShell, REVIEWER } from './pages/app-shell';
import { ClaimView } from './pages/claim-view';
import { QueueList } from './pages/queue-list';

/**
 * RELIABILITY 18, the browser itself: the whole Chromium process is killed (SIGKILL, as a crash
 * or a power button would) right after "Decision saved" shows, then started again on the same
 * profile. Every decision the UI showed as saved is there. (crash-safety.spec.ts covers a reload.)
 */

interface Running {
  process: ChildProcess;
  browser: Browser;
  page: Page;
}

/** Chromium on `profile`, driven over CDP (so the test holds the real browser process to kill). */
async function launch(profile: string): Promise<Running> {
  // A killed browser leaves its DevToolsActivePort behind: the new one writes its own.
  await rm(join(profile, 'DevToolsActivePort'), { force: true });
  const child = spawn(
    CHROMIUM,
    [
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      ...CHROMIUM_ARGS,
      '--window-size=1440,900',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  let port = '';
  await expect
    .poll(
      async () => {
        port = (await readFile(join(profile, 'DevToolsActivePort'), 'utf8').catch(() => '')).split('\n')[0] ?? '';
        return port !== '';
      },
      { timeout: 30_000, message: 'Chromium listening for DevTools' },
    )
    .toBe(true);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('no default context');
  const page = context.pages()[0] ?? (await context.newPage());
  // Not about the background checks: the cores go to the saves and the restart.
  await pauseBackgroundChecksAtStart(page);
  return { process: child, browser, page };
}

async function kill(running: Running): Promise<void> {
  const exited = new Promise((resolve) => running.process.once('exit', resolve));
  running.process.kill('SIGKILL');
  await exited;
}

test('decisions shown as saved survive the browser process killed at once', async () => {
  test.setTimeout(240_000);
  const baseURL = String(test.info().project.use.baseURL);
  const profile = await mkdtemp(join(tmpdir(), 'poe-kill-'));
  let running: Running | null = null;
  try {
    running = await launch(profile);
    let page = running.page;
    let shell = new AppShell(page);
    await shell.start(REVIEWER, baseURL);
    await shell.ensureSampleQueue();
    let list = new QueueList(page);
    let claim = new ClaimView(page);
    await list.openClaim('1005033');
    await claim.decide('Reject', {
      reasons: ['Another partner drove more influence (conflicting claim)'],
      comment: 'Saved just before the browser was killed.',
    });
    await list.openClaim('1005190');
    await claim.decide('Action required', { reasons: ['Activities described generically'], comment: 'Second one, killed at once.' });
    // decide() returns as soon as "Decision saved" shows: kill the browser there, no settling.
    await kill(running);
    running = null;

    running = await launch(profile);
    page = running.page;
    await page.goto(baseURL);
    shell = new AppShell(page);
    list = new QueueList(page);
    claim = new ClaimView(page);
    await expect(page.getByRole('button', { name: `Reviewer: ${REVIEWER}` })).toBeVisible({ timeout: 30_000 });
    await shell.ensureSampleQueue();
    for (const [id, kind, comment] of [
      ['1005033', 'Reject', 'Saved just before the browser was killed.'],
      ['1005190', 'Action required', 'Second one, killed at once.'],
    ] as const) {
      await list.openClaim(id);
      const entries = claim.history.getByRole('listitem').filter({ hasText: REVIEWER });
      await expect(entries).toHaveCount(1);
      await expect(entries.first()).toContainText(kind);
      await expect(entries.first()).toContainText(comment);
    }
  } finally {
    if (running) await kill(running);
    await rm(profile, { recursive: true, force: true });
  }
});
