import { expect, sampleFile, sha256Of, shareOnePageInThisFile, test } from '../support/e2e-fixtures';
import { CHECK_LABELS } from './pages/claim-view';

test.describe('sample queue', () => {
  // One first run and one sample import for the file: the first test is the first run.
  shareOnePageInThisFile();

  test('first run asks for the reviewer name and lands on the sample queue', async ({ shell, list }) => {
    await shell.start();
    await shell.ensureSampleQueue();
    expect((await shell.claimCount()).total).toBe(13);
    await list.search('Fourth Coffee');
    await expect(list.row('1005102')).toBeVisible();
    await expect(list.row('1004973')).toHaveCount(0);
  });

  test('a claim shows its facts, paints its PDF and lists the seven checks', async ({ shell, list, claim }) => {
    await shell.startOnce();
    await shell.ensureSampleQueue();
    await list.openClaim('1004973');
    for (const text of [
      'Fabrikam',
      '5272302',
      'Contoso',
      'contoso.com',
      '45e6435d-dc1c-42e3-89be-e72e6c8f072d',
      'John Doe',
      'Microsoft Intune',
      'Microsoft Defender for Endpoint',
      'Signed SOW and POE template attached',
    ]) {
      await expect(claim.facts).toContainText(text);
    }
    await expect(claim.facts).toContainText(sha256Of(sampleFile('1004973/Contoso-SOW-signed.pdf')));
    await expect(claim.documents.getByRole('tab', { name: 'Contoso-POE-template.pdf' })).toBeVisible();
    await claim.selectDocument('Contoso-SOW-signed.pdf');
    await expect(claim.documents.getByRole('document', { name: 'Contoso-SOW-signed.pdf' })).toBeVisible();
    await claim.expectPagePainted('Contoso-SOW-signed.pdf', 1);
    await claim.documents.getByRole('button', { name: 'Next page' }).click();
    await claim.expectPagePainted('Contoso-SOW-signed.pdf', 2);
    for (const label of CHECK_LABELS) await expect(claim.check(label)).toBeVisible();
  });

  test('workloads associated to another partner and email and image documents are shown', async ({ shell, list, claim }) => {
    await shell.startOnce();
    await shell.ensureSampleQueue();
    await list.openClaim('1005170');
    await expect(claim.facts).toContainText(/another partner/i);
    await claim.selectDocument('signed-page-photo.png');
    await expect(claim.documents.getByRole('img', { name: 'signed-page-photo.png' })).toBeVisible();
    await claim.selectDocument('FW Conditional Access go-live.eml');
    await expect(claim.documents).toContainText('erik.nilsson@adatum.com');
    await expect(claim.documents).toContainText('FW: Conditional Access go-live');
    await expect(claim.documents).toContainText('Forwarded message');
  });

  test('the engine fills the checklist, and evidence opens the document at its page', async ({ shell, list, claim, page }) => {
    await shell.startOnce();
    await shell.ensureSampleQueue();
    // The closure report's only signature (Adobe Acrobat Sign block) is on its last page, 10.
    await list.openClaim('1005120');
    const report = 'Northwind-D365-closure-report.pdf';
    const signature = claim.check('Customer signature or acknowledgement');
    const evidence = signature.getByRole('button', { name: /^Show evidence: / }).first();
    await expect(evidence).toBeVisible({ timeout: 90_000 });
    await evidence.click();
    await claim.expectPagePainted(report, 10);
    await expect(
      page
        .getByRole('spinbutton', { name: 'Page number' })
        .or(page.getByRole('textbox', { name: 'Page number' }))
        .first(),
    ).toHaveValue('10');
  });
});
