import { expect, test } from '@playwright/test';
import { REFERENCE_SOURCES } from '@passerelles/domain';
import type { RouteResponse, routes } from '@passerelles/contracts';
import { fetchCampus } from './support';

/** 163758 as French writes it (163 758, with a narrow no-break space), as a pattern. */
function numberPattern(n: number): string {
  return n.toLocaleString('fr-FR').replace(/\s/g, '\\s');
}

test('the footer credits every data producer and links to the statements and the API documentation', async ({ page, request }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  for (const producer of new Set(REFERENCE_SOURCES.map((s) => s.producer))) await expect(footer).toContainText(producer);
  await expect(footer).toContainText('Licence Ouverte / Etalab 2.0');
  await expect(footer.getByRole('link', { name: 'Accessibilité : non conforme' })).toHaveAttribute('href', '/accessibilite');
  await expect(footer.getByRole('link', { name: 'À propos des données' })).toHaveAttribute('href', '/a-propos-des-donnees');
  const apiDocs = footer.getByRole('link', { name: /Documentation de l’API/ });
  expect((await request.get((await apiDocs.getAttribute('href'))!)).status()).toBe(200);
});

test('« À propos des données » lists each source with producer, version, licence, link and its last import', async ({ page, request }) => {
  const { items } = (await (await request.get('/api/v1/reference-data')).json()) as RouteResponse<typeof routes.listDataSources>;
  expect(items.length).toBe(REFERENCE_SOURCES.length);
  const response = await page.goto('/a-propos-des-donnees');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/^À propos des données — /);
  const sources = page.locator('.source');
  await expect(sources).toHaveCount(items.length);
  for (const source of items) {
    const card = sources.filter({ has: page.getByRole('heading', { name: source.dataset.fr, exact: true }) });
    await expect(card).toContainText(source.producer);
    await expect(card).toContainText(source.version);
    await expect(card).toContainText(source.licence);
    await expect(card.getByRole('link')).toHaveAttribute('href', source.url);
    if (source.lastImport) {
      await expect(card).toContainText(source.lastImport.file);
      await expect(card).toContainText(new RegExp(`${numberPattern(source.lastImport.accepted)} accepté`));
      await expect(card).toContainText(new RegExp(`${numberPattern(source.lastImport.rejected)} rejeté`));
    } else {
      await expect(card).toContainText('Pas encore importé');
    }
  }
  // After bootstrap the ROME is imported: at least that source shows a real import.
  expect(items.find((s) => s.id === 'rome')?.lastImport).not.toBeNull();
});

test('the accessibility statement states the compliance honestly and how to report a problem', async ({ page, request }) => {
  const { profile } = await fetchCampus(request);
  await page.goto('/accessibilite');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déclaration d’accessibilité');
  await expect(page.getByRole('heading', { name: 'État de conformité' })).toBeVisible();
  await expect(page.getByText(/est non conforme .*RGAA.*aucun audit/)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: profile.contactEmail })).toHaveAttribute('href', `mailto:${profile.contactEmail}`);
  await expect(page.getByRole('heading', { name: 'Voies de recours' })).toBeVisible();
});

test('sections still being built say so, answer 200 and ask not to be indexed', async ({ page }) => {
  const response = await page.goto('/entreprises');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entreprises');
  await expect(page.getByText('En préparation')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
