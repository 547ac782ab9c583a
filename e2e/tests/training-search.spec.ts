import { expect, test, type Page } from '@playwright/test';
import { numberIn } from './support';
import { JOURNEY, fetchTraining, kmIn, searchSessions } from './training-support';

const form = (page: Page) => page.getByRole('search');
const results = (page: Page) => page.locator('.session');
const count = (page: Page) => page.getByRole('heading', { level: 2, name: /sessions? trouvées?/ });

test.describe('training search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a place is typed: a postal code shared by several communes asks which one, a wrong name says so', async ({ page }) => {
    await page.goto('/formations?q=bioanalyses');
    await form(page).getByLabel('Près de').fill('27120');
    await form(page).getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL('/formations?q=bioanalyses&lieu=27120');
    const choices = page.getByRole('status').filter({ hasText: 'Plusieurs communes répondent à « 27120 »' });
    await expect(choices.getByRole('link')).toHaveCount(8);
    await choices.getByRole('link', { name: /^Pacy-sur-Eure/ }).click();
    await expect(page).toHaveURL('/formations?q=bioanalyses&commune=27448');
    await expect(form(page).getByLabel('Près de')).toHaveValue('Pacy-sur-Eure (27)');
    await expect(results(page).first().locator('.session__distance')).toContainText('km');

    // Sent again as shown, with a radius: the same commune, found by its name and département.
    await form(page).getByLabel('Distance maximale').selectOption({ label: '50 km' });
    await form(page).getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL('/formations?q=bioanalyses&commune=27448&radiusKm=50');

    await form(page).getByLabel('Près de').fill('Evreuxx');
    await form(page).getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL('/formations?q=bioanalyses&lieu=Evreuxx&radiusKm=50');
    await expect(page.getByText('Aucune commune ne s’appelle « Evreuxx » ni n’a ce code postal')).toBeVisible();
    await expect(form(page).getByLabel('Près de')).toHaveValue('Evreuxx');
  });

  test('Léa’s journey: « bioanalyses » within 30 km of Évreux, apprenticeship only, then the training and its outcomes', async ({ page, request }) => {
    const near = await searchSessions(request, { q: JOURNEY.q, commune: JOURNEY.commune, radiusKm: JOURNEY.radiusKm });
    const apprenticeship = await searchSessions(request, { q: JOURNEY.q, commune: JOURNEY.commune, radiusKm: JOURNEY.radiusKm, modality: 'apprentissage' });
    expect(near.total).toBeGreaterThan(apprenticeship.total);
    expect(apprenticeship.total).toBeGreaterThan(0);

    await page.goto('/formations');
    await form(page).getByLabel('Formation, diplôme ou métier').fill(JOURNEY.q);
    await form(page).getByLabel('Près de').fill(JOURNEY.communeName);
    await form(page).getByLabel('Distance maximale').selectOption({ label: `${JOURNEY.radiusKm} km` });
    await form(page).getByRole('button', { name: 'Rechercher' }).click();

    await expect(page).toHaveURL(`/formations?q=${JOURNEY.q}&commune=${JOURNEY.commune}&radiusKm=${JOURNEY.radiusKm}`);
    await expect(page).toHaveTitle(new RegExp(`^«\\s${JOURNEY.q}\\s»\\s:\\srecherche de formations \\(${near.total} sessions trouvées\\)`));
    expect(numberIn((await count(page).textContent())!)).toBe(near.total);
    await expect(results(page)).toHaveCount(near.items.length);
    for (const distance of await results(page).locator('.session__distance').allTextContents()) expect(kmIn(distance)).toBeLessThanOrEqual(JOURNEY.radiusKm);

    // Facet counts come from the API: the apprenticeship box says how many sessions it keeps.
    const box = page.getByRole('group', { name: 'Modalité' }).getByRole('checkbox', { name: 'Apprentissage' });
    const facet = near.facets.modality.find((f) => f.value === 'apprentissage')!;
    await expect(page.locator('.facet__item', { has: page.getByRole('checkbox', { name: 'Apprentissage' }) })).toContainText(`${facet.count} session`);
    await box.check();
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();

    await expect(page).toHaveURL(`/formations?q=${JOURNEY.q}&commune=${JOURNEY.commune}&radiusKm=${JOURNEY.radiusKm}&modality=apprentissage`);
    expect(numberIn((await count(page).textContent())!)).toBe(apprenticeship.total);
    await expect(results(page)).toHaveCount(apprenticeship.items.length);
    for (const [i, session] of apprenticeship.items.entries()) {
      const result = results(page).nth(i);
      await expect(result.getByRole('heading', { level: 3 })).toHaveText(session.training.title);
      await expect(result).toContainText('Apprentissage');
      await expect(result).toContainText(session.organisation.name);
      if (session.commune) await expect(result).toContainText(session.commune.name);
      await expect(result.locator('.demo-badge')).toHaveCount(session.isDemo ? 1 : 0);
    }
    // The filters say one is active.
    await expect(page.locator('.filters__toggle')).toHaveText('Filtres (1 actif)');

    const first = apprenticeship.items[0]!;
    await results(page).first().getByRole('link', { name: first.training.title }).click();
    await expect(page).toHaveURL(`/formations/${first.training.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.training.title);

    const training = await fetchTraining(request, first.training.id);
    const outcomes = page.getByRole('region', { name: 'Et après ? Les résultats de la formation' });
    await expect(outcomes).toBeVisible();
    if (training.outcomes.length) await expect(outcomes).toContainText(/Sur 100 (jeunes|élèves)/);
    else await expect(outcomes).toContainText('Aucun résultat d’insertion n’est publié pour cette formation.');
    const sessions = page.getByRole('table', { name: /Sessions programmées/ });
    await expect(sessions.locator('tbody tr')).toHaveCount(training.sessions.length);
  });

  test('the address holds the whole state: the form shows it and a reload keeps it', async ({ page, request }) => {
    const path = '/formations?q=bioanalyses&commune=27229&radiusKm=50&level=5&modality=apprentissage&modality=vae&sector=in&sort=start';
    const expected = await searchSessions(request, { q: 'bioanalyses', commune: '27229', radiusKm: 50, level: '5', modality: ['apprentissage', 'vae'], sector: 'in', sort: 'start' });
    await page.goto(path);
    const check = async () => {
      await expect(form(page).getByLabel('Formation, diplôme ou métier')).toHaveValue('bioanalyses');
      await expect(form(page).getByLabel('Près de')).toHaveValue('Évreux (27)');
      await expect(form(page).getByLabel('Distance maximale')).toHaveValue('50');
      await expect(form(page).getByLabel('Trier par')).toHaveValue('start');
      await expect(page.getByRole('checkbox', { name: /^Niveau 5/ })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: 'Apprentissage' })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: 'VAE' })).toBeChecked();
      await expect(page.getByRole('radio', { name: 'Filière du campus' })).toBeChecked();
      expect(numberIn((await count(page).textContent())!)).toBe(expected.total);
      await expect(results(page).getByRole('heading', { level: 3 })).toHaveText(expected.items.map((s) => s.training.title));
    };
    await check();
    await page.reload();
    await expect(page).toHaveURL(path);
    await check();
    // Submitting the same form again gives the same address (nothing lost, nothing added).
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await expect(page).toHaveURL(path);
    await check();
  });

  test('pagination links keep the search and move through the API’s pages', async ({ page, request }) => {
    const first = await searchSessions(request, { sector: 'in' });
    const pages = Math.ceil(first.total / first.pageSize);
    expect(pages).toBeGreaterThan(2);
    await page.goto('/formations?sector=in');
    await expect(count(page)).toContainText(`page 1 sur ${pages}`);
    const nav = page.getByRole('navigation', { name: 'Pages de résultats' });
    await expect(nav.getByRole('link', { name: 'Page 1', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Page précédente' })).toHaveCount(0);

    await nav.getByRole('link', { name: 'Page suivante' }).click();
    await expect(page).toHaveURL('/formations?sector=in&page=2');
    const second = await searchSessions(request, { sector: 'in', page: 2 });
    await expect(results(page).getByRole('heading', { level: 3 })).toHaveText(second.items.map((s) => s.training.title));
    await expect(count(page)).toContainText(`page 2 sur ${pages}`);
    await expect(page.getByRole('list').filter({ has: results(page).first() })).toHaveAttribute('start', String(first.pageSize + 1));

    await nav.getByRole('link', { name: `Page ${pages}`, exact: true }).click();
    await expect(page).toHaveURL(`/formations?sector=in&page=${pages}`);
    await expect(results(page)).toHaveCount(first.total - (pages - 1) * first.pageSize);
    await expect(nav.getByRole('link', { name: 'Page suivante' })).toHaveCount(0);

    // A page past the end (an old link) leads to the last page.
    await page.goto(`/formations?sector=in&page=${pages + 5}`);
    await expect(page).toHaveURL(`/formations?sector=in&page=${pages}`);
  });

  test('sorting by distance from Évreux lists the nearest sessions first', async ({ page, request }) => {
    const expected = await searchSessions(request, { commune: JOURNEY.commune, sort: 'distance', page: 2 });
    await page.goto(`/formations?commune=${JOURNEY.commune}&sort=distance&page=2`);
    const shown = (await results(page).locator('.session__distance').allTextContents()).map(kmIn);
    expect(shown.length).toBe(expected.items.filter((s) => s.distanceKm !== null).length);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(shown).toEqual(expected.items.flatMap((s) => (s.distanceKm !== null ? [Math.round(s.distanceKm)] : [])));
    // Page 2 starts where page 1 ended.
    const before = await searchSessions(request, { commune: JOURNEY.commune, sort: 'distance' });
    expect(shown[0]).toBeGreaterThanOrEqual(Math.round(before.items.at(-1)!.distanceKm!));
  });

  test('a distance sort without a place is explained rather than failing', async ({ page }) => {
    const response = await page.goto('/formations?sort=distance&radiusKm=30');
    expect(response?.status()).toBe(200);
    await expect(page.getByText('Pour trier ou filtrer par distance, choisissez d’abord une commune.')).toBeVisible();
  });

  test('words that match nothing say so', async ({ page }) => {
    await page.goto('/formations?q=zzzzqqqq');
    await expect(count(page)).toHaveText('0 session trouvée');
    await expect(page.getByText('Aucune session ne correspond à cette recherche.')).toBeVisible();
    await expect(results(page)).toHaveCount(0);
  });

  test('an address edited by hand with impossible values still answers a page', async ({ page }) => {
    const response = await page.goto('/formations?level=99&modality=nope&commune=abc&radiusKm=-4&page=0&sort=sideways');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Formations');
  });

  test('in English, the same search links to the English training pages', async ({ page, request }) => {
    const expected = await searchSessions(request, { q: JOURNEY.q, commune: JOURNEY.commune, radiusKm: JOURNEY.radiusKm });
    await page.goto(`/en/trainings?q=${JOURNEY.q}&commune=${JOURNEY.commune}&radiusKm=${JOURNEY.radiusKm}`);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`${expected.total} sessions found`) })).toBeVisible();
    await expect(page.getByLabel('Near')).toHaveValue(`${JOURNEY.communeName} (27)`);
    await expect(results(page).first().getByRole('link')).toHaveAttribute('href', `/en/trainings/${expected.items[0]!.training.id}`);
    await expect(results(page).first()).toContainText('km away');
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(`/formations?q=${JOURNEY.q}&commune=${JOURNEY.commune}&radiusKm=${JOURNEY.radiusKm}`);
  });
});

test('on a phone the filters are folded away and open with their toggle', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/formations?q=bioanalyses');
  const box = page.getByRole('checkbox', { name: 'Apprentissage' });
  await expect(box).toBeHidden();
  await page.locator('.filters__toggle').click();
  await expect(box).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/formations?q=bioanalyses');
  await expect(page.getByRole('checkbox', { name: 'Apprentissage' })).toBeVisible();
});
