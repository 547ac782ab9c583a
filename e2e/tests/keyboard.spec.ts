import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE, expectVisibleFocus, tabTo } from './support';

test('the first Tab reaches the skip link, which moves the focus to the main content', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expectVisibleFocus(skip);
  await expect(skip).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab continues inside the content, past the header and its navigation.
  await page.keyboard.press('Tab');
  expect(await page.evaluate("document.activeElement?.closest('main') !== null")).toBe(true);
  await expectVisibleFocus(page.locator(':focus'));
});

test('on a wide screen, the main navigation is reachable and operable with the keyboard', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Accueil' })).toHaveAttribute('aria-current', 'page');

  const trainings = nav.getByRole('link', { name: 'Formations' });
  await tabTo(page, trainings);
  await expectVisibleFocus(trainings);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/formations$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Formations');
  await expect(nav.getByRole('link', { name: 'Formations' })).toHaveAttribute('aria-current', 'page');
});

test('on a phone, the menu opens and is used with the keyboard alone', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  const metiers = nav.getByRole('link', { name: 'Métiers' });
  await expect(metiers).toBeHidden();

  const toggle = page.locator('summary', { hasText: 'Menu' });
  await tabTo(page, toggle);
  await expectVisibleFocus(toggle);
  await page.keyboard.press('Enter');
  await expect(metiers).toBeVisible();

  await tabTo(page, metiers);
  await expectVisibleFocus(metiers);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/metiers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Métiers');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page, its figures and the phone menu all work', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await expect(page.locator('[data-figure="members"]')).toBeVisible();
    await page.locator('summary', { hasText: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Membres' }).click();
    await expect(page).toHaveURL(/\/membres$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Membres');
  });
});
