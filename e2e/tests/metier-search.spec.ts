import { expect, test, type Page } from '@playwright/test';
import { axeViolations, fetchCampus, searchMetiers } from './support';

/** The three ways people actually type these jobs: abbreviated, without accents. */
const QUERIES = ['operateur pharma', 'technicien labo', 'conducteur de ligne'] as const;

const searchBox = (page: Page) => page.getByRole('search').getByLabel('Rechercher un métier');

test.describe('métier search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const q of QUERIES) {
    test(`« ${q} » finds the API’s best métiers and opens the fiche`, async ({ page, request }) => {
      const expected = await searchMetiers(request, q, 20);
      expect(expected.items.length).toBeGreaterThan(0);
      await page.goto('/metiers');
      await searchBox(page).fill(q);
      await searchBox(page).press('Enter');

      // The state is in the address: the results can be shared and reloaded.
      await expect(page).toHaveURL(new RegExp(`/metiers\\?q=${encodeURIComponent(q).replace(/%20/g, '(\\+|%20)')}$`));
      await expect(searchBox(page)).toHaveValue(q);
      await expect(page).toHaveTitle(new RegExp(`^«\\s${q}\\s»\\s:\\srecherche de métiers — `));
      await expect(page.getByRole('heading', { level: 2, name: `Résultats pour « ${q} »` })).toBeVisible();

      const results = page.locator('.result');
      await expect(results).toHaveCount(expected.items.length);
      for (const [i, metier] of expected.items.entries()) {
        const result = results.nth(i);
        await expect(result.getByRole('heading', { level: 3 })).toHaveText(metier.label);
        await expect(result).toContainText(metier.code);
        if (metier.matchedLabel) await expect(result).toContainText(`Appellation : ${metier.matchedLabel}`);
        else await expect(result).not.toContainText('Appellation');
        await expect(result.locator('.badge--sector')).toHaveCount(metier.inSector ? 1 : 0);
      }

      const best = expected.items[0]!;
      await results.first().getByRole('link', { name: best.label }).click();
      await expect(page).toHaveURL(new RegExp(`/metiers/${best.code}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(best.label);
    });
  }

  test('« operateur pharma » puts the pharmaceutical production operator (H2303) first, marked as the campus’s sector', async ({ page }) => {
    await page.goto('/metiers?q=operateur+pharma');
    const first = page.locator('.result').first();
    await expect(first.getByRole('link')).toHaveAttribute('href', '/metiers/H2303');
    await expect(first).toContainText('filière du campus');
  });

  test('a search shows the appellation that matched when it is not the fiche’s own label', async ({ page, request }) => {
    const { items } = await searchMetiers(request, 'technicien labo', 20);
    const viaAppellation = items.find((m) => m.matchedLabel);
    expect(viaAppellation, 'the API matches at least one fiche through an appellation').toBeDefined();
    await page.goto('/metiers?q=technicien+labo');
    const result = page.locator('.result').filter({ has: page.getByRole('link', { name: viaAppellation!.label, exact: true }) });
    await expect(result).toContainText(`Appellation : ${viaAppellation!.matchedLabel}`);
  });

  test('with no words yet, the campus’s sector métiers are the way in', async ({ page, request }) => {
    const { profile } = await fetchCampus(request);
    const response = await page.goto('/metiers');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Métiers');
    const sector = page.getByRole('region', { name: 'Les métiers de la filière du campus' });
    const links = sector.getByRole('link');
    await expect(links).toHaveCount(profile.romeCodes.length);
    const hrefs = await Promise.all((await links.all()).map((link) => link.getAttribute('href')));
    expect(hrefs.sort()).toEqual(profile.romeCodes.map((code) => `/metiers/${code}`).sort());
  });

  test('words that match nothing say so and suggest what to try', async ({ page }) => {
    await page.goto('/metiers?q=zzzzqqqq');
    await expect(page.getByText('Aucun métier ne correspond à « zzzzqqqq ».')).toBeVisible();
    await expect(page.locator('.result')).toHaveCount(0);
  });

  test('in English, the same search links to the English fiches and the switcher keeps the words', async ({ page, request }) => {
    const { items } = await searchMetiers(request, 'conducteur de ligne', 20);
    await page.goto('/en/occupations?q=conducteur+de+ligne');
    await expect(page.getByRole('heading', { level: 2, name: 'Results for “conducteur de ligne”' })).toBeVisible();
    await expect(page.locator('.result').first().getByRole('link')).toHaveAttribute('href', `/en/occupations/${items[0]!.code}`);
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/metiers\?q=conducteur\+de\+ligne$/);
    await expect(page.locator('.result')).toHaveCount(items.length);
  });
});

test.describe('métier autocomplete (JavaScript)', () => {
  for (const q of QUERIES) {
    test(`typing « ${q} », arrow down and Enter open the first suggestion’s fiche`, async ({ page, request }) => {
      const expected = await searchMetiers(request, q);
      const best = expected.items[0]!;
      await page.goto('/metiers');
      const input = page.getByRole('combobox', { name: 'Rechercher un métier' });
      await expect(input).toHaveAttribute('aria-expanded', 'false');
      await input.pressSequentially(q);

      const listbox = page.getByRole('listbox', { name: 'Métiers proposés' });
      await expect(listbox).toHaveAttribute('data-query', q);
      await expect(listbox).toBeVisible();
      await expect(input).toHaveAttribute('aria-expanded', 'true');
      await expect(input).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!);
      const options = listbox.getByRole('option');
      await expect(options).toHaveCount(expected.items.length);
      await expect(options.first()).toContainText(best.label);
      // The count is announced politely to screen-reader users.
      const n = expected.items.length;
      await expect(page.getByRole('status')).toHaveText(
        n === 1 ? /^1 métier proposé\./ : new RegExp(`^${n} métiers proposés\\.`),
      );
      // The focus stays in the input; the highlight is announced through aria-activedescendant.
      await expect(input).not.toHaveAttribute('aria-activedescendant');

      await input.press('ArrowDown');
      await expect(input).toBeFocused();
      await expect(input).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
      await expect(options.first()).toHaveAttribute('aria-selected', 'true');

      await input.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/metiers/${best.code}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(best.label);
    });
  }

  test('arrows move and wrap, Escape closes and keeps the words, Enter with nothing highlighted runs the full search', async ({ page, request }) => {
    const { items } = await searchMetiers(request, 'technicien labo');
    expect(items.length).toBeGreaterThan(2);
    await page.goto('/metiers');
    const input = page.getByRole('combobox', { name: 'Rechercher un métier' });
    await input.pressSequentially('technicien labo');
    // On a loaded machine a list for « technicien lab » may show first: wait for the one of the whole words.
    await expect(page.getByRole('listbox')).toHaveAttribute('data-query', 'technicien labo');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options).toHaveCount(items.length);

    await input.press('ArrowDown');
    await input.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options.first()).not.toHaveAttribute('aria-selected', 'true');
    await input.press('ArrowUp');
    await input.press('ArrowUp');
    // Up from the first suggestion wraps to the last.
    await expect(input).toHaveAttribute('aria-activedescendant', (await options.last().getAttribute('id'))!);

    await input.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(input).not.toHaveAttribute('aria-activedescendant');
    await expect(input).toHaveValue('technicien labo');

    await input.press('Enter');
    await expect(page).toHaveURL(/\/metiers\?q=technicien\+labo$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Résultats pour « technicien labo »' })).toBeVisible();
  });

  test('a suggestion can be chosen with the mouse too', async ({ page, request }) => {
    const { items } = await searchMetiers(request, 'conducteur de ligne');
    await page.goto('/metiers');
    await page.getByRole('combobox').pressSequentially('conducteur de ligne');
    // Wait for the suggestions of the whole words: on a busy machine, those of « conducteur de » may show first.
    const second = page.getByRole('option').nth(1);
    await expect(second).toContainText(items[1]!.label);
    await second.click();
    await expect(page).toHaveURL(new RegExp(`/metiers/${items[1]!.code}$`));
  });

  test('in English, suggestions lead to the English fiche', async ({ page, request }) => {
    const { items } = await searchMetiers(request, 'operateur pharma');
    await page.goto('/en/occupations');
    const input = page.getByRole('combobox', { name: 'Search for an occupation' });
    await input.pressSequentially('operateur pharma');
    await expect(page.getByRole('listbox', { name: 'Suggested occupations' })).toHaveAttribute('data-query', 'operateur pharma');
    await expect(page.getByRole('listbox', { name: 'Suggested occupations' }).getByRole('option')).toHaveCount(items.length);
    await expect(page.getByRole('status')).toContainText('suggested');
    await input.press('ArrowDown');
    await input.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/en/occupations/${items[0]!.code}$`));
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    test(`the open suggestions have no axe violation at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/metiers');
      const input = page.getByRole('combobox');
      await input.pressSequentially('technicien labo');
      await expect(page.getByRole('option').first()).toBeVisible();
      await input.press('ArrowDown');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
