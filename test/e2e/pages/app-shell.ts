import { expect, type Download, type Locator, type Page } from '@playwright/test';

export const REVIEWER = 'Erin Reviewer';

/** The shell: first-run name prompt, opening queues, exports, status messages (docs/UI-NAMES.md). */
export class AppShell {
  constructor(readonly page: Page) {}

  get reviewerDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Reviewer name' });
  }

  get claimsTable(): Locator {
    return this.page.getByRole('table', { name: 'Claims' }).or(this.page.getByRole('grid', { name: 'Claims' }));
  }

  get importIssues(): Locator {
    return this.page.getByRole('region', { name: 'Import issues' });
  }

  /** Opens the app; on first run answers the "Reviewer name" dialog. */
  async start(name = REVIEWER, url = './'): Promise<void> {
    await this.page.goto(url);
    await expect(this.reviewerDialog).toBeVisible();
    await this.reviewerDialog.getByRole('textbox', { name: 'Your name' }).fill(name);
    await this.reviewerDialog.getByRole('button', { name: 'Continue' }).click();
    await expect(this.reviewerDialog).toBeHidden();
    await expect(this.page.getByRole('button', { name: `Reviewer: ${name}` })).toBeVisible();
  }

  /**
   * On a page the tests of a file share (shareOnePageInThisFile): the first test starts the app
   * (the first run and its name prompt, as start()); a later one reloads it, as a reviewer coming
   * back would (nothing of the test before stays open or on screen: dialogs, messages, search),
   * finds it under the reviewer's name with no prompt, and goes back to the queue list.
   */
  async startOnce(name = REVIEWER): Promise<void> {
    if (this.page.url() === 'about:blank') {
      await this.start(name);
      return;
    }
    await this.page.reload();
    await expect(this.page.getByRole('button', { name: `Reviewer: ${name}` })).toBeVisible({ timeout: 30_000 });
    await expect(this.reviewerDialog).toBeHidden();
    const back = this.page.getByRole('button', { name: 'Back to queue' });
    const search = this.page.getByRole('searchbox', { name: 'Search claims' });
    await expect(back.or(search).first()).toBeVisible({ timeout: 30_000 });
    if (await back.isVisible()) await back.click();
    await search.fill('');
  }

  /**
   * The first run lands on the sample queue by itself; only if the shell settles on another queue
   * or an empty start screen (no import running for a few seconds) does "Open sample queue" get
   * clicked. Clicking it while the first-run import was still starting imported the sample a
   * second time, and every test paid for two imports and two triage runs.
   */
  async ensureSampleQueue(): Promise<void> {
    const row = this.claimsTable.getByRole('row').filter({ hasText: '1004973' });
    const button = this.page.getByRole('button', { name: 'Open sample queue' });
    const progress = this.page.getByRole('progressbar', { name: 'Import progress' });
    const deadline = Date.now() + 60_000;
    let idleSince: number | null = null;
    while (!(await row.isVisible())) {
      if (Date.now() > deadline) throw new Error('the sample queue did not show within 60 s');
      const isBusy = (await progress.isVisible()) || !(await button.isEnabled());
      if (isBusy) idleSince = null;
      else if (idleSince === null) idleSince = Date.now();
      else if (Date.now() - idleSince > 2_000) {
        await button.click();
        idleSince = null;
        await expect(row.or(progress).first()).toBeVisible({ timeout: 20_000 });
      }
      await this.page.waitForTimeout(200);
    }
    // Rows show while the import is still running; it resets the list when it ends.
    await this.waitForImport();
  }

  /** "Open queue": the web build's file chooser for a .zip. */
  async openQueueZip(zipPath: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Open queue', exact: true }).click();
    await (await chooser).setFiles(zipPath);
  }

  /** "Open queue folder": the directory chooser (webkitdirectory). */
  async openQueueFolder(dir: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Open queue folder' }).click();
    await (await chooser).setFiles(dir);
  }

  /** Waits for the running import to end: no progress bar, and "Open sample queue" usable again. */
  async waitForImport(): Promise<void> {
    await expect(this.page.getByRole('progressbar', { name: 'Import progress' })).toBeHidden({ timeout: 30_000 });
    await expect(this.page.getByRole('button', { name: 'Open sample queue' })).toBeEnabled({ timeout: 30_000 });
  }

  async export(kind: 'CSV' | 'JSON'): Promise<Download> {
    await this.page.getByRole('button', { name: 'Export decisions' }).click();
    const download = this.page.waitForEvent('download');
    await this.page
      .getByRole('menu')
      .getByRole('menuitem', { name: `Export ${kind}` })
      .click();
    return download;
  }

  /** "N of M claims". */
  async claimCount(): Promise<{ shown: number; total: number }> {
    const text = await this.page
      .getByText(/^\d+ of \d+ claims?$/)
      .first()
      .innerText();
    const match = /^(\d+) of (\d+)/.exec(text);
    if (!match) throw new Error(`no claim count in "${text}"`);
    return { shown: Number(match[1]), total: Number(match[2]) };
  }
}
