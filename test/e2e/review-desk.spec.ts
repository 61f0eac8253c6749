import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect, sampleFile, shareOnePageInThisFile, test, validClaim } from '../support/e2e-fixtures';
import type { AppShell } from './pages/app-shell';
import type { QueueList } from './pages/queue-list';

// The review desk is the background checks' output (suggestions, links, clocks): they run here.
test.use({ backgroundChecks: 'running' });

/** A one-page text PDF: the same wording for every customer but the name (a reused template). */
async function templatePdf(customer: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  const lines = [
    `Proof of execution for ${customer}`,
    ...Array.from(
      { length: 34 },
      (_, i) => `Item ${i + 1}: the partner configured policy set ${i * 3} and rolled out wave ${i * 7} to pilot group ${i * 11}.`,
    ),
  ];
  lines.forEach((line, i) => page.drawText(line, { x: 40, y: 800 - i * 20, size: 10, font }));
  return doc.save();
}

const TENANT = '45e6435d-dc1c-42e3-89be-e72e6c8f072d';
const fresh = { submittedAt: '2026-11-19', statusChangedAt: '2026-11-19' };
const customer = (name: string, domain: string, tenantId?: string) => ({
  name,
  domain,
  ...(tenantId ? { tenantId } : {}),
  country: 'US',
  sector: 'commercial',
});
const partner = (name: string, partnerId: string) => ({ name, partnerId });

/**
 * Serious and critical axe violations on screen, as lines. Left out: pdf.js's transparent text
 * layer, and the viewer's document tabs, whose dark-mode colours are the viewer's own work
 * (issue 9's viewer pane; its tests cover them).
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('.textLayer').exclude('.poe-viewer-tab').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`)
          .slice(0, 4)
          .join(' | ')}`,
    );
}

type MakeQueue = (manifest: unknown, files?: Record<string, Uint8Array>) => Promise<{ zip(): Promise<string> }>;

/**
 * Week 47's queue open (imported, unless an earlier test of this file already did on the page
 * they share), its claims in the list.
 */
async function openDeskQueue(page: Page, shell: AppShell, list: QueueList, makeQueue: MakeQueue): Promise<void> {
  await shell.startOnce();
  if (!(await page.getByRole('banner').getByText('Desk week 47').isVisible())) {
    await shell.openQueueZip(await (await deskQueue(makeQueue)).zip());
    await shell.waitForImport();
  }
  await expect(list.row('H-8')).toBeVisible({ timeout: 30_000 });
}

/**
 * Week 47's queue: a conflict pair (A-1, B-2: same tenant and workload, different partners), one
 * file on two partners' claims (A-1, C-3), a template reused across customers (D-4, E-5), a claim
 * overdue (F-6) and one due today (H-8) on 20 Nov 2026, and a refused document (G-7).
 */
async function deskQueue(makeQueue: MakeQueue) {
  const sow = readFileSync(sampleFile('1004973/Contoso-SOW-signed.pdf'));
  const report = readFileSync(sampleFile('1005120/Northwind-D365-closure-report.pdf'));
  const manifest = {
    schema: 'poe-queue/1',
    name: 'Desk week 47',
    claims: [
      validClaim('A-1', {
        ...fresh,
        partner: partner('Fabrikam', '1'),
        customer: customer('Contoso', 'contoso.com', TENANT),
        documents: [{ path: 'a/sow.pdf' }],
      }),
      validClaim('B-2', {
        ...fresh,
        partner: partner('Relecloud', '2'),
        customer: customer('Contoso', 'contoso.com', TENANT),
        documents: [{ path: 'b/report.pdf' }],
      }),
      validClaim('C-3', {
        ...fresh,
        partner: partner('Litware', '3'),
        customer: customer('Northwind', 'northwind.com'),
        workloads: [{ name: 'Microsoft Teams' }],
        documents: [{ path: 'c/copy-of-sow.pdf' }],
      }),
      validClaim('D-4', {
        ...fresh,
        partner: partner('Fabrikam', '1'),
        customer: customer('Tailwind Traders', 'tailwindtraders.com'),
        workloads: [{ name: 'Exchange Online' }],
        documents: [{ path: 'd/poe.pdf' }],
      }),
      validClaim('E-5', {
        ...fresh,
        partner: partner('Proseware', '5'),
        customer: customer('Alpine Ski House', 'alpineskihouse.com'),
        workloads: [{ name: 'SharePoint Online' }],
        documents: [{ path: 'e/poe.pdf' }],
      }),
      validClaim('F-6', {
        status: 'Under review',
        submittedAt: '2026-10-30',
        statusChangedAt: '2026-11-02',
        partner: partner('Fabrikam', '1'),
        customer: customer('Woodgrove Bank', 'woodgrovebank.com'),
        workloads: [{ name: 'Microsoft Entra ID P2' }],
        documents: [{ path: 'f/report.pdf' }],
      }),
      validClaim('G-7', {
        ...fresh,
        partner: partner('Fabrikam', '1'),
        customer: customer('Lamna Healthcare', 'lamna.com'),
        workloads: [{ name: 'Microsoft Purview' }],
        documents: [{ path: 'g/report.pdf' }, { path: '../outside.pdf' }],
      }),
      validClaim('H-8', {
        status: 'Under review',
        submittedAt: '2026-11-12',
        statusChangedAt: '2026-11-13',
        partner: partner('Fabrikam', '1'),
        customer: customer('Fourth Coffee', 'fourthcoffee.com'),
        workloads: [{ name: 'Microsoft Defender for Endpoint' }],
        documents: [{ path: 'h/report.pdf' }],
      }),
    ],
  };
  return makeQueue(manifest, {
    'a/sow.pdf': sow,
    'b/report.pdf': report,
    'c/copy-of-sow.pdf': sow,
    'd/poe.pdf': await templatePdf('Tailwind Traders'),
    'e/poe.pdf': await templatePdf('Alpine Ski House'),
    'f/report.pdf': report,
    'g/report.pdf': report,
    'h/report.pdf': report,
  });
}

test.describe('the review desk', () => {
  // One page for the file: week 47 is imported and checked in the background once, and each test
  // goes on from there (the first one's decision is undone before it ends). Cross-queue links come
  // last: they open week 48 beside it.
  shareOnePageInThisFile();

  test('conflicts, duplicate files, reused templates and deadlines show in the list and on the claim; Compare; undo survives a reload; rules without holes', async ({
    shell,
    list,
    claim,
    page,
    makeQueue,
  }) => {
    test.setTimeout(240_000);
    // The clocks read the browser's date: fix it so "overdue" and "due today" do not drift.
    await page.clock.setFixedTime(new Date('2026-11-20T10:00:00'));
    await openDeskQueue(page, shell, list, makeQueue);

    // Triage runs over every claim in the background; the list fills in as it goes.
    await expect(list.table.getByText('Not checked yet')).toHaveCount(0, { timeout: 150_000 });
    const flag = (id: string, kind: string) => list.row(id).locator(`[data-link-kind="${kind}"]`);
    await expect(flag('A-1', 'conflict')).toBeVisible();
    await expect(flag('B-2', 'conflict')).toBeVisible();
    await expect(flag('A-1', 'duplicate-document')).toBeVisible();
    await expect(flag('C-3', 'duplicate-document')).toBeVisible();
    await expect(flag('D-4', 'reused-text')).toBeVisible();
    await expect(flag('E-5', 'reused-text')).toBeVisible();
    await expect(flag('F-6', 'conflict')).toHaveCount(0);
    await expect(list.row('F-6').locator('[data-clock-state="overdue"]')).toBeVisible();
    await expect(list.row('H-8').locator('[data-clock-state="due-today"]')).toBeVisible();
    await expect(list.row('A-1').locator('[data-clock-state="overdue"]')).toHaveCount(0);

    // The overdue filter keeps the overdue claim only.
    await page.getByLabel('Triage').selectOption('overdue');
    await expect(page.getByText('1 of 8 claims')).toBeVisible();
    await page.getByLabel('Triage').selectOption('all');

    // On the claims: flags naming the other claim, and the clocks.
    await list.openClaim('D-4');
    const flags = page.getByRole('region', { name: 'Deadlines and linked claims' });
    await expect(flags.locator('[data-link-kind="reused-text"]')).toHaveAttribute('title', /E-5/);
    await expect(flags.getByRole('button', { name: 'E-5', exact: true })).toBeVisible();
    await list.openClaim('F-6');
    await expect(flags.locator('[data-clock-state="overdue"]')).toContainText('Answer due');
    await list.openClaim('A-1');
    await expect(flags.locator('[data-link-kind="conflict"]')).toHaveAttribute('title', /B-2/);
    await expect(flags.locator('[data-link-kind="duplicate-document"]')).toHaveAttribute('title', /C-3/);
    await expect(flags.getByRole('button', { name: 'C-3', exact: true })).toBeVisible();

    // Compare: both claims side by side, the differing facts marked, documents in two viewers.
    await flags.getByRole('button', { name: 'Compare with B-2' }).click();
    const compare = page.getByRole('region', { name: 'Compare claim A-1 with claim B-2' });
    await expect(compare).toBeVisible();
    await expect(compare.getByRole('row', { name: /^Partner \(differs\)/ })).toHaveAttribute('data-differs', 'true');
    await expect(compare.getByRole('row', { name: /^Tenant ID/ })).not.toHaveAttribute('data-differs', 'true');
    await expect(compare.getByRole('region', { name: 'Documents of claim A-1' })).toBeVisible();
    await expect(compare.getByRole('region', { name: 'Documents of claim B-2' })).toBeVisible();
    await compare.getByRole('button', { name: 'Close compare' }).click();

    // Approving one claim of a conflict asks why this partner drove the most influence.
    await claim.waitForEngine();
    await claim.decision.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(claim.decisionDialog).toContainText('say why this partner drove the most influence');
    await claim.decisionDialog
      .getByRole('textbox', { name: 'Override note' })
      .fill('Fabrikam ran the rollout; Relecloud only resold licences.');
    await claim.decisionDialog.getByRole('button', { name: 'Save decision' }).click();
    await expect(page.getByRole('status')).toContainText('Decision saved: Approve');

    // Undo (the key), then a reload: the claim is undecided again, the undo is in the history.
    await list.openClaim('A-1');
    await expect(claim.decision).toContainText('Approve');
    await page.locator('body').focus();
    await page.keyboard.press('u');
    await expect(page.getByRole('status')).toContainText('Undone: Approve on claim A-1');
    await expect(claim.decision).toContainText('Not decided yet');
    await page.reload();
    // The app reopens the claim it was on.
    await expect(page.getByRole('region', { name: 'Claim facts' })).toContainText('A-1', { timeout: 20_000 });
    await expect(claim.decision).toContainText('Not decided yet');
    await expect(claim.history.getByRole('listitem').first()).toContainText('undone');
    await expect(page.getByText('8 of 8 undecided')).toBeVisible();
    await claim.back();
    await expect(list.row('A-1').locator('.badge.decision-none')).toHaveText('Undecided');

    // A refused document: approving asks for a note and says which rule applies.
    await list.openClaim('G-7');
    await claim.waitForEngine();
    await claim.decision.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(claim.decisionDialog.getByRole('list', { name: 'Rules that apply' })).toContainText('refused');
    await claim.decisionDialog.getByRole('button', { name: 'Save decision' }).click();
    await expect(claim.decisionDialog).toContainText('Explain why you approve');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the list, a claim and Compare have no serious accessibility violations (${scheme})`, async ({ shell, list, page, makeQueue }) => {
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.clock.setFixedTime(new Date('2026-11-20T10:00:00'));
      await page.setViewportSize({ width: 1366, height: 768 });
      await openDeskQueue(page, shell, list, makeQueue);
      await expect(list.table.getByText('Not checked yet')).toHaveCount(0, { timeout: 150_000 });
      // The whole list fits the width: no horizontal scroll at 1366 px.
      const scroller = page.locator('.claims-scroll');
      expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: test.info().outputPath(`list-1366-${scheme}.png`) });
      expect(await seriousViolations(page), 'queue list').toEqual([]);

      await list.openClaim('A-1');
      const flags = page.getByRole('region', { name: 'Deadlines and linked claims' });
      await expect(flags.locator('[data-link-kind="conflict"]')).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`claim-1366-${scheme}.png`) });
      expect(await seriousViolations(page), 'claim view').toEqual([]);

      await flags.getByRole('button', { name: 'Compare with B-2' }).click();
      await expect(page.getByRole('region', { name: 'Compare claim A-1 with claim B-2' })).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`compare-1366-${scheme}.png`) });
      expect(await seriousViolations(page), 'compare').toEqual([]);
    });
  }

  test('links reach across queues: a claim of another queue on the same tenant and workload, or with the same file, is flagged on both', async ({
    shell,
    list,
    page,
    makeQueue,
  }) => {
    test.setTimeout(240_000);
    await page.clock.setFixedTime(new Date('2026-11-20T10:00:00'));
    // The accessibility tests before this one left their scheme and size on the shared page.
    await page.emulateMedia({ colorScheme: 'light' });
    const { viewport } = test.info().project.use;
    if (viewport) await page.setViewportSize(viewport);
    await openDeskQueue(page, shell, list, makeQueue);
    await expect(list.table.getByText('Not checked yet')).toHaveCount(0, { timeout: 150_000 });

    // Next week's queue: Adatum claims A-1's tenant and workload; Trey attaches F-6's very file.
    const report = readFileSync(sampleFile('1005120/Northwind-D365-closure-report.pdf'));
    const week48 = await makeQueue(
      {
        schema: 'poe-queue/1',
        name: 'Desk week 48',
        claims: [
          validClaim('X-9', {
            ...fresh,
            partner: partner('Adatum', '9'),
            customer: customer('Contoso', 'contoso.com', TENANT),
            documents: [{ path: 'x/poe.pdf' }],
          }),
          validClaim('Y-10', {
            ...fresh,
            partner: partner('Trey Research', '10'),
            customer: customer('Coho Winery', 'cohowinery.com'),
            workloads: [{ name: 'Power BI Pro' }],
            documents: [{ path: 'y/report.pdf' }],
          }),
        ],
      },
      { 'x/poe.pdf': await templatePdf('Contoso'), 'y/report.pdf': report },
    );
    await shell.openQueueZip(await week48.zip());
    await shell.waitForImport();
    await expect(list.row('Y-10')).toBeVisible({ timeout: 30_000 });
    await expect(list.table.getByText('Not checked yet')).toHaveCount(0, { timeout: 150_000 });
    await expect(list.row('X-9').locator('[data-link-kind="conflict"]')).toHaveAttribute('title', /A-1/);
    await expect(list.row('Y-10').locator('[data-link-kind="duplicate-document"]')).toHaveAttribute('title', /F-6/);

    // On the claim: the other queue's claim named as such, and a way to it.
    await list.openClaim('X-9');
    const flags = page.getByRole('region', { name: 'Deadlines and linked claims' });
    await expect(flags.locator('.linked-claim').filter({ hasText: 'A-1' })).toContainText('(other queue)');
    await flags.getByRole('button', { name: 'A-1', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Claim facts' })).toContainText('A-1');
    await expect(page.getByText('Desk week 47')).toBeVisible();
    // And back in week 47, A-1 names X-9 as well.
    await expect(flags.locator('[data-link-kind="conflict"]')).toHaveAttribute('title', /X-9/);
  });
});
