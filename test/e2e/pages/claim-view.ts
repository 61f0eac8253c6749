import { expect, type Locator, type Page } from '@playwright/test';
import { inkShare } from '../../support/pixels';

export type DecisionLabel = 'Approve' | 'Action required' | 'Reject';

const KEYS: Record<DecisionLabel, string> = { Approve: 'a', 'Action required': 'c', Reject: 'x' };

export const CHECK_LABELS = [
  'Customer signature or acknowledgement',
  'Partner and customer names',
  'Dates',
  'Workloads',
  'Public sector disclosure',
  'Activity detail',
  'Document type',
] as const;

export interface DecideOptions {
  reasons?: readonly string[];
  comment?: string;
  overrideNote?: string;
  /** Press the decision's key instead of clicking its button. */
  viaKeyboard?: boolean;
  /**
   * Approve opens the form (failing checks ask for an override note): wait for it rather than
   * taking a "Decision saved: Approve" still shown from the claim before for this one's.
   */
  expectForm?: boolean;
}

/** The claim view: facts, documents viewer, checklist, decision and its history. */
export class ClaimView {
  constructor(readonly page: Page) {}

  get facts(): Locator {
    return this.page.getByRole('region', { name: 'Claim facts' });
  }
  get documents(): Locator {
    return this.page.getByRole('region', { name: 'Documents' });
  }
  get checklist(): Locator {
    return this.page.getByRole('region', { name: 'Checklist' });
  }
  get decision(): Locator {
    return this.page.getByRole('region', { name: 'Decision', exact: true });
  }
  get history(): Locator {
    return this.page.getByRole('region', { name: 'Decision history' });
  }
  get decisionDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Decision' });
  }

  check(label: (typeof CHECK_LABELS)[number]): Locator {
    return this.checklist.getByRole('group', { name: label });
  }

  async selectDocument(fileName: string): Promise<void> {
    await this.documents.getByRole('tab', { name: fileName }).click();
  }

  pageCanvas(fileName: string, pageNumber = 1): Locator {
    return this.documents.getByLabel(`${fileName} page ${pageNumber}`, { exact: true });
  }

  /** Waits until the page's canvas shows ink (text or drawing), not just a white rectangle. */
  async expectPagePainted(fileName: string, pageNumber = 1): Promise<void> {
    const canvas = this.pageCanvas(fileName, pageNumber);
    await expect(canvas).toBeVisible({ timeout: 20_000 });
    await expect
      .poll(async () => inkShare(await canvas.screenshot()), { timeout: 20_000, message: `${fileName} page ${pageNumber} painted` })
      .toBeGreaterThan(0.002);
  }

  async setCheck(label: (typeof CHECK_LABELS)[number], status: 'Pass' | 'Fail' | 'Review' | 'N/A', note?: string): Promise<void> {
    const group = this.check(label);
    const override = group.getByRole('button', { name: /^Override/ });
    if (await override.isVisible()) await override.click();
    await group.getByRole('radio', { name: status, exact: true }).check();
    if (note !== undefined) await group.getByRole('textbox', { name: 'Note' }).fill(note);
  }

  /**
   * Decides. Approve with no failing check saves at once; anything else goes through the
   * "Decision" dialog, which gets the given reasons, comment and override note.
   */
  /** Waits until the engine has judged the claim (or failed): the decision form depends on it. */
  async waitForEngine(): Promise<void> {
    const verdict = this.checklist.getByText(/^Engine: /).first();
    const noVerdict = this.checklist.locator('.callout.error, .callout.warning').first();
    await expect(verdict.or(noVerdict)).toBeVisible({ timeout: 30_000 });
    // OCR of a claim's scans and images (in the app since d4a6a52) takes tens of seconds on two
    // busy cores; the engine's own budget still ends a run that hangs.
    await expect(this.checklist.getByText('Checking documents…')).toHaveCount(0, { timeout: 90_000 });
  }

  async decide(kind: DecisionLabel, options: DecideOptions = {}): Promise<void> {
    // Deciding while the engine still runs makes Approve ask for an override note that goes away
    // when the verdict lands: a race in the test, not something a test of deciding should hit.
    await this.waitForEngine();
    if (options.viaKeyboard) {
      // Keys work outside text fields: move focus to the page body first.
      await this.page.locator('body').focus();
      await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await this.page.keyboard.press(KEYS[kind]);
    } else {
      await this.decision.getByRole('button', { name: kind, exact: true }).click();
    }
    const saved = this.page.getByRole('status').filter({ hasText: `Decision saved: ${kind}` });
    if (kind === 'Approve' && !options.expectForm) {
      await expect(saved.or(this.decisionDialog).first()).toBeVisible();
      if (await saved.isVisible()) return;
    }
    const dialog = this.decisionDialog;
    await expect(dialog).toBeVisible();
    for (const reason of options.reasons ?? []) await dialog.getByRole('checkbox', { name: reason }).check();
    if (options.comment !== undefined) await dialog.getByRole('textbox', { name: 'Comment to the partner' }).fill(options.comment);
    const override = dialog.getByRole('textbox', { name: 'Override note' });
    if (await override.isVisible()) await override.fill(options.overrideNote ?? 'Checked by hand: the documents support the claim.');
    await dialog.getByRole('button', { name: 'Save decision' }).click();
    await expect(dialog).toBeHidden();
    await expect(saved).toBeVisible();
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back to queue' }).click();
  }
}
