/**
 * The in-browser measurements of `npm run bench`, driven through `window.__poeBench` (the app
 * exposes it with `?bench=1`). Each function runs in Node and talks to one Playwright page.
 */

import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../lib/chromium.mjs';

export const PAINT_TIMEOUT_MS = 30_000;

/** Debian's Chromium, quiet on a closed network, for every app benchmark. */
export function launchBenchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

/**
 * A page of the web build in bench mode (`?bench=1`), long tasks collected from its start, the
 * reviewer prompt answered and the bench hooks ready. Page errors go to `log`.
 */
export async function openBenchPage(browser, baseUrl, log) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(longTaskInitScript);
  const page = await context.newPage();
  page.on('pageerror', (error) => log('page error:', error.message));
  await page.goto(`${baseUrl}?bench=1`);
  await answerReviewerPrompt(page);
  await waitForBenchHooks(page);
  return page;
}

/** Collects long tasks (over 50 ms of main-thread block) from the start of the page. */
export function longTaskInitScript() {
  window.__poeLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__poeLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the figure is reported as null.
    window.__poeLongTasks = null;
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Answers the first-run "Reviewer name" prompt if it shows. */
export async function answerReviewerPrompt(page) {
  const dialog = page.getByRole('dialog', { name: 'Reviewer name' });
  try {
    await dialog.waitFor({ state: 'visible', timeout: 3_000 });
  } catch {
    return;
  }
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Benchmark');
  await dialog.getByRole('button', { name: 'Continue' }).click();
}

export async function waitForBenchHooks(page) {
  await page.waitForFunction(() => typeof window.__poeBench?.importQueueFromUrl === 'function', null, { timeout: 30_000 });
}

/** Imports the queue; returns the app's own figure and the longest main-thread block meanwhile. */
export async function measureImport(page, url) {
  return page.evaluate(async (queueUrl) => {
    const from = performance.now();
    const result = await window.__poeBench.importQueueFromUrl(queueUrl);
    // Long tasks are reported after they end: give the observer a frame to deliver the last one.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    const tasks = window.__poeLongTasks;
    const during = tasks === null ? null : tasks.filter((t) => t.start + t.duration >= from);
    return {
      ms: result.ms,
      claims: result.claims,
      wallMs: performance.now() - from,
      maxBlockMs: during === null ? null : during.reduce((m, t) => Math.max(m, t.duration), 0),
    };
  }, url);
}

/**
 * Opens a claim and waits for its first PDF page on screen: the viewer's `poe:page-painted`
 * event for page 1 (H4's viewer; the canvas also gets data-painted="true").
 */
export async function measureOpenToFirstPage(page, claimId) {
  return page.evaluate(
    async ({ id, timeoutMs }) => {
      const from = performance.now();
      const painted = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`claim ${id}: no page painted within ${timeoutMs} ms`)), timeoutMs);
        window.addEventListener('poe:page-painted', function onPaint(event) {
          if (event.detail?.page !== 1) return;
          clearTimeout(timer);
          window.removeEventListener('poe:page-painted', onPaint);
          resolve(performance.now());
        });
      });
      await window.__poeBench.openClaim(id);
      return (await painted) - from;
    },
    { id: claimId, timeoutMs: PAINT_TIMEOUT_MS },
  );
}

export async function measureNextClaim(page) {
  return page.evaluate(async () => {
    const from = performance.now();
    await window.__poeBench.nextClaim();
    return performance.now() - from;
  });
}

/** JS heap of the renderer after a forced garbage collection, in MB (CDP, Chromium only). */
export async function measureHeapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

/** Opens a claim and waits for its Office document on screen (`poe:document-painted` of that kind). */
export async function measureOpenToDocument(page, claimId, kind) {
  return page.evaluate(
    async ({ id, kind: wanted, timeoutMs }) => {
      const from = performance.now();
      const painted = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`claim ${id}: no ${wanted} painted within ${timeoutMs} ms`)), timeoutMs);
        window.addEventListener('poe:document-painted', function onPaint(event) {
          if (event.detail?.kind !== wanted) return;
          clearTimeout(timer);
          window.removeEventListener('poe:document-painted', onPaint);
          resolve(performance.now());
        });
      });
      await window.__poeBench.openClaim(id);
      return (await painted) - from;
    },
    { id: claimId, kind, timeoutMs: PAINT_TIMEOUT_MS },
  );
}
