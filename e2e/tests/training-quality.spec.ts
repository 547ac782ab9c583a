import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DESKTOP, PHONE } from './support';
import { JOURNEY, searchSessions, trainingWithOutcomes } from './training-support';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BUDGET_GZ_BYTES = 100 * 1024; // PERFORMANCE.md, P4

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

const SEARCHES = [
  '/formations',
  `/formations?q=${JOURNEY.q}&commune=${JOURNEY.commune}&radiusKm=${JOURNEY.radiusKm}&modality=apprentissage`,
  '/formations?level=5&level=6&funding=cpf&sector=in&sort=start&page=2',
  '/formations?commune=76540&sort=distance',
  '/formations?q=zzzzqqqq',
  `/en/trainings?q=${JOURNEY.q}&commune=${JOURNEY.commune}&radiusKm=${JOURNEY.radiusKm}`,
];

/** The search pages, the journey's training, one with outcomes (both languages) and the 404 of a training. */
async function pagesToCheck(request: APIRequestContext): Promise<string[]> {
  const journey = await searchSessions(request, { q: JOURNEY.q, commune: JOURNEY.commune, radiusKm: JOURNEY.radiusKm, modality: 'apprentissage' });
  const withOutcomes = await trainingWithOutcomes(request);
  return [
    ...SEARCHES,
    `/formations/${journey.items[0]!.training.id}`,
    `/formations/${withOutcomes.id}`,
    `/en/trainings/${withOutcomes.id}`,
    '/formations/999999',
  ];
}

for (const [device, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test(`search and training pages have no axe violation, ${device} (${viewport.width} px)`, async ({ page, request }) => {
    // Several pages scanned in one test: axe takes seconds per page on a busy two-core machine.
    test.slow();
    await page.setViewportSize(viewport);
    for (const path of await pagesToCheck(request)) {
      await page.goto(path);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
}

test('the phone filters, once open, have no axe violation either', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(SEARCHES[1]!);
  await page.locator('.filters__toggle').click();
  await expect(page.getByRole('checkbox', { name: 'Apprentissage' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('search and training pages stay within the JavaScript budget (and ship none today)', async ({ page, request }) => {
  for (const path of await pagesToCheck(request)) {
    await page.goto(path);
    const urls = new Set<string>();
    let gz = 0;
    for (const script of await page.locator('script').all()) {
      const src = await script.getAttribute('src');
      if (src) urls.add(new URL(src, page.url()).href);
      else gz += gzipSync((await script.textContent()) ?? '').length;
    }
    for (const preload of await page.locator('link[rel="modulepreload"]').all()) urls.add(new URL((await preload.getAttribute('href'))!, page.url()).href);
    for (const url of urls) gz += gzipSync(await (await request.get(url)).body()).length;
    expect(gz, `${path}: ${gz} bytes of gzipped JavaScript`).toBeLessThanOrEqual(BUDGET_GZ_BYTES);
    // No executable script at all: the only <script> a training page carries is its JSON-LD data block.
    expect(urls.size, path).toBe(0);
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  }
});
