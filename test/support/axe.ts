import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Serious and critical axe violations of what is on screen, as readable lines (empty when none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // pdf.js's text layer is transparent text over the page canvas, for selection: one node per text
  // run, which makes axe slow; it is not what the reviewer reads (the canvas is), so it is left out.
  const results = await new AxeBuilder({ page }).exclude('.textLayer').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}
