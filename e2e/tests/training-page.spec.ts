import { expect, test } from '@playwright/test';
import { fetchCampus } from './support';
import { JOURNEY, fetchTraining, searchSessions, trainingWithOutcomes } from './training-support';

test.use({ javaScriptEnabled: false });

test('a training page gives what a person needs to decide, with links to the certification and the provider', async ({ page, request }) => {
  const { items } = await searchSessions(request, { q: JOURNEY.q, commune: JOURNEY.commune, radiusKm: JOURNEY.radiusKm, modality: 'apprentissage' });
  const training = await fetchTraining(request, items[0]!.training.id);
  const response = await page.goto(`/formations/${training.id}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(training.title);
  await expect(page).toHaveTitle(new RegExp(`^${training.title.replace(/[()]/g, '\\$&')}, `));

  const facts = page.getByRole('region', { name: 'En bref' });
  if (training.certification) {
    await expect(facts.getByRole('link', { name: training.certification.title })).toHaveAttribute('href', `/certifications/${training.certification.code}`);
    if (training.certification.level !== null) await expect(facts).toContainText(`Niveau ${training.certification.level}, comme`);
  }
  await expect(facts.getByRole('link', { name: training.organisation.name })).toHaveAttribute('href', `/membres/${training.organisation.slug}`);
  if (training.objective) await expect(page.getByRole('region', { name: 'Objectif' })).toContainText(training.objective);
  if (training.entryRequirements) await expect(page.getByRole('region', { name: 'Conditions d’accès' })).toContainText(training.entryRequirements);
  if (training.accessibility) await expect(page.getByRole('region', { name: /Accessibilité/ })).toContainText(training.accessibility);
  if (training.contact.label) await expect(page.getByRole('region', { name: 'Contact' })).toContainText(training.contact.label);

  const rows = page.getByRole('table', { name: /Sessions programmées/ }).locator('tbody tr');
  await expect(rows).toHaveCount(training.sessions.length);
  for (const [i, session] of training.sessions.entries()) {
    if (session.commune) await expect(rows.nth(i)).toContainText(session.commune.name);
    await expect(rows.nth(i).locator('.demo-badge')).toHaveCount(session.isDemo ? 1 : 0);
  }
  await expect(page.getByRole('banner').getByRole('link', { name: 'Formations' })).toHaveAttribute('aria-current', 'page');
});

test('outcomes are told in words, and a masked figure says why instead of showing 0', async ({ page, request }) => {
  const training = await trainingWithOutcomes(request);
  await page.goto(`/formations/${training.id}`);
  const outcomes = page.getByRole('region', { name: 'Et après ? Les résultats de la formation' });
  const latest = training.outcomes.map((o) => o.cohort).sort().at(-1)!;
  const published = training.outcomes.find((o) => o.cohort === latest && o.employment6 !== null) ?? training.outcomes.find((o) => o.employment6 !== null)!;
  // The earlier cohorts sit behind a disclosure: open it so every line can be read.
  const older = outcomes.locator('summary', { hasText: 'promotions précédentes' });
  if (await older.count()) await older.click();
  await expect(outcomes).toContainText(`Sur 100 jeunes sortis de cette formation en Normandie, ${Math.round(published.employment6!)} étaient en emploi 6 mois après.`);
  await expect(outcomes).toContainText('Emploi à 6 mois : donnée non publiée (moins de 20 sortants)');
  await expect(outcomes.getByText(/étaient en emploi/)).toHaveCount(
    training.outcomes.reduce((n, o) => n + [o.employment6, o.employment12, o.employment24].filter((v) => v !== null).length, 0),
  );
});

test('the page describes itself in schema.org JSON-LD: a Course with its sessions as course instances', async ({ page, request }) => {
  const training = await trainingWithOutcomes(request);
  await page.goto(`/formations/${training.id}`);
  const blocks = page.locator('script[type="application/ld+json"]');
  await expect(blocks).toHaveCount(1);
  const data = JSON.parse((await blocks.textContent())!) as Record<string, unknown> & { hasCourseInstance: Record<string, unknown>[]; provider: { name: string } };
  expect(data['@context']).toBe('https://schema.org');
  expect(data['@type']).toBe('Course');
  expect(data.name).toBe(training.title);
  expect(data.url).toBe(new URL(`/formations/${training.id}`, page.url()).href);
  expect(data.provider.name).toBe(training.organisation.name);
  expect(data.hasCourseInstance).toHaveLength(training.sessions.length);
  for (const [i, instance] of data.hasCourseInstance.entries()) {
    expect(instance['@type']).toBe('CourseInstance');
    expect(instance.startDate).toBe(training.sessions[i]!.startDate ?? undefined);
  }
  // A data block only: no executable script on the page.
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
});

test('in English, the same training is at /en/trainings/{id}', async ({ page, request }) => {
  const training = await trainingWithOutcomes(request);
  await page.goto(`/en/trainings/${training.id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(training.title);
  await expect(page.getByRole('region', { name: 'What next? Outcomes of the training' })).toContainText('Out of 100 young people who left this training in Normandie');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(`/formations/${training.id}`);
});

for (const path of ['/formations/999999', '/formations/0', '/formations/abc', '/en/trainings/123456789']) {
  test(`an unknown training (${path}) is the real 404 page`, async ({ page, request }) => {
    const { profile } = await fetchCampus(request);
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    const title = path.startsWith('/en') ? 'Page not found' : 'Page introuvable';
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page).toHaveTitle(`${title} — ${profile.shortName}`);
  });
}
