import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { RouteResponse, routes } from '@passerelles/contracts';

export type Campus = RouteResponse<typeof routes.getCampus>;

/** What the API says about the campus: pages must show the same thing (nothing hard-coded in tests). */
export async function fetchCampus(request: APIRequestContext): Promise<Campus> {
  const response = await request.get('/api/v1/campus');
  expect(response.status()).toBe(200);
  return (await response.json()) as Campus;
}

/** "1 234" (with a narrow no-break space in French) → 1234. */
export function numberIn(text: string): number {
  return Number(text.replace(/\D/g, ''));
}

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 800 };

/** Every page the site builds today, in both languages. */
export const PUBLIC_PAGES = [
  '/',
  '/en',
  '/accessibilite',
  '/en/accessibility',
  '/a-propos-des-donnees',
  '/en/about-the-data',
  '/formations',
  '/filiere',
  '/metiers',
  '/membres',
  '/entreprises',
  '/en/trainings',
  '/en/training-chain',
  '/en/occupations',
  '/en/members',
  '/en/companies',
  // Search pages, with and without words, and records' pages (a sector métier, a sensitive one, certifications
  // with and without blocs).
  '/metiers?q=technicien+labo',
  '/en/occupations?q=conducteur+de+ligne',
  '/metiers?q=zzzzqqqq',
  '/metiers/H2303',
  '/en/occupations/H2304',
  '/certifications',
  '/certifications?q=bioanalyses&level=5',
  '/en/certifications?q=PIPAC',
  '/certifications/RNCP37699',
  '/certifications/RNCP36612',
  '/en/certifications/RNCP38884',
  // Members: the directory filtered, a member's page in both languages.
  '/membres?type=school&departement=27',
  '/membres/cfa-industrie-pharmaceutique-normandie',
  '/en/members/iut-evreux',
  // The pathway planner: the empty form, and a plan (the planner's answer drawn as timelines).
  '/mon-parcours',
  '/en/my-pathway',
  '/mon-parcours?depart=RNCP7586&cible=H1503&commune=27229',
  // Accounts: signing in and up, a forgotten password, and the privacy policy.
  '/connexion',
  '/en/sign-in',
  '/inscription',
  '/en/sign-up',
  '/mot-de-passe-oublie',
  '/en/forgot-password',
  '/confidentialite',
  '/en/privacy',
] as const;

export const NOT_FOUND_PAGES = ['/cette-page-n-existe-pas', '/en/no-such-page', '/metiers/Z9999', '/certifications/RNCP0', '/membres/personne-inconnue'] as const;

export type MetierList = RouteResponse<typeof routes.listMetiers>;

/** What the API suggests for some words: the pages must show the same métiers (nothing hard-coded). */
export async function searchMetiers(request: APIRequestContext, q: string, limit = 8): Promise<MetierList> {
  const response = await request.get('/api/v1/metiers', { params: { q, limit } });
  expect(response.status()).toBe(200);
  return (await response.json()) as MetierList;
}

/** The e2e code is type-checked without the DOM library (root tsconfig): the one browser global it reads. */
interface BrowserGlobals {
  document: { activeElement: unknown };
}

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, target: Locator, maxPresses = 25): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === (globalThis as unknown as BrowserGlobals).document.activeElement)) return;
  }
  throw new Error(`Focus never reached ${target.toString()} in ${maxPresses} Tab presses`);
}

/** The focus indicator the design system draws on every focusable element. */
export async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  await expect(target).toHaveCSS('outline-style', 'solid');
  await expect(target).toHaveCSS('outline-width', '3px');
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's WCAG 2.1 A/AA violations on the page as it is, one line per failing node (the rule and the element). Only the
 * violations are collected in full (`resultTypes`): the passes of a long page are what makes a scan slow.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}
