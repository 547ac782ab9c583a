import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { RouteResponse, routes } from '@passerelles/contracts';
import { DESKTOP, PHONE } from './support';

type Plan = RouteResponse<typeof routes.planPathway>;

/**
 * Two people of DEMO-CAMPUS.md: a holder of the former Bac pro Bio-industries de transformation near Évreux who wants
 * laboratory work (H1503), and an operator of chemical manufacturing (H2304) near Val-de-Reuil aiming at
 * pharmaceutical production (H2303), whose experience opens a VAE.
 */
const LAB = { start: 'RNCP7586', target: 'H1503', place: 'Évreux', commune: '27229' } as const;
const OPERATOR = { start: 'niveau-3', level: 3, metier: 'H2304', target: 'H2303', place: 'Val-de-Reuil', commune: '27701' } as const;

async function fetchPlan(request: APIRequestContext, body: unknown): Promise<Plan> {
  const response = await request.post('/api/v1/parcours', { data: body });
  expect(response.status()).toBe(200);
  return (await response.json()) as Plan;
}

const routeCards = (page: Page) => page.locator('.pathway-result > .route-card');

/** The page shows the planner's routes, in its order, each step with its training, place and prerequisite. */
async function expectRoutes(page: Page, plan: Plan): Promise<void> {
  await expect(routeCards(page)).toHaveCount(plan.routes.length);
  for (const [i, route] of plan.routes.entries()) {
    const card = routeCards(page).nth(i);
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(`Parcours ${i + 1} : ${route.reached.title}`);
    await expect(card).toContainText(route.explanation);
    const steps = card.locator('.timeline > li');
    await expect(steps).toHaveCount(route.steps.length);
    for (const [j, step] of route.steps.entries()) {
      const item = steps.nth(j);
      await expect(item).toContainText(`Étape ${j + 1}`);
      if (step.training) await expect(item.getByRole('link', { name: step.training.title })).toHaveAttribute('href', `/formations/${step.training.id}`);
      if (step.organisation) await expect(item).toContainText(step.organisation.name);
      await expect(item).toContainText(step.satisfiedBy);
      await expect(item.locator('.demo-badge')).toHaveCount(step.isDemo ? 1 : 0);
    }
  }
}

test.describe('the pathway planner without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a former Bac pro holder near Évreux answers three questions and gets routes to laboratory work', async ({ page, request }) => {
    const plan = await fetchPlan(request, { from: { certifications: [LAB.start], commune: LAB.commune }, to: { romeCode: LAB.target } });
    expect(plan.routes.length).toBeGreaterThan(0);

    await page.goto('/mon-parcours');
    await expect(page.getByText('Répondez aux deux premières questions pour voir vos parcours.')).toBeVisible();
    await page.getByLabel('Où en êtes-vous ?').selectOption(LAB.start);
    await page.getByLabel('Que visez-vous ?').selectOption(LAB.target);
    await page.getByLabel('Où habitez-vous ?').fill(LAB.place);
    await page.getByRole('button', { name: 'Voir mes parcours' }).click();

    await expect(page).toHaveURL(`/mon-parcours?depart=${LAB.start}&cible=${LAB.target}&commune=${LAB.commune}`);
    await expect(page.getByRole('heading', { level: 2, name: `${plan.routes.length} parcours vers « ${plan.target.label} »` })).toBeVisible();
    await expect(page.getByLabel('Où habitez-vous ?')).toHaveValue('Évreux (27)');
    await expectRoutes(page, plan);
    // Nobody already at the Bac is sent back to a lower level when a route keeps or raises it.
    for (const route of plan.routes) expect(route.reached.level ?? 0).toBeGreaterThanOrEqual(4);

    const first = plan.routes[0]!.steps[0]!;
    await routeCards(page).first().getByRole('link', { name: first.training!.title }).click();
    await expect(page).toHaveURL(`/formations/${first.training!.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.training!.title);
  });

  test('an operator’s experience opens a VAE towards pharmaceutical production, and the limits are kept', async ({ page, request }) => {
    const from = { level: OPERATOR.level, romeCode: OPERATOR.metier, commune: OPERATOR.commune };
    const plan = await fetchPlan(request, { from, to: { romeCode: OPERATOR.target } });
    expect(plan.routes.some((r) => r.steps[0]!.kind === 'vae')).toBe(true);

    await page.goto(`/mon-parcours?depart=${OPERATOR.start}&cible=${OPERATOR.target}&lieu=${encodeURIComponent(OPERATOR.place)}`);
    await expect(page).toHaveURL(`/mon-parcours?depart=${OPERATOR.start}&cible=${OPERATOR.target}&commune=${OPERATOR.commune}`);
    await page.getByText('Plus de critères').click();
    await page.getByLabel('Votre métier actuel').selectOption(OPERATOR.metier);
    await page.getByRole('button', { name: 'Voir mes parcours' }).click();
    await expect(page).toHaveURL(`/mon-parcours?depart=${OPERATOR.start}&cible=${OPERATOR.target}&commune=${OPERATOR.commune}&metier=${OPERATOR.metier}`);
    await expectRoutes(page, plan);
    await expect(page.locator('.timeline').getByText('VAE', { exact: false }).first()).toBeVisible();

    // Apprenticeship only, within 30 km: every step says so.
    await page.getByRole('checkbox', { name: 'Apprentissage' }).check();
    await page.getByLabel('Distance maximale').selectOption('30');
    await page.getByRole('button', { name: 'Voir mes parcours' }).click();
    const limited = await fetchPlan(request, { from, to: { romeCode: OPERATOR.target }, constraints: { modalities: ['apprentissage'], maxDistanceKm: 30 } });
    await expectRoutes(page, limited);
    for (const route of limited.routes) for (const step of route.steps) expect(step.modality).toBe('apprentissage');
  });

  test('an impossible request says why and offers the one limit to lift', async ({ page, request }) => {
    const from = { level: 3, commune: OPERATOR.commune };
    const constraints = { modalities: ['initial_etudiant'] };
    const plan = await fetchPlan(request, { from, to: { romeCode: OPERATOR.target }, constraints });
    expect(plan.routes).toEqual([]);
    const relax = plan.unreachable!.relax.find((r) => r.constraint === 'modalities')!;

    await page.goto(`/mon-parcours?depart=niveau-3&cible=${OPERATOR.target}&commune=${OPERATOR.commune}&modalite=initial_etudiant`);
    await expect(page.getByRole('heading', { level: 2, name: `Aucun parcours vers « ${plan.target.label} »` })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(plan.unreachable!.reason);
    await page.getByRole('link', { name: relax.label }).click();
    await expect(page).toHaveURL(`/mon-parcours?depart=niveau-3&cible=${OPERATOR.target}&commune=${OPERATOR.commune}`);
    await expect(routeCards(page)).not.toHaveCount(0);
  });

  test('in English, the same plan, and back to French', async ({ page }) => {
    await page.goto(`/en/my-pathway?depart=${LAB.start}&cible=${LAB.target}&commune=${LAB.commune}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My pathway');
    await expect(page.getByLabel('Where are you now?')).toHaveValue(LAB.start);
    await expect(routeCards(page).first()).toBeVisible();
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(`/mon-parcours?depart=${LAB.start}&cible=${LAB.target}&commune=${LAB.commune}`);
  });
});

for (const viewport of [PHONE, DESKTOP]) {
  test(`the pathway pages have no axe violation at ${viewport.width} px`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(viewport);
    for (const path of ['/mon-parcours', `/mon-parcours?depart=niveau-3&cible=${OPERATOR.target}&commune=${OPERATOR.commune}&metier=${OPERATOR.metier}&distance=30`]) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}
