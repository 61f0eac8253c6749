import { expect, type Locator, type Page } from '@playwright/test';

/** The queue list: search, filters, the virtualised "Claims" table. */
export class QueueList {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Claims' }).or(this.page.getByRole('grid', { name: 'Claims' }));
  }

  row(claimId: string): Locator {
    return this.table.getByRole('row').filter({ hasText: claimId });
  }

  async search(text: string): Promise<void> {
    const box = this.page.getByRole('searchbox', { name: 'Search claims' });
    await box.fill(text);
    await expect(box).toHaveValue(text);
  }

  /** Searches for the claim (rows are virtualised) and opens it. */
  async openClaim(claimId: string): Promise<void> {
    const back = this.page.getByRole('button', { name: 'Back to queue' });
    if (await back.isVisible()) await back.click();
    await this.search(claimId);
    await expect(this.page.getByText(/^1 of \d+ claims?$/)).toBeVisible();
    await expect(this.row(claimId)).toHaveCount(1);
    await this.row(claimId).click();
    await expect(this.page.getByRole('region', { name: 'Claim facts' })).toContainText(claimId);
  }
}
