import { expect, shareOnePageInThisFile, test } from '../support/e2e-fixtures';
import { REVIEWER } from './pages/app-shell';

test.describe('decisions', () => {
  // Each test decides its own claims of the sample queue: one first run and import serve all.
  shareOnePageInThisFile();

  test('keyboard decisions persist across a reload and a changed decision keeps its history', async ({ shell, list, claim, page }) => {
    await shell.startOnce();
    await shell.ensureSampleQueue();
    await list.openClaim('1005233');
    await claim.setCheck('Activity detail', 'Fail', 'Only generic product benefits');
    await claim.decide('Action required', {
      viaKeyboard: true,
      reasons: ['Activities described generically'],
      comment: 'Please describe the work per workload: users, devices, phases and dates.',
    });

    await page.reload();
    // The name is kept in settings: no first-run prompt after a reload.
    await expect(page.getByRole('button', { name: `Reviewer: ${REVIEWER}` })).toBeVisible();
    await expect(shell.reviewerDialog).toBeHidden();
    await shell.ensureSampleQueue();
    await list.openClaim('1005233');
    await expect(claim.history).toContainText('Action required');
    await expect(claim.history).toContainText(REVIEWER);
    await expect(claim.history).toContainText('Please describe the work per workload');
    await expect(claim.check('Activity detail').getByRole('radio', { name: 'Fail', exact: true })).toBeChecked();

    await claim.decide('Reject', {
      viaKeyboard: true,
      reasons: ['Other (see comment)'],
      comment: 'Resubmitted twice with the same generic letter.',
    });
    await list.openClaim('1005233');
    const entries = claim.history.getByRole('listitem').filter({ hasText: REVIEWER });
    await expect(entries).toHaveCount(2);
    await expect(entries.filter({ hasText: 'Reject' })).toHaveCount(1);
    await expect(entries.filter({ hasText: 'Action required' })).toHaveCount(1);
  });

  test('approve with the keyboard, and cancelling the decision form saves nothing', async ({ shell, list, claim }) => {
    await shell.startOnce();
    await shell.ensureSampleQueue();
    await list.openClaim('1005061');
    await claim.page.locator('body').focus();
    await claim.page.keyboard.press('x');
    await expect(claim.decisionDialog).toBeVisible();
    await claim.decisionDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(claim.decisionDialog).toBeHidden();
    await expect(claim.history.getByRole('listitem')).toHaveCount(0);

    await claim.decide('Approve', { viaKeyboard: true, overrideNote: 'Disclosure and SOW checked by hand.' });
    await list.openClaim('1005061');
    await expect(claim.history).toContainText('Approve');
  });

  test('approving a claim whose public sector check fails asks for an override note', async ({ shell, list, claim }) => {
    await shell.startOnce();
    await shell.ensureSampleQueue();
    // Bellows College: a US education customer with no fee disclosure: the engine fails the check.
    await list.openClaim('1005088');
    // Wait for the engine's verdict before deciding (shown as "Engine: <status>" in the group).
    await expect(claim.check('Public sector disclosure')).toContainText('Engine: Fail', { timeout: 90_000 });
    await claim.decision.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(claim.decisionDialog).toBeVisible();
    const override = claim.decisionDialog.getByRole('textbox', { name: 'Override note' });
    await expect(override).toBeVisible();
    await override.fill('Disclosure received by post; scanned copy requested.');
    await claim.decisionDialog.getByRole('button', { name: 'Save decision' }).click();
    await expect(claim.page.getByRole('status').filter({ hasText: 'Decision saved: Approve' })).toBeVisible();
    await list.openClaim('1005088');
    await expect(claim.history).toContainText('Disclosure received by post');
  });
});
