import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installedElectronBinary, SKIP_MESSAGE } from './electron-binary';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'resources', 'sample-queue');
const REVIEWER = 'Erin Reviewer';
const binary = installedElectronBinary(ROOT);
if (binary === null) console.log(SKIP_MESSAGE);

// Skips (and says why) where the binary cannot be downloaded, as on the build machine.
test.skip(binary === null, SKIP_MESSAGE);

/** The environment minus ELECTRON_RUN_AS_NODE, which would start Electron as plain Node. */
function electronEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  return env;
}

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'poe-electron-e2e-'));
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [ROOT, `--user-data-dir=${userData}`],
    cwd: ROOT,
    env: electronEnv(),
  });
  page = await app.firstWindow();
  const dialog = page.getByRole('dialog', { name: 'Reviewer name' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(REVIEWER);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('button', { name: `Reviewer: ${REVIEWER}` })).toBeVisible();
});

test.afterEach(async () => {
  await app.close();
  await rm(userData, { recursive: true, force: true });
});

function claimRow(claimId: string) {
  return page
    .getByRole('table', { name: 'Claims' })
    .or(page.getByRole('grid', { name: 'Claims' }))
    .getByRole('row')
    .filter({ hasText: claimId });
}

async function openSampleQueue(): Promise<void> {
  const row = claimRow('1004973');
  const button = page.getByRole('button', { name: 'Open sample queue' });
  await expect(row.or(button).first()).toBeVisible({ timeout: 20_000 });
  if (!(await row.isVisible())) await button.click();
  await expect(row).toBeVisible({ timeout: 20_000 });
}

test('opens the sample queue from app:// and shows its claims and a claim PDF', async () => {
  expect(page.url()).toBe('app://poe-reviewer/index.html');
  await openSampleQueue();
  const manifest = JSON.parse(await readFile(join(SAMPLE, 'queue.json'), 'utf8')) as { claims: { claimId: string }[] };
  await expect(page.getByText(`of ${manifest.claims.length} claims`)).toBeVisible();
  await claimRow('1004973').click();
  await expect(page.getByRole('region', { name: 'Claim facts' })).toContainText('Contoso');
  await page.getByRole('region', { name: 'Documents' }).getByRole('tab', { name: 'Contoso-SOW-signed.pdf' }).click();
  await expect(page.getByRole('document', { name: 'Contoso-SOW-signed.pdf' })).toBeVisible({ timeout: 20_000 });
});

test('the renderer is sandboxed, has only window.api, and cannot navigate away', async () => {
  const globals = await page.evaluate(() => ({
    hasRequire: typeof (globalThis as { require?: unknown }).require !== 'undefined',
    hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
    apiKeys: Object.keys((window as unknown as { api: object }).api).sort(),
  }));
  expect(globals).toEqual({ hasRequire: false, hasProcess: false, apiKeys: ['appVersion', 'invoke', 'on'] });
  const refused = await page.evaluate(async () => {
    const api = (window as unknown as { api: { invoke(c: string, r: unknown): Promise<unknown> } }).api;
    return api.invoke('queue:read-file', { queueToken: '0f8fad5b-d9cb-469f-a165-70867728950e', path: '../../etc/passwd', extra: 1 });
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  await page.evaluate(() => {
    window.location.href = 'file:///etc/passwd';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe('app://poe-reviewer/index.html');
});

test('"Open queue" uses the native dialog (stubbed) and a decision reaches the journal file', async () => {
  await app.evaluate(({ dialog }, samplePath) => {
    dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [samplePath] });
  }, SAMPLE);
  await page.getByRole('button', { name: 'Open queue', exact: true }).click();
  await expect(claimRow('1004973')).toBeVisible({ timeout: 20_000 });
  await claimRow('1004973').click();
  await page.getByRole('region', { name: 'Decision' }).getByRole('button', { name: 'Reject' }).click();
  const form = page.getByRole('dialog', { name: 'Decision' });
  await form.getByRole('checkbox').first().check();
  await form.getByRole('textbox', { name: 'Comment to the partner' }).fill('No customer signature.');
  await form.getByRole('button', { name: 'Save decision' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Decision saved: Reject' })).toBeVisible();
  const journal = await readFile(join(userData, 'journal', 'decisions.jsonl'), 'utf8');
  expect(journal).toContain('1004973');
});
