import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { IpcChannel } from '@shared/ipc/contract';
import { openQueueSource } from '../../src/node/queue-source';
import { createHandlers } from '../../src/main/ipc/handlers';
import { runHandler, type InvokeEvent } from '../../src/main/ipc/register';
import { createJournal, JOURNAL_RELATIVE_PATH } from '../../src/main/journal/journal';
import { serveAppRequest } from '../../src/main/protocol/app-protocol';
import { QueueRegistry } from '../../src/main/queue/queue-registry';

/**
 * The Electron build's renderer (out/renderer) with everything main does for it, minus the
 * Electron binary (which cannot be downloaded here): pages served by main's app:// handler with
 * its CSP header, and window.api backed by main's real IPC handlers (sender check, strict
 * schemas, queue registry, journal). Only the transport is fake: Playwright's binding stands in
 * for ipcRenderer.invoke. Runs in Debian's Chromium on every machine.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const RENDERER = join(ROOT, 'out', 'renderer');
const CHROMIUM = process.env['POE_CHROMIUM'] ?? '/usr/bin/chromium';
const APP_FRAME: InvokeEvent = { senderFrame: { url: 'app://poe-reviewer/index.html', parent: null } };

test.skip(!existsSync(join(RENDERER, 'index.html')), 'out/renderer is not built: run `npx electron-vite build` first');
test.skip(!existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}`);

let server: Server;
let origin: string;
let browser: Browser;
let userData: string;
let page: Page;

test.beforeAll(async () => {
  const rendererRoot = await realpath(RENDERER);
  server = createServer((req, res) => {
    // Same handler as protocol.handle('app', ...): the http URL is mapped onto app://poe-reviewer.
    void serveAppRequest(rendererRoot, { url: `app://poe-reviewer${req.url ?? '/'}`, method: req.method ?? 'GET' }).then(
      async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
        res.end(Buffer.from(await response.arrayBuffer()));
      },
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
    ],
  });
});

test.afterAll(async () => {
  await browser.close();
  await new Promise((done) => server.close(done));
});

test.beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'poe-shell-e2e-'));
  const handlers = createHandlers({
    registry: new QueueRegistry(),
    journal: createJournal(join(userData, JOURNAL_RELATIVE_PATH)),
    openQueue: (fsPath, options) => openQueueSource(fsPath, options),
    pickQueuePath: () => Promise.resolve(join(ROOT, 'resources', 'sample-queue')),
    samplePath: join(ROOT, 'resources', 'sample-queue'),
    saveExport: () => Promise.resolve({ saved: false }),
    info: { version: '0.1.0', electron: 'none', chrome: 'system', os: process.platform },
  });
  // Reduced motion, as playwright.config.ts asks: the spinner and the import bar stand still.
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
  await page.exposeBinding('__poeInvoke', async (_source, channel: IpcChannel, request: unknown) => {
    const envelope = await runHandler(channel, handlers[channel] as never, APP_FRAME, request);
    // The binding carries JSON; bytes travel as base64 and the fake preload turns them back.
    if (envelope.ok && envelope.data instanceof Uint8Array) return { ok: true, bytes: Buffer.from(envelope.data).toString('base64') };
    return envelope;
  });
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & {
      __poeInvoke(c: string, r: unknown): Promise<{ ok: boolean; bytes?: string }>;
    };
    const violations: string[] = [];
    w['__cspViolations'] = violations;
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    w['api'] = Object.freeze({
      appVersion: '0.1.0',
      invoke: async (channel: string, request: unknown) => {
        const answer = await w.__poeInvoke(channel, request);
        if (answer.bytes === undefined) return answer;
        return { ok: true, data: Uint8Array.from(atob(answer.bytes), (c) => c.charCodeAt(0)) };
      },
      on: () => () => undefined,
    });
  });
});

test.afterEach(async () => {
  await page.close();
  await rm(userData, { recursive: true, force: true });
});

/** Violations other than zod's start-up probe for eval (it catches the refusal and runs without eval). */
async function cspViolations(): Promise<string[]> {
  const all = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  return all.filter((v) => v !== 'script-src eval');
}

test("under main's CSP and IPC handlers: sample queue, a painted PDF page, a decision in the journal file", async () => {
  await page.goto(`${origin}/`);
  const nameDialog = page.getByRole('dialog', { name: 'Reviewer name' });
  await nameDialog.getByRole('textbox', { name: 'Your name' }).fill('Erin Reviewer');
  await nameDialog.getByRole('button', { name: 'Continue' }).click();

  const row = page
    .getByRole('table', { name: 'Claims' })
    .or(page.getByRole('grid', { name: 'Claims' }))
    .getByRole('row')
    .filter({ hasText: '1004973' });
  const sampleButton = page.getByRole('button', { name: 'Open sample queue' });
  await expect(row.or(sampleButton).first()).toBeVisible({ timeout: 20_000 });
  if (!(await row.isVisible())) await sampleButton.click();
  await expect(page.getByText('13 of 13 claims')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeHidden({ timeout: 30_000 });

  await row.click();
  await expect(page.getByRole('region', { name: 'Claim facts' })).toContainText('Contoso');
  await page.getByRole('region', { name: 'Documents' }).getByRole('tab', { name: 'Contoso-SOW-signed.pdf' }).click();
  const canvas = page.getByRole('region', { name: 'Documents' }).getByLabel('Contoso-SOW-signed.pdf page 1', { exact: true });
  await expect(canvas).toBeVisible({ timeout: 20_000 });
  // Painted means dark pixels on the canvas: pdf.js worker, cMaps, fonts and wasm all loaded under the CSP.
  await expect
    .poll(
      () =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
          let dark = 0;
          for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark++;
          return dark;
        }),
      { timeout: 20_000 },
    )
    .toBeGreaterThan(1000);

  await page.getByRole('region', { name: 'Decision' }).getByRole('button', { name: 'Reject' }).click();
  const form = page.getByRole('dialog', { name: 'Decision' });
  await form.getByRole('checkbox').first().check();
  await form.getByRole('textbox', { name: 'Comment to the partner' }).fill('No customer signature.');
  await form.getByRole('button', { name: 'Save decision' }).click();
  await expect
    .poll(async () => readFile(join(userData, JOURNAL_RELATIVE_PATH), 'utf8').catch(() => ''), {
      timeout: 10_000,
      message: 'decision journal written by main',
    })
    .toContain('1004973');

  expect(await cspViolations()).toEqual([]);
});

test('a hostile renderer gets validation errors from main, never files outside the queue', async () => {
  await page.goto(`${origin}/`);
  const answers = await page.evaluate(async () => {
    const api = (window as unknown as { api: { invoke(c: string, r: unknown): Promise<unknown> } }).api;
    const opened = (await api.invoke('queue:open-sample', {})) as { ok: boolean; data: { queueToken: string } };
    const token = opened.data.queueToken;
    return {
      traversal: await api.invoke('queue:read-file', { queueToken: token, path: '../../package.json' }),
      encoded: await api.invoke('queue:read-file', { queueToken: token, path: '%2e%2e/%2e%2e/package.json' }),
      extraKey: await api.invoke('queue:read-file', { queueToken: token, path: 'queue.json', fsPath: '/etc/passwd' }),
      badJournal: await api.invoke('journal:append', { line: '{"no":"id"}' }),
    };
  });
  expect(answers.traversal).toMatchObject({ ok: false, error: { code: 'refused' } });
  expect(answers.encoded).toMatchObject({ ok: false, error: { code: 'refused' } });
  expect(answers.extraKey).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  expect(answers.badJournal).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
});
