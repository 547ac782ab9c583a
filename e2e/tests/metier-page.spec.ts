import { expect, test, type APIRequestContext } from '@playwright/test';
import type { RouteResponse, routes } from '@passerelles/contracts';
import { fetchCampus } from './support';

type Metier = RouteResponse<typeof routes.getMetier>;

async function fetchMetier(request: APIRequestContext, code: string): Promise<Metier> {
  const response = await request.get(`/api/v1/metiers/${code}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Metier;
}

test('the H2303 fiche shows the métier, its core skills marked in words, and the certifications that lead there', async ({ page, request }) => {
  const metier = await fetchMetier(request, 'H2303');
  const { profile } = await fetchCampus(request);
  const response = await page.goto('/metiers/H2303');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(`${metier.label} (H2303) — ${profile.shortName}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(metier.label);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');

  // Breadcrumb: Métiers › grand domaine › domaine › the fiche (current).
  const breadcrumb = page.getByRole('navigation', { name: 'Fil d’Ariane' });
  await expect(breadcrumb.getByRole('listitem')).toHaveText(['Métiers', metier.grandDomaine!.label, metier.domaine!.label, metier.label]);
  await expect(breadcrumb.getByRole('link', { name: 'Métiers' })).toHaveAttribute('href', '/metiers');
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText(metier.label);

  // In the campus's sector, and said in words; not a sensitive métier.
  await expect(page.getByText('Métier de la filière du campus')).toBeVisible();
  await expect(page.getByText('Métier sensible')).toHaveCount(0);

  // Core savoir-faire: each carries the words « compétence clé » (an icon and text, not a colour).
  const skills = page.getByRole('region', { name: 'Savoir-faire' });
  const core = metier.skills.filter((s) => s.kind === 'savoir_faire' && s.isCore);
  expect(core.length).toBeGreaterThan(0);
  await expect(skills.locator('.skill-list > li').filter({ hasText: 'compétence clé' })).toHaveCount(core.length);
  for (const skill of core) {
    await expect(skills.locator('.skill-list > li').filter({ hasText: skill.label }).first()).toContainText('compétence clé');
  }
  // Grouped by macro-competence: a core skill sits under its macro-competence's heading.
  const grouped = core.find((s) => s.macroLabel)!;
  await expect(skills.locator('.skill-group').filter({ has: page.getByRole('heading', { name: grouped.macroLabel!, exact: true }) })).toContainText(grouped.label);

  // Savoir-être, savoirs by category, contexts by type, RIASEC in words.
  for (const s of metier.skills.filter((x) => x.kind === 'savoir_etre')) await expect(page.getByRole('region', { name: 'Savoir-être professionnels' })).toContainText(s.label);
  const knowledge = page.getByRole('region', { name: 'Savoirs' });
  for (const category of new Set(metier.skills.filter((s) => s.kind === 'savoir' && s.category).map((s) => s.category!))) {
    await expect(knowledge.getByRole('heading', { level: 3, name: category, exact: true })).toBeVisible();
  }
  const contexts = page.getByRole('region', { name: 'Contextes de travail' });
  for (const type of new Set(metier.workContexts.map((c) => c.type))) await expect(contexts.getByRole('heading', { level: 3, name: type, exact: true })).toBeVisible();
  expect(metier.riasec.major).toBe('R');
  await expect(page.getByRole('region', { name: 'Profil d’intérêts (RIASEC)' })).toContainText('Réaliste (R) — aime le concret');

  // Certifications: every one is a link to its page; active ones are visible by level, inactive ones behind a disclosure.
  const certifications = page.getByRole('region', { name: 'Certifications qui mènent à ce métier' });
  // Counted in the markup: the inactive ones sit in a closed <details>, out of the accessibility tree until opened.
  await expect(certifications.locator('a')).toHaveCount(metier.certifications.length);
  const pipac = metier.certifications.find((c) => c.code === 'RNCP37699');
  expect(pipac, 'the Bac pro PIPAC leads to H2303').toBeDefined();
  const link = certifications.getByRole('link', { name: pipac!.title });
  await expect(link).toHaveAttribute('href', '/certifications/RNCP37699');
  await expect(certifications.getByRole('heading', { level: 3, name: /^Niveau 4 — / }).first()).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/certifications\/RNCP37699$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pipac!.title);
});

test('H2304 is marked as a sensitive métier, with what it means', async ({ page, request }) => {
  const { profile } = await fetchCampus(request);
  expect(profile.sensitiveRomeCodes).toContain('H2304');
  await page.goto('/metiers/H2304');
  await expect(page.locator('.badge--sensitive')).toHaveText('Métier sensible');
  await expect(page.getByText(/Le campus suit ce métier de près/)).toBeVisible();
  await page.goto('/en/occupations/H2304');
  await expect(page.locator('.badge--sensitive')).toHaveText('Occupation at risk');
});

test('a métier outside the campus’s sector carries no sector mark', async ({ page, request }) => {
  const { profile } = await fetchCampus(request);
  expect(profile.romeCodes).not.toContain('N4109');
  await page.goto('/metiers/N4109');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.badge--sector')).toHaveCount(0);
});

test('a lowercase code goes to the canonical uppercase address', async ({ page, request }) => {
  const response = await request.get('/metiers/h2303', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/metiers/H2303');
  await page.goto('/en/occupations/h2303');
  await expect(page).toHaveURL(/\/en\/occupations\/H2303$/);
});

test('the language switcher opens the same fiche in the other language', async ({ page }) => {
  await page.goto('/metiers/H2303');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/occupations\/H2303$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Skills', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/metiers\/H2303$/);
});

test('long groups stay short: the rest opens from a disclosure, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Inactive certifications of H2303 sit behind a <details>.
  await page.goto('/metiers/H2303');
  const disclosure = page.getByRole('region', { name: 'Certifications qui mènent à ce métier' }).locator('details');
  await expect(disclosure).toHaveCount(1);
  const hidden = disclosure.getByRole('link').first();
  await expect(hidden).toBeHidden();
  await disclosure.locator('summary').click();
  await expect(hidden).toBeVisible();
  await context.close();
});

for (const path of ['/metiers/Z9999', '/en/occupations/Z9999', '/metiers/pas-un-code']) {
  test(`${path} answers the real 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(path.startsWith('/en') ? 'Page not found' : 'Page introuvable');
    await expect(page.getByRole('contentinfo')).toBeVisible();
  });
}
