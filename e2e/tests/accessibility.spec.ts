import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DESKTOP, NOT_FOUND_PAGES, PHONE, PUBLIC_PAGES } from './support';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One line per failing node, so a failure names the rule and the element. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

// Each page is loaded once and scanned at both widths (the styles follow the viewport when it changes): half the page
// loads of one test per width, for the same scans.
test.describe('axe, WCAG 2.1 A/AA, phone (375 px) and desktop (1280 px)', () => {
  for (const path of [...PUBLIC_PAGES, ...NOT_FOUND_PAGES]) {
    test(`${path} has no violation`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(path);
      const phone = await axeViolations(page);
      await page.setViewportSize(DESKTOP);
      const desktop = await axeViolations(page);
      expect([...phone.map((v) => `${PHONE.width} px: ${v}`), ...desktop.map((v) => `${DESKTOP.width} px: ${v}`)]).toEqual([]);
    });
  }
});

test('the phone menu, once open, has no violation either', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/en');
  await page.locator('summary', { hasText: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
