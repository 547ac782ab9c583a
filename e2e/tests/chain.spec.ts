import { expect, test, type APIRequestContext } from '@playwright/test';
import type { RouteResponse, routes } from '@passerelles/contracts';
import { DESKTOP, PHONE } from './support';

type Chain = RouteResponse<typeof routes.getChain>;

async function fetchChain(request: APIRequestContext): Promise<Chain> {
  const response = await request.get('/api/v1/chain');
  expect(response.status()).toBe(200);
  return (await response.json()) as Chain;
}

/** The shortest way up the chain's edges from one certification to the first one at `level` (what a person would follow). */
function pathUp(chain: Chain, from: string, level: number): string[] {
  const levelOf = new Map(chain.nodes.map((n) => [n.code, n.level]));
  const queue: string[][] = [[from]];
  const seen = new Set([from]);
  while (queue.length) {
    const path = queue.shift()!;
    const here = path.at(-1)!;
    if (levelOf.get(here) === level) return path;
    for (const e of chain.edges.filter((x) => x.from === here && !seen.has(x.to))) {
      seen.add(e.to);
      queue.push([...path, e.to]);
    }
  }
  throw new Error(`No way up from ${from} to level ${level}`);
}

test('from the Bac pro PIPAC, follow the progressions up to a level-7 certification and open it', async ({ page, request }) => {
  const chain = await fetchChain(request);
  const path = pathUp(chain, 'RNCP37699', 7);
  expect(path.length).toBeGreaterThanOrEqual(3);

  await page.setViewportSize(DESKTOP);
  const response = await page.goto('/filiere');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Filière de formation');
  // The Bac pro is a box of the picture, linking to its certification.
  const figure = page.getByRole('group', { name: /Schéma de la filière/ });
  await expect(figure.locator('a[href="/certifications/RNCP37699"]')).toHaveAccessibleName(/BAC PRO Production en industries pharmaceutiques.*niveau 4/);

  // The list under it: each step's « Après » leads to the next certification.
  for (let i = 0; i < path.length - 1; i++) {
    const item = page.locator(`#cert-${path[i]}`);
    await item.locator(`a[href="#cert-${path[i + 1]}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#cert-${path[i + 1]}$`));
  }
  const top = chain.nodes.find((n) => n.code === path.at(-1))!;
  expect(top.level).toBe(7);
  await page.locator(`#cert-${top.code}`).getByRole('heading', { level: 4 }).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/certifications/${top.code}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(top.title);
});

test('the picture: one box per certification by level, one line per progression, a legend for the four kinds', async ({ page, request }) => {
  const chain = await fetchChain(request);
  await page.setViewportSize(DESKTOP);
  await page.goto('/filiere');
  const figure = page.locator('svg.chain-figure--wide');
  await expect(figure).toBeVisible();
  await expect(figure.locator('a.chain-node')).toHaveCount(chain.nodes.length);
  await expect(figure.locator('path.chain-edge')).toHaveCount(chain.edges.length);
  for (const kind of ['poursuite conseillée par le campus', 'nouvelle version de la certification', 'blocs de compétences en commun', 'mêmes métiers, niveau suivant']) {
    await expect(page.locator('.chain-legend')).toContainText(kind);
  }
  // Line kinds differ by pattern, not colour alone.
  const dashes = new Set(await Promise.all((await figure.locator('path.chain-edge').all()).map((p) => p.getAttribute('stroke-dasharray'))));
  expect(dashes.size).toBe(new Set(chain.edges.map((e) => e.kind)).size);
  // The list says where each certification is offered.
  const bac = chain.nodes.find((n) => n.code === 'RNCP37699')!;
  for (const offer of bac.offers) {
    await expect(page.locator('#cert-RNCP37699').locator(`a[href="/formations/${offer.trainingId}"]`)).toHaveText(offer.organisation);
  }
});

test('on a phone the picture is drawn top to bottom and a box opens its certification', async ({ page, request }) => {
  const chain = await fetchChain(request);
  const top = chain.nodes.filter((n) => n.level === 7)[0]!;
  await page.setViewportSize(PHONE);
  await page.goto('/filiere');
  await expect(page.locator('svg.chain-figure--wide')).toBeHidden();
  const tall = page.locator('svg.chain-figure--tall');
  await expect(tall).toBeVisible();
  const box = await tall.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(PHONE.width);
  // No horizontal scrolling on a 375 px screen.
  expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await tall.locator(`a[href="/certifications/${top.code}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/certifications/${top.code}$`));
});

test('the chain in English', async ({ page }) => {
  await page.goto('/en/training-chain');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Training chain');
  await expect(page.getByRole('heading', { name: 'The chain, level by level' })).toBeVisible();
  await expect(page.locator('#cert-RNCP37699')).toContainText('Next:');
});
