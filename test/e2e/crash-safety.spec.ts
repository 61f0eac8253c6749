import { expect, shareOnePageInThisFile, test } from '../support/e2e-fixtures';
import { REVIEWER } from './pages/app-shell';

/**
 * RELIABILITY 18: every decision the UI showed as saved is there after the page goes away, and
 * a double submit or a retry never records it twice (the decision id is made once per form).
 */
test.describe('crash safety of saves', () => {
  // Each test decides its own claim of the sample queue: one first run and import serve both.
  shareOnePageInThisFile();

  test('a decision shown as saved survives a reload right after the status appears', async ({ shell, list, claim, page }) => {
    await shell.startOnce();
    await shell.ensureSampleQueue();
    await list.openClaim('1005033');
    await claim.decide('Reject', {
      reasons: ['Another partner drove more influence (conflicting claim)'],
      comment: 'Saved just before the reload.',
    });
    // decide() returns as soon as "Decision saved: Reject" shows: reload at once, no settling.
    await page.reload();
    await expect(page.getByRole('button', { name: `Reviewer: ${REVIEWER}` })).toBeVisible();
    await shell.ensureSampleQueue();
    await list.openClaim('1005033');
    // Entries name their reviewer; a decision's reasons are list items too.
    const entries = claim.history.getByRole('listitem').filter({ hasText: REVIEWER });
    await expect(entries).toHaveCount(1);
    await expect(entries.first()).toContainText('Reject');
    await expect(entries.first()).toContainText('Saved just before the reload.');
    await expect(claim.decision).toContainText('Reject');
  });

  test('a double submit of the decision form records the decision once', async ({ shell, list, claim, page }) => {
    await shell.startOnce();
    await shell.ensureSampleQueue();
    await list.openClaim('1005190');
    // Auto-advance off: the claim stays open, so its history is what the test reads. The box
    // shows the stored setting, so it turns off once the write is read back (not on the click).
    const autoAdvance = page.getByRole('checkbox', { name: 'Auto-advance' });
    await autoAdvance.click();
    await expect(autoAdvance).not.toBeChecked();
    await claim.decision.getByRole('button', { name: 'Action required', exact: true }).click();
    const dialog = claim.decisionDialog;
    await expect(dialog).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Activities described generically' }).check();
    await dialog.getByRole('textbox', { name: 'Comment to the partner' }).fill('Submitted twice in one go.');
    // Three submits inside one task, before React can re-render the form as "Saving…": the
    // fastest double click or a Ctrl+Enter together with a click.
    await dialog.evaluate((node) => {
      const form = node.querySelector('form');
      if (!form) throw new Error('no form in the dialog');
      form.requestSubmit();
      form.requestSubmit();
      form.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    });
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Decision saved: Action required' })).toBeVisible();
    await expect(claim.history.getByRole('listitem').filter({ hasText: REVIEWER })).toHaveCount(1);
    await expect(claim.history.getByRole('listitem').filter({ hasText: REVIEWER }).first()).toContainText('Submitted twice in one go.');

    // The database agrees after a reload (nothing was waiting to be written).
    await page.reload();
    await shell.ensureSampleQueue();
    await list.openClaim('1005190');
    await expect(claim.history.getByRole('listitem').filter({ hasText: REVIEWER })).toHaveCount(1);
  });
});
