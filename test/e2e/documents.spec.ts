import { expect, test } from '../support/e2e-fixtures';

test('a corrupt PDF and a missing document are named in alerts, and the claim can still be decided', async ({ shell, list, claim }) => {
  await shell.start();
  await shell.ensureSampleQueue();
  await list.openClaim('1005215');
  await claim.selectDocument('Lamna-SOW-signed.pdf');
  await expect(claim.documents.getByRole('alert').filter({ hasText: 'Lamna-SOW-signed.pdf' })).toBeVisible({ timeout: 20_000 });
  await claim.selectDocument('Lamna-POE-acceptance.pdf');
  await expect(claim.documents.getByRole('alert').filter({ hasText: 'Lamna-POE-acceptance.pdf' })).toBeVisible({ timeout: 20_000 });
  await claim.decide('Action required', {
    reasons: ['Documents missing, unreadable or password protected'],
    comment: 'The signed SOW is damaged and the acceptance document is missing. Please upload both again.',
  });
  await list.openClaim('1005215');
  await expect(claim.history).toContainText('Action required');
});

test('the German SOW and the scanned page are shown', async ({ shell, list, claim }) => {
  await shell.start();
  await shell.ensureSampleQueue();
  await list.openClaim('1005102');
  await claim.expectPagePainted('Leistungsbeschreibung-Fourth-Coffee-unterschrieben.pdf', 1);
  await list.openClaim('1005155');
  await claim.documents.getByRole('navigation', { name: 'Thumbnails' }).getByRole('button', { name: 'Page 2', exact: true }).click();
  await claim.expectPagePainted('Margies-Travel-POE-scan.pdf', 2);
});
