import { expect, test } from '@playwright/test';
import { DESKTOP, NOT_FOUND_PAGES, PHONE, PUBLIC_PAGES, axeViolations } from './support';

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
