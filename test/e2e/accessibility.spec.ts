import type { Page } from '@playwright/test';
import { ATTACHED_PDF, DOCX_CLAIM, MAIL_CLAIM, MAIL_NAME, XLSX_CLAIM, officeQueue } from '../support/format-claims';
import { CHECK_LABELS } from './pages/claim-view';
import { seriousViolations } from '../support/axe';
import { expect, shareOnePageInThisFile, test } from '../support/e2e-fixtures';

// axe walks the whole page several times; on the shared 2-core machine that takes tens of seconds
// (the light and dark test: 55 s on CI, over 180 s with the machine's cores five times oversubscribed).
test.describe.configure({ timeout: 300_000 });
// One page for the file: the sample queue's two tests first, then the office queue's.
shareOnePageInThisFile();

test('the queue list, a PDF claim, the decision form and the export menu have no serious accessibility violations', async ({
  page,
  shell,
  list,
  claim,
}) => {
  await shell.start();
  await shell.ensureSampleQueue();
  expect(await seriousViolations(page), 'queue list').toEqual([]);
  await list.openClaim('1004973');
  await claim.expectPagePainted('Contoso-SOW-signed.pdf', 1);
  await claim.waitForEngine();
  expect(await seriousViolations(page), 'claim view with a PDF').toEqual([]);
  await claim.decision.getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(claim.decisionDialog).toBeVisible();
  expect(await seriousViolations(page), 'decision form').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(claim.decisionDialog).toBeHidden();
  await claim.back();
  await page.getByRole('button', { name: 'Export decisions' }).click();
  expect(await seriousViolations(page), 'export menu').toEqual([]);
});

test('at 1366×768 the seven checks show their status without scrolling, and each is reachable by keyboard', async ({
  page,
  shell,
  list,
  claim,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await shell.startOnce();
  await shell.ensureSampleQueue();
  // 1005061: every check carries evidence (the tallest list); 1005215: all seven to confirm (the
  // longest summary); 1005120 last, for the keyboard part.
  for (const id of ['1005061', '1005215', '1005120']) {
    await list.openClaim(id);
    await claim.waitForEngine();
    for (const label of CHECK_LABELS) {
      // Its title line (number, name, badge) and its "Engine: …" line, top to bottom, not clipped
      // by the scrolled list nor under the decision panel: what is drawn there is the line itself.
      for (const line of [claim.check(label).locator('legend'), claim.check(label).locator('.engine-line')]) {
        const shown = await line.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const x = r.left + Math.min(24, r.width / 2);
          return [r.top + 1, r.top + r.height / 2, r.bottom - 1].every((y) => {
            const hit = document.elementFromPoint(x, y);
            return hit !== null && (hit === el || el.contains(hit));
          });
        });
        expect(shown, `claim ${id}, ${label}: ${await line.evaluate((el) => el.tagName.toLowerCase())} shown in full`).toBe(true);
      }
    }
    await page.screenshot({ path: test.info().outputPath(`checklist-1366x768-${id}.png`) });
  }
  // Keyboard: 7 focuses the last check's override; it opens on Enter and its statuses take the focus.
  await page.locator('body').focus();
  await page.keyboard.press('7');
  const override = claim.check('Document type').getByRole('button', { name: /^Override/ });
  await expect(override).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(claim.check('Document type').getByRole('radio').first()).toBeFocused();
});

/**
 * The page's headings as a reader's outline: exactly one level-one heading, first, and no level
 * skipped on the way down (axe rates these "moderate", so they are checked here outright).
 */
async function headingOutlineProblems(page: Page): Promise<string[]> {
  const levels = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]'))
      .filter((h) => h.getClientRects().length > 0 || h.classList.contains('visually-hidden'))
      .map((h) => ({ level: Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)), text: (h.textContent ?? '').trim().slice(0, 40) })),
  );
  const problems: string[] = [];
  const ones = levels.filter((h) => h.level === 1);
  if (ones.length !== 1) problems.push(`${ones.length} level-one headings: ${ones.map((h) => h.text).join(' | ')}`);
  if (levels[0] && levels[0].level !== 1) problems.push(`first heading is level ${levels[0].level}: ${levels[0].text}`);
  levels.forEach((h, i) => {
    const before = levels[i - 1];
    if (before && h.level > before.level + 1) problems.push(`h${before.level} "${before.text}" then h${h.level} "${h.text}"`);
  });
  return problems;
}

/** The focused element shows a focus ring a reviewer can see (an outline at least 2 px wide). */
async function expectFocusRing(page: Page, what: string): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring && ring.outline !== 'none' && ring.width >= 2, `${what}: focus visible (${JSON.stringify(ring)})`).toBe(true);
}

/**
 * Both colour schemes are checked on each view in turn: one import of the office queue and one
 * engine run per claim serve both (a test per scheme paid the start, the imports and the engine
 * runs twice for the same views).
 */
const SCHEMES = ['light', 'dark'] as const;

test('in light and dark mode the claim view with a PDF, a .docx, an .xlsx and an e-mail has no serious accessibility violations, one level-one heading and headings in order', async ({
  page,
  shell,
  list,
  claim,
  makeQueue,
}) => {
  const { manifest, files } = await officeQueue();
  const queue = await makeQueue(manifest, files);
  // The test before looked at 1366×768 on the page this file shares.
  const { viewport } = test.info().project.use;
  if (viewport) await page.setViewportSize(viewport);
  await shell.startOnce();
  await shell.openQueueZip(await queue.zip());
  await shell.waitForImport();
  /** The view in each scheme: no serious violation, headings in order, a screenshot. */
  const expectAccessibleInBothSchemes = async (what: string) => {
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page), `${scheme} ${what}`).toEqual([]);
      expect(await headingOutlineProblems(page), `${scheme} ${what}`).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`${scheme}-${what}.png`) });
    }
  };
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await headingOutlineProblems(page), `${scheme} queue list`).toEqual([]);
  }
  for (const [id, ready] of [
    [DOCX_CLAIM, claim.documents.getByRole('heading', { name: 'Proof of Execution' })],
    [XLSX_CLAIM, claim.documents.getByRole('tablist', { name: 'Sheets' })],
    [MAIL_CLAIM, claim.documents.getByRole('region', { name: 'Message body' })],
  ] as const) {
    await list.openClaim(id);
    await expect(ready).toBeVisible({ timeout: 20_000 });
    await claim.waitForEngine();
    await expectAccessibleInBothSchemes(id);
  }
  // The e-mail's attached PDF, reached from its document tab by keyboard, focus visible on the way.
  const mailTab = claim.documents.getByRole('tab', { name: MAIL_NAME, exact: true });
  const pdfTab = claim.documents.getByRole('tab', { name: `${MAIL_NAME} › ${ATTACHED_PDF}` });
  const expectFocusRingInBothSchemes = async (what: string) => {
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectFocusRing(page, `${scheme} ${what}`);
    }
  };
  await mailTab.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(mailTab).toBeFocused();
  await expectFocusRingInBothSchemes('document tab');
  await page.keyboard.press('ArrowRight');
  await expect(pdfTab).toBeFocused();
  await expect(pdfTab).toHaveAttribute('aria-selected', 'true');
  await expectFocusRingInBothSchemes('attachment tab');
  await claim.expectPagePainted(`${MAIL_NAME} › ${ATTACHED_PDF}`, 1);
  await expectAccessibleInBothSchemes('pdf');
});

test('the checking spinner and the import bar stand still when the system asks for less motion, and move when it does not', async ({
  page,
  shell,
}) => {
  await shell.startOnce();
  // The two things the app animates, as it draws them (checklist-panel's "Checking documents…"
  // ring, import-status's bar of unknown length), styled by the app's own stylesheet.
  const animations = () =>
    page.evaluate(() => {
      const host = document.createElement('div');
      host.innerHTML = '<span class="spinner"></span><div class="bar"><div class="bar-fill" data-indeterminate="true"></div></div>';
      document.body.append(host);
      const names = [...host.querySelectorAll('.spinner, .bar-fill')].map((el) => getComputedStyle(el).animationName);
      host.remove();
      return names;
    });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await animations()).toEqual(['spin', 'slide']);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await animations()).toEqual(['none', 'none']);
});
