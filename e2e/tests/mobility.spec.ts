import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { RouteResponse, routes } from '@passerelles/contracts';
import { DESKTOP, PHONE, axeViolations, fetchCampus } from './support';

type Mobilities = RouteResponse<typeof routes.listMetierMobilities>;
type MobilityPath = RouteResponse<typeof routes.getMobilityPath>;

/** Karim (DEMO-CAMPUS.md): an operator in chemical manufacturing, a sensitive trade, looking at pharmaceutical production. */
const KARIM = { from: 'H2304', to: 'H2303', also: 'H2302', place: 'Évreux', commune: '27229' } as const;


async function fetchMobilities(request: APIRequestContext, code: string): Promise<Mobilities> {
  const response = await request.get(`/api/v1/metiers/${code}/mobilites`, { params: { limit: 10 } });
  expect(response.status()).toBe(200);
  return (await response.json()) as Mobilities;
}

async function fetchPath(request: APIRequestContext, code: string, target: string, params: Record<string, string | number | string[]> = {}): Promise<MobilityPath> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of Array.isArray(value) ? value : [value]) query.append(key, String(v));
  const response = await request.get(`/api/v1/metiers/${code}/mobilites/${target}?${query.toString()}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as MobilityPath;
}

/** The page's way of writing a proximity (a whole percentage). */
const percentOf = (score: number) => `${Math.round(score * 100)} %`;

const steps = (page: Page) => page.locator('.timeline > li');

/** The timeline shows the API's steps, in its order, with what each one teaches. */
async function expectSteps(page: Page, path: MobilityPath): Promise<void> {
  await expect(steps(page)).toHaveCount(path.path.steps.length);
  for (const [i, step] of path.path.steps.entries()) {
    const item = steps(page).nth(i);
    await expect(item.getByRole('heading', { level: 3 })).toHaveText(step.training.title);
    await expect(item.getByRole('link', { name: step.training.title })).toHaveAttribute('href', `/formations/${step.training.id}`);
    await expect(item).toContainText(`Étape ${i + 1}`);
    await expect(item).toContainText(step.organisation.name);
    if (step.commune) await expect(item).toContainText(step.commune.name);
    await expect(item.locator('.demo-badge')).toHaveCount(step.isDemo ? 1 : 0);
    await expect(item.getByRole('heading', { level: 4 })).toHaveText(`Ce que vous y apprenez (${step.covers.length})`);
    // Every skill it covers is listed, the first ones in view, the rest behind « Voir la suite ».
    await expect(item.locator('.skill-list > li')).toHaveCount(step.covers.length);
  }
}

test.describe('mobility without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Karim’s journey: the sensitive fiche → the close métiers → the path to H2303 from Évreux → its first training', async ({ page, request }) => {
    const { profile } = await fetchCampus(request);
    expect(profile.sensitiveRomeCodes).toContain(KARIM.from);
    const list = await fetchMobilities(request, KARIM.from);
    const codes = list.items.map((i) => i.code);
    expect(codes).toContain(KARIM.to);
    expect(codes).toContain(KARIM.also);

    // The fiche of a sensitive trade leads to its mobility page from its header.
    await page.goto(`/metiers/${KARIM.from}`);
    const callout = page.locator('.page-header').getByRole('link', { name: 'Ce métier évolue : voyez les métiers proches et comment y aller' });
    await expect(callout).toBeVisible();
    await callout.click();

    await expect(page).toHaveURL(`/metiers/${KARIM.from}/mobilites`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Changer de métier quand on est ${list.metier.label}`);
    await expect(page.getByText(/ROME 4\.0 de France Travail/).first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: `Les ${list.items.length} métiers les plus proches` })).toBeVisible();

    // The API's ranking, in its order, each métier with its proximity in figures and its explanation.
    const cards = page.locator('.mobility-card');
    await expect(cards).toHaveCount(list.items.length);
    for (const [i, item] of list.items.entries()) {
      const card = cards.nth(i);
      await expect(card.getByRole('heading', { level: 3 })).toContainText(item.label);
      await expect(card.getByRole('link', { name: item.label, exact: true })).toHaveAttribute('href', `/metiers/${item.code}`);
      await expect(card.locator('.proximity')).toHaveText(`Proximité : ${percentOf(item.score)}`);
      await expect(card).toContainText(item.explanation);
      // The core skills already shared, a few named and the rest counted; then the main skills to acquire.
      const sharedCore = item.sharedSkills.filter((s) => s.isCore);
      const shared = card.locator('dd').first();
      if (sharedCore.length) await expect(shared).toContainText(sharedCore[0]!.label);
      else await expect(shared).toHaveText('aucune.');
      if (sharedCore.length > 3) await expect(shared).toContainText(`et ${sharedCore.length - 3} autre`);
      if (item.missingSkills[0]) await expect(card).toContainText(item.missingSkills[0].label);
      if (item.missingSkills.length > 3) await expect(card).toContainText(`et ${item.missingSkills.length - 3} autre`);
      await expect(card.getByRole('link', { name: /^Comment y aller/ })).toHaveAttribute('href', `/metiers/${KARIM.from}/mobilites/${item.code}`);
    }

    // Karim opens the way to pharmaceutical production.
    const target = list.items.find((i) => i.code === KARIM.to)!;
    await cards.nth(list.items.indexOf(target)).getByRole('link', { name: `Comment y aller (devenir ${target.label})` }).click();
    await expect(page).toHaveURL(`/metiers/${KARIM.from}/mobilites/${KARIM.to}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Devenir ${target.label}`);

    // What is shared and missing: the API's skills, core ones marked in words.
    const anywhere = await fetchPath(request, KARIM.from, KARIM.to);
    const missing = page.locator('.gap-grid__item--missing');
    await expect(missing.locator('.skill-list > li')).toHaveCount(anywhere.missingSkills.length);
    await expect(missing.locator('.skill-list > li').filter({ hasText: 'compétence clé' })).toHaveCount(anywhere.missingSkills.filter((s) => s.isCore).length);
    await expectSteps(page, anywhere);

    // From Évreux, typed in the place field and sent without JavaScript: the address carries the commune.
    await page.getByLabel('Près de').fill(KARIM.place);
    await page.getByRole('button', { name: 'Voir le parcours' }).click();
    await expect(page).toHaveURL(`/metiers/${KARIM.from}/mobilites/${KARIM.to}?commune=${KARIM.commune}`);
    await expect(page.getByLabel('Près de')).toHaveValue(`${KARIM.place} (27)`);

    const path = await fetchPath(request, KARIM.from, KARIM.to, { commune: KARIM.commune });
    const first = path.path.steps[0]!;
    expect(first.organisation.name, 'the demo campus’s GRETA').toMatch(/GRETA/);
    expect(first.certification?.title, 'a Bac pro PIPAC for adults').toMatch(/PIPAC/);
    expect(first.distanceKm).not.toBeNull();
    await expectSteps(page, path);
    if (path.path.uncovered.length) {
      await expect(page.locator('.uncovered .skill-list > li')).toHaveCount(path.path.uncovered.length);
      await expect(page.locator('.uncovered')).toContainText('parlez-en à l’équipe du campus');
    } else {
      await expect(page.getByText('Avec ces formations, toutes les compétences manquantes sont couvertes.')).toBeVisible();
    }

    await steps(page).first().getByRole('link', { name: first.training.title }).click();
    await expect(page).toHaveURL(`/formations/${first.training.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.training.title);
  });

  test('the path’s state is its address: a radius and a modality, shared as a link, give the API’s path', async ({ page, request }) => {
    const address = `/metiers/${KARIM.from}/mobilites/${KARIM.to}?commune=${KARIM.commune}&radiusKm=30&modality=apprentissage`;
    const path = await fetchPath(request, KARIM.from, KARIM.to, { commune: KARIM.commune, radiusKm: 30, modality: 'apprentissage' });
    await page.goto(address);
    await expect(page.getByLabel('Distance maximale')).toHaveValue('30');
    await expect(page.getByRole('checkbox', { name: 'Apprentissage' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Formation continue' })).not.toBeChecked();
    await expectSteps(page, path);
    for (const step of path.path.steps) expect(step.modality).toBe('apprentissage');

    // Ticking another modality keeps the rest of the state, in a stable order.
    await page.getByRole('checkbox', { name: 'Formation continue' }).check();
    await page.getByRole('button', { name: 'Voir le parcours' }).click();
    await expect(page).toHaveURL(`${address}&modality=formation_continue`);

    // Clearing everything goes back to the plain path.
    await page.getByRole('link', { name: 'Effacer le lieu et les filtres' }).click();
    await expect(page).toHaveURL(`/metiers/${KARIM.from}/mobilites/${KARIM.to}`);
  });

  test('a typed place is settled like on the training search: several communes ask, an unknown name says so', async ({ page }) => {
    const base = `/metiers/${KARIM.from}/mobilites/${KARIM.to}`;
    await page.goto(base);
    await page.getByLabel('Près de').fill('27120');
    await page.getByRole('button', { name: 'Voir le parcours' }).click();
    await expect(page).toHaveURL(`${base}?lieu=27120`);
    const choices = page.getByRole('status').filter({ hasText: 'Plusieurs communes répondent à « 27120 »' });
    await choices.getByRole('link', { name: /^Pacy-sur-Eure/ }).click();
    await expect(page).toHaveURL(`${base}?commune=27448`);
    await expect(page.getByLabel('Près de')).toHaveValue('Pacy-sur-Eure (27)');

    await page.getByLabel('Près de').fill('Evreuxx');
    await page.getByRole('button', { name: 'Voir le parcours' }).click();
    await expect(page).toHaveURL(`${base}?lieu=Evreuxx`);
    await expect(page.getByText('Aucune commune ne s’appelle « Evreuxx » ni n’a ce code postal')).toContainText('Le parcours ci-dessous ne tient pas compte du lieu.');

    // A radius without a place cannot apply: said, not failed.
    await page.goto(`${base}?radiusKm=30`);
    await expect(page.getByText('Pour limiter la distance, indiquez d’abord une commune.')).toBeVisible();
    await expect(steps(page).first()).toBeVisible();
  });
});

test('every fiche links to its mobility page; unknown or identical codes are 404, lowercase ones redirect', async ({ page }) => {
  await page.goto(`/metiers/${KARIM.to}`);
  await expect(page.locator('.page-header .mobility-callout')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Les métiers proches de celui-ci, et comment y aller' })).toHaveAttribute('href', `/metiers/${KARIM.to}/mobilites`);

  expect((await page.goto(`/metiers/Z9999/mobilites`))?.status()).toBe(404);
  expect((await page.goto(`/metiers/${KARIM.from}/mobilites/Z9999`))?.status()).toBe(404);
  expect((await page.goto(`/metiers/${KARIM.from}/mobilites/${KARIM.from}`))?.status()).toBe(404);
  await page.goto(`/metiers/${KARIM.from.toLowerCase()}/mobilites/${KARIM.to.toLowerCase()}?commune=${KARIM.commune}`);
  await expect(page).toHaveURL(`/metiers/${KARIM.from}/mobilites/${KARIM.to}?commune=${KARIM.commune}`);
});

test('the English pages load, say the same in English, and link back to French', async ({ page, request }) => {
  const list = await fetchMobilities(request, KARIM.from);
  await page.goto(`/en/occupations/${KARIM.from}`);
  await page.locator('.page-header').getByRole('link', { name: 'This occupation is changing: see the closest occupations and how to get there' }).click();
  await expect(page).toHaveURL(`/en/occupations/${KARIM.from}/mobility`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Changing occupation as ${list.metier.label}`);
  await expect(page.locator('.mobility-card')).toHaveCount(list.items.length);
  await expect(page.locator('.mobility-card').first().locator('.proximity')).toHaveText(`Proximity: ${Math.round(list.items[0]!.score * 100)}%`);

  await page.getByRole('link', { name: /^How to get there/ }).nth(list.items.findIndex((i) => i.code === KARIM.to)).click();
  await expect(page).toHaveURL(`/en/occupations/${KARIM.from}/mobility/${KARIM.to}`);
  await expect(page.getByRole('heading', { level: 2, name: 'The suggested path' })).toBeVisible();

  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(`/metiers/${KARIM.from}/mobilites/${KARIM.to}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('link', { name: 'Les autres métiers proches' }).click();
  await expect(page).toHaveURL(`/metiers/${KARIM.from}/mobilites`);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`/en/occupations/${KARIM.from}/mobility`);
});

const AXE_PAGES = [
  `/metiers/${KARIM.from}`,
  `/metiers/${KARIM.from}/mobilites`,
  `/metiers/${KARIM.from}/mobilites/${KARIM.to}?commune=${KARIM.commune}`,
  `/metiers/${KARIM.from}/mobilites/${KARIM.to}?lieu=27120&radiusKm=30`,
  `/en/occupations/${KARIM.from}/mobility`,
  `/en/occupations/${KARIM.from}/mobility/${KARIM.to}`,
];

for (const [device, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test(`mobility pages have no axe violation, ${device} (${viewport.width} px)`, async ({ page }) => {
    // Six long pages, each analysed in full: more than the default 30 s on a busy machine.
    test.slow();
    await page.setViewportSize(viewport);
    for (const path of AXE_PAGES) {
      await page.goto(path);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
}

test('the mobility pages ship no JavaScript', async ({ page }) => {
  for (const path of AXE_PAGES.slice(1)) {
    await page.goto(path);
    await expect(page.locator('script:not([type="application/ld+json"])'), path).toHaveCount(0);
  }
});
