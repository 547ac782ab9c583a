import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DESKTOP, NOT_FOUND_PAGES, PHONE, PUBLIC_PAGES } from './support';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One line per failing node, so a failure names the rule and the element. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

for (const [device, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test.describe(`axe, WCAG 2.1 A/AA, ${device} (${viewport.width} px)`, () => {
    test.use({ viewport });

    for (const path of [...PUBLIC_PAGES, ...NOT_FOUND_PAGES]) {
      test(`${path} has no violation`, async ({ page }) => {
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test('the phone menu, once open, has no violation either', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/en');
  await page.locator('summary', { hasText: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
