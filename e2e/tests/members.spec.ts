import { expect, test, type APIRequestContext } from '@playwright/test';
import type { RouteResponse, routes } from '@passerelles/contracts';
import { numberIn } from './support';

type MemberList = RouteResponse<typeof routes.listMembers>;
type Member = RouteResponse<typeof routes.getMember>;

async function fetchMembers(request: APIRequestContext, query = ''): Promise<MemberList> {
  const response = await request.get(`/api/v1/members${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as MemberList;
}

test('the directory lists every member with its kind, communes and offer, and maps their sites', async ({ page, request }) => {
  const all = await fetchMembers(request);
  const response = await page.goto('/membres');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Membres');
  await expect(page.locator('.results-count')).toContainText(`${all.total} membres`);
  await expect(page.locator('.member-card')).toHaveCount(all.total);
  const cfa = page.locator('.member-card').filter({ has: page.getByRole('link', { name: 'CFA des industries pharmaceutiques de Normandie' }) });
  await expect(cfa).toContainText('Organisme de formation');
  await expect(cfa).toContainText('Qualiopi');
  await expect(cfa).toContainText('donnée de démonstration');
  const sites = all.items.flatMap((m) => m.sites.filter((s) => s.latitude !== null).map((s) => ({ m, s })));
  const map = page.getByRole('group', { name: /Carte de la Normandie/ });
  await expect(map.getByRole('img')).toHaveCount(sites.length);
  await expect(map.getByRole('img', { name: 'IUT d’Évreux – département Génie biologique, Évreux (Université, école d’ingénieurs)' })).toHaveCount(1);
  await expect(page.locator('.territory-map__area')).toHaveCount(5);
});

test('filters by kind and département with a plain form: the address keeps them, counts match the API', async ({ page, request }) => {
  await page.goto('/membres');
  const school = page.getByRole('checkbox', { name: /Lycée, CFA/ });
  const schoolCount = numberIn((await school.locator('xpath=..').textContent()) ?? '');
  await school.check();
  await page.getByRole('checkbox', { name: /Eure \(27\)/ }).check();
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page).toHaveURL(/\/membres\?q=&type=school&departement=27$/);
  const found = await fetchMembers(request, '?type=school&departement=27');
  expect(found.total).toBeGreaterThan(0);
  expect(found.total).toBeLessThan(schoolCount);
  await expect(page.locator('.member-card')).toHaveCount(found.total);
  for (const m of found.items) await expect(page.getByRole('link', { name: m.name, exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Lycée, CFA/ })).toBeChecked();
  await page.getByRole('link', { name: 'Tout afficher' }).click();
  await expect(page).toHaveURL(/\/membres$/);
});

test('a member’s page: description, sites on the map, identifiers and offer linking to the trainings', async ({ page, request }) => {
  const m = (await (await request.get('/api/v1/members/cfa-industrie-pharmaceutique-normandie')).json()) as Member;
  await page.goto('/membres');
  await page.getByRole('link', { name: m.name }).click();
  await expect(page).toHaveURL(/\/membres\/cfa-industrie-pharmaceutique-normandie$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.name);
  await expect(page.locator('.page-header')).toContainText('donnée de démonstration');
  await expect(page.getByRole('region', { name: 'Sites' }).getByRole('img')).toHaveCount(m.sites.filter((s) => s.latitude !== null).length);
  await expect(page.getByRole('region', { name: 'Identifiants' })).toContainText('SIRET');
  const offer = page.getByRole('region', { name: 'Formations proposées' });
  expect(m.trainings.length).toBeGreaterThan(0);
  for (const t of m.trainings) await expect(offer.getByRole('link', { name: t.title, exact: true })).toHaveAttribute('href', `/formations/${t.id}`);

  const school = (await (await request.get('/api/v1/members/lycee-senghor-evreux')).json()) as Member;
  await page.goto('/en/members/lycee-senghor-evreux');
  await expect(page.getByRole('region', { name: 'Identifiers' })).toContainText(school.uai!);
  await expect(page.locator('.page-header')).not.toContainText('demo data');
});

test('an unknown member is the real 404 page; an uppercase address goes to the lowercase one', async ({ page, request }) => {
  const response = await page.goto('/membres/personne-inconnue');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  const redirect = await request.get('/membres/IUT-Evreux', { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(redirect.headers()['location']).toBe('/membres/iut-evreux');
  expect((await page.goto('/en/members/no_such'))?.status()).toBe(404);
});
