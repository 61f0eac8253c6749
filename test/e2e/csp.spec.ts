import { expect, test } from '../support/e2e-fixtures';

/**
 * The web build carries the Electron policy in a <meta> CSP (no eval, no inline styles). A
 * violation means something in the app (zod's JIT, an inline style, a remote load) needs a
 * looser policy than we ship, and in Electron that feature silently breaks.
 */
function recordViolations(): void {
  const w = window as unknown as { __poeCspViolations: string[] };
  w.__poeCspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__poeCspViolations.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
    );
  });
}

test('no CSP violations across the queue, a PDF, an email, an image, a corrupt PDF and the decision form', async ({
  shell,
  list,
  claim,
  page,
}) => {
  await page.addInitScript(recordViolations);
  await shell.start();
  await shell.ensureSampleQueue();

  await list.openClaim('1004973');
  await claim.selectDocument('Contoso-SOW-signed.pdf');
  await claim.expectPagePainted('Contoso-SOW-signed.pdf', 1);
  // The engine's verdicts have parsed their report (zod) by the time evidence shows.
  await expect(
    claim
      .check('Customer signature or acknowledgement')
      .getByRole('button', { name: /^Show evidence: / })
      .first(),
  ).toBeVisible({ timeout: 30_000 });

  await list.openClaim('1005007');
  await claim.selectDocument('RE Teams Phone managed service.eml');
  await expect(claim.documents).toContainText('karen.mendes@woodgrovebank.com');

  await list.openClaim('1005170');
  await claim.selectDocument('signed-page-photo.png');
  await expect(claim.documents.getByRole('img', { name: 'signed-page-photo.png' })).toBeVisible();

  await list.openClaim('1005215');
  await claim.selectDocument('Lamna-SOW-signed.pdf');
  await expect(claim.documents.getByRole('alert').filter({ hasText: 'Lamna-SOW-signed.pdf' })).toBeVisible({ timeout: 20_000 });
  await claim.decide('Action required', {
    reasons: ['Documents missing, unreadable or password protected'],
    comment: 'Please upload readable copies.',
  });

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');

  const violations = await page.evaluate(() => (window as unknown as { __poeCspViolations: string[] }).__poeCspViolations);
  expect(violations).toEqual([]);
});
