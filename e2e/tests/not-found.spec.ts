import { expect, test } from '@playwright/test';
import { fetchCampus } from './support';

const CASES = [
  { path: '/cette-page-n-existe-pas', lang: 'fr', title: 'Page introuvable', home: 'Accueil', homeHref: '/' },
  { path: '/formations/une/adresse/inconnue', lang: 'fr', title: 'Page introuvable', home: 'Accueil', homeHref: '/' },
  { path: '/en/no-such-page', lang: 'en', title: 'Page not found', home: 'Home', homeHref: '/en' },
] as const;

for (const c of CASES) {
  test(`an unknown address (${c.path}) answers 404 with a helpful page in the site shell`, async ({ page, request }) => {
    const { profile } = await fetchCampus(request);
    const response = await page.goto(c.path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
    await expect(page).toHaveTitle(`${c.title} — ${profile.shortName}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
    // Still the campus's site: header, navigation and footer are there.
    await expect(page.getByRole('banner')).toContainText(profile.shortName);
    await expect(page.getByRole('contentinfo')).toBeVisible();
    // It suggests where to go, and the suggestions work.
    const home = page.getByRole('main').getByRole('link', { name: c.home, exact: true });
    await expect(home).toHaveAttribute('href', c.homeHref);
    await home.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(profile.name);
  });
}

test('unknown API addresses stay JSON errors, not web pages', async ({ request }) => {
  const response = await request.get('/api/v1/nothing-here');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toContain('application/json');
});
