import { expect, test, type APIRequestContext } from '@playwright/test';
import type { RouteResponse, routes } from '@passerelles/contracts';

type Certification = RouteResponse<typeof routes.getCertification>;

/*
 * After bootstrap the register holds the RNCP export sample (blocs), Certif Info and the apprenticeship Kit:
 * RNCP37699 (Bac pro PIPAC, which replaced RNCP7586), RNCP38884 (BTS bioanalyses) and RNCP36612 (with blocs).
 */
async function fetchCertification(request: APIRequestContext, code: string): Promise<Certification> {
  const response = await request.get(`/api/v1/certifications/${code}`);
  expect(response.status(), code).toBe(200);
  return (await response.json()) as Certification;
}

test('the Bac pro PIPAC page: level in words, type, certifier, status, apprenticeship, métiers and what it replaced', async ({ page, request }) => {
  const c = await fetchCertification(request, 'RNCP37699');
  const response = await page.goto('/certifications/RNCP37699');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);

  const facts = page.getByRole('region', { name: 'En bref' });
  await expect(facts).toContainText(`Niveau ${c.level}, comme Baccalauréat, BP`);
  await expect(facts).toContainText('Répertoire national des certifications professionnelles (RNCP)');
  await expect(facts).toContainText(c.typeLabel!);
  for (const certifier of c.certifiers) await expect(facts).toContainText(certifier);
  expect(c.isActive).toBe(true);
  await expect(facts).toContainText('Certification active');
  await expect(facts).toContainText('valable jusqu’au 31 août 2028');
  expect(c.apprenticeship).toBe(true);
  await expect(facts).toContainText('Accessible par l’apprentissage');

  const metiers = page.getByRole('region', { name: 'Métiers visés' });
  await expect(metiers.getByRole('link')).toHaveCount(c.metiers.length);
  await expect(metiers.getByRole('link', { name: c.metiers.find((m) => m.code === 'H2301')!.label })).toHaveAttribute('href', '/metiers/H2301');

  // It replaced the Bac pro Bio-industries de transformation: a link there, and a link back.
  const history = page.getByRole('region', { name: 'Évolution' });
  await history.getByRole('link', { name: 'BAC PRO - Bio-industries de transformation' }).click();
  await expect(page).toHaveURL(/\/certifications\/RNCP7586$/);
  await expect(page.getByRole('region', { name: 'En bref' })).toContainText('Certification inactive');
  await expect(page.getByRole('region', { name: 'Évolution' }).getByRole('link', { name: c.title })).toHaveAttribute('href', '/certifications/RNCP37699');
});

test('a certification with blocs lists each bloc and its skills, none of them marked as campus data', async ({ page, request }) => {
  const c = await fetchCertification(request, 'RNCP36612');
  expect(c.blocks.length).toBeGreaterThan(0);
  await page.goto('/certifications/RNCP36612');
  const blocks = page.getByRole('region', { name: 'Blocs de compétences' });
  await expect(blocks.getByRole('heading', { level: 3 })).toHaveCount(c.blocks.length);
  const first = c.blocks[0]!;
  const bloc = blocks.locator('.block').filter({ hasText: first.code });
  await expect(bloc.getByRole('heading', { level: 3 })).toContainText(first.label);
  await expect(bloc).toContainText(first.skills[0]!.replace(/^\s*[*•-]\s+/, '').trim());
  await expect(blocks.getByText('saisi par le campus')).toHaveCount(c.blocks.filter((b) => b.isCampusData).length);
});

test('a certification without blocs says they are not in the data yet; in English too', async ({ page, request }) => {
  const c = await fetchCertification(request, 'RNCP38884');
  expect(c.blocks).toHaveLength(0);
  await page.goto('/certifications/RNCP38884');
  await expect(page.getByText('Les blocs de compétences de cette certification ne figurent pas encore dans nos données.')).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/certifications\/RNCP38884$/);
  await expect(page.getByRole('region', { name: 'Key facts' })).toContainText('Level 5, like BTS (two years after the bac)');
  await expect(page.getByRole('region', { name: 'Target occupations' }).getByRole('link').first()).toHaveAttribute('href', /^\/en\/occupations\/[A-Z]\d{4}$/);
});

test('the certification search finds by words and level, state in the address', async ({ page }) => {
  await page.goto('/certifications');
  await page.getByLabel('Intitulé ou code').fill('bioanalyses');
  await page.getByLabel('Niveau').selectOption('5');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/\/certifications\?q=bioanalyses&level=5$/);
  await page.getByRole('link', { name: 'BTS bioanalyses en laboratoire de contrôle' }).click();
  await expect(page).toHaveURL(/\/certifications\/RNCP38884$/);
});

test('a lowercase code goes to the canonical address', async ({ request }) => {
  const response = await request.get('/certifications/rncp37699', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/certifications/RNCP37699');
});

for (const path of ['/certifications/RNCP0', '/en/certifications/RS0', '/certifications/ABC']) {
  test(`${path} answers the real 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(path.startsWith('/en') ? 'Page not found' : 'Page introuvable');
  });
}
