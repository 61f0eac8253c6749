import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { AppShell } from '../e2e/pages/app-shell';
import { ClaimView } from '../e2e/pages/claim-view';
import { QueueList } from '../e2e/pages/queue-list';
import { rawClaim } from './raw-claim';

export { CORPUS_ROOT, CORPUS_SKIP_MESSAGE, HAS_CORPUS } from './corpus';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
/** The generated sample queue as the build bundled it (out/web/sample-queue). */
export const SAMPLE_ROOT = join(PROJECT_ROOT, 'out', 'web', 'sample-queue');

export function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function sampleFile(path: string): string {
  return join(SAMPLE_ROOT, ...path.split('/'));
}

/** A queue written to a temporary folder: queue.json plus documents copied in. */
export interface TempQueue {
  /** The temporary folder holding the queue folder and its zip; removed after the test. */
  root: string;
  dir: string;
  /** A .zip of the folder's contents (queue.json at the zip's root). */
  zip(): Promise<string>;
}

export async function writeTempQueue(manifest: unknown, files: Record<string, Uint8Array>): Promise<TempQueue> {
  const root = await mkdtemp(join(tmpdir(), 'poe-e2e-'));
  const dir = join(root, 'queue');
  const entries: Record<string, Uint8Array> = { 'queue.json': new TextEncoder().encode(JSON.stringify(manifest, null, 2)) };
  for (const [path, bytes] of Object.entries(files)) entries[path] = bytes;
  for (const [path, bytes] of Object.entries(entries)) {
    const file = join(dir, ...path.split('/'));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }
  return {
    root,
    dir,
    zip: async () => {
      const file = join(root, 'queue.zip');
      await writeFile(file, zipSync(entries));
      return file;
    },
  };
}

/** A claim that passes the contract, with overrides. */
export function validClaim(claimId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return rawClaim(claimId, {
    partner: { name: 'Fabrikam', partnerId: '5272302' },
    customer: { name: 'Contoso', domain: 'contoso.com', country: 'US', sector: 'commercial' },
    workloads: [{ name: 'Microsoft Intune', association: 'none' }],
    documents: [],
    comments: [],
    ...overrides,
  });
}

/**
 * Starts the app's background checks (triage: the engine over every claim of the open queue, OCR
 * of its scans included) paused on this page and its reloads, as if the reviewer had pressed
 * Pause at once. Every test's first start imports the sample queue (13 claims, scans among them),
 * and its checks then shared CI's two cores with what the test was about.
 */
export async function pauseBackgroundChecksAtStart(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__poeTriageStartsPaused = true;
  });
}

/**
 * A first run with an empty database lands on the start screen instead of importing the bundled
 * sample queue (window.__poeFirstRunSkipsSample, read by src/renderer/app/use-startup.ts only).
 * For tests that open their own queue: the sample import (13 claims, 17 documents) cost each of
 * them ~1.7 s of CPU (5.5 s against 3.8 s a fresh start, measured at load 12) for nothing.
 */
export async function skipSampleOnFirstRun(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__poeFirstRunSkipsSample = true;
  });
}

interface Options {
  /**
   * 'paused' (the default): the background checks start paused (pauseBackgroundChecksAtStart).
   * Specs about them, or that wait on their results, say `test.use({ backgroundChecks: 'running' })`.
   */
  backgroundChecks: 'paused' | 'running';
  /**
   * 'test' (the default): every test gets a fresh browser context, so IndexedDB starts empty.
   * 'file': the tests of the file share one page, in the file's order (shareOnePageInThisFile).
   */
  pageScope: 'test' | 'file';
  /**
   * 'import' (the default): the first run imports the sample queue, as a reviewer's does. Files
   * whose tests only open their own queues say `test.use({ firstRunSample: 'skip' })`
   * (skipSampleOnFirstRun).
   */
  firstRunSample: 'import' | 'skip';
}

interface Fixtures {
  shell: AppShell;
  list: QueueList;
  claim: ClaimView;
  makeQueue: (manifest: unknown, files?: Record<string, Uint8Array>) => Promise<TempQueue>;
}

/** The page the tests of one file share (pageScope 'file'), with the file it belongs to. */
let shared: { file: string; context: BrowserContext; page: Page } | null = null;

async function closeSharedPage(): Promise<void> {
  const closing = shared;
  shared = null;
  await closing?.context.close();
}

export const test = base.extend<Fixtures & Options>({
  backgroundChecks: ['paused', { option: true }],
  pageScope: ['test', { option: true }],
  firstRunSample: ['import', { option: true }],
  page: async (
    {
      context,
      backgroundChecks,
      pageScope,
      firstRunSample,
      browser,
      baseURL,
      viewport,
      acceptDownloads,
      userAgent,
      deviceScaleFactor,
      isMobile,
      hasTouch,
      reducedMotion,
    },
    use,
    testInfo,
  ) => {
    if (pageScope === 'test') {
      await closeSharedPage();
      const page = await context.newPage();
      if (backgroundChecks === 'paused') await pauseBackgroundChecksAtStart(page);
      if (firstRunSample === 'skip') await skipSampleOnFirstRun(page);
      await use(page);
      return;
    }
    if (shared?.file !== testInfo.file) {
      await closeSharedPage();
      const fileContext = await browser.newContext({
        baseURL,
        viewport,
        acceptDownloads,
        userAgent,
        deviceScaleFactor,
        isMobile,
        hasTouch,
        reducedMotion,
      });
      const page = await fileContext.newPage();
      if (backgroundChecks === 'paused') await pauseBackgroundChecksAtStart(page);
      if (firstRunSample === 'skip') await skipSampleOnFirstRun(page);
      shared = { file: testInfo.file, context: fileContext, page };
    }
    await use(shared.page);
  },
  shell: async ({ page }, use) => use(new AppShell(page)),
  list: async ({ page }, use) => use(new QueueList(page)),
  claim: async ({ page }, use) => use(new ClaimView(page)),
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object.
  makeQueue: async ({}, use) => {
    const made: TempQueue[] = [];
    await use(async (manifest, files = {}) => {
      const queue = await writeTempQueue(manifest, files);
      made.push(queue);
      return queue;
    });
    await Promise.all(made.map((q) => rm(q.root, { recursive: true, force: true })));
  },
});

/**
 * The tests of this file share one page (one browser context, one IndexedDB) and run in order,
 * one after another; a failure skips the rest of the file. Each test still starts from what it
 * needs (AppShell.startOnce, its own queue when the one it needs is not open), so a test run
 * alone passes too. Only for files whose tests do not need an empty database: what one test
 * decides, the next sees. It saves each later test the app's cold start (its bundle and worker
 * scripts compiled again in a fresh context) and the first run's import of the sample queue.
 */
export function shareOnePageInThisFile(): void {
  test.describe.configure({ mode: 'serial' });
  test.use({ pageScope: 'file' });
  test.afterAll(closeSharedPage);
}

export { expect };
