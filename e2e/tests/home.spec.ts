import { expect, test } from '@playwright/test';
import { fetchCampus, numberIn } from './support';

test.describe('home page', () => {
  test('in French, shows the campus from its profile and the real figures of the database', async ({ page, request }) => {
    const { profile, figures } = await fetchCampus(request);
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle(`Accueil — ${profile.shortName}`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(profile.name));

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(profile.name);
    await expect(page.getByText(profile.tagline.fr)).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: new RegExp(profile.shortName) })).toBeVisible();

    for (const [name, value] of Object.entries(figures)) {
      const figure = page.locator(`[data-figure="${name}"]`);
      await expect(figure, name).toBeVisible();
      expect(numberIn(await figure.locator('.key-figure__value').innerText()), name).toBe(value);
    }
    // A key number is read with its label, as one phrase.
    await expect(page.locator('[data-figure="members"]')).toContainText(figures.members > 1 ? 'membres du réseau' : 'membre du réseau');
  });

  test('in English at /en, with the English tagline and labels and the same figures', async ({ page, request }) => {
    const { profile, figures } = await fetchCampus(request);
    const response = await page.goto('/en');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(`Home — ${profile.shortName}`);
    await expect(page.getByText(profile.tagline.en)).toBeVisible();
    // The campus's official name stays French, and is marked so screen readers pronounce it as French.
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Trainings' })).toHaveAttribute(
      'href',
      '/en/trainings',
    );
    await expect(page.locator('[data-figure="companies"]')).toContainText(figures.companies === 1 ? 'company' : 'companies');
    for (const [name, value] of Object.entries(figures)) {
      expect(numberIn(await page.locator(`[data-figure="${name}"] .key-figure__value`).innerText()), name).toBe(value);
    }
  });

  test('the five objectives of the campus lead somewhere that exists', async ({ page, request }) => {
    await page.goto('/');
    const objectives = page.getByRole('region', { name: 'Ce que le campus fait pour vous' }).getByRole('listitem');
    await expect(objectives).toHaveCount(5);
    for (const link of await objectives.getByRole('link').all()) {
      const href = (await link.getAttribute('href'))!;
      expect((await request.get(href)).status(), href).toBe(200);
    }
  });
});

test.describe('language', () => {
  test('the switcher opens the same page in the other language, and back', async ({ page }) => {
    await page.goto('/a-propos-des-donnees');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/about-the-data$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the data');

    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/a-propos-des-donnees$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('À propos des données');
  });
});
