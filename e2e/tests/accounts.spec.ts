import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { RouteResponse, routes } from '@passerelles/contracts';
import { linkIn, waitForMail } from './mail';

/*
 * Accounts, end to end, the way a person uses them: every form posts a real page (no JavaScript needed), links come
 * from the captured e-mail. Addresses are unique per run: the PostgreSQL run keeps its database from one spec to the next.
 */

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PASSWORD = 'une phrase de passe assez longue';
const NADIA = 'nadia.martel@cmq-bio-normandie.example';
const LYCEE = 'lycee-pro-bio-industries-val-de-reuil';

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

function uniqueEmail(who: string): string {
  return `${who}.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.org`;
}

async function memberName(request: APIRequestContext, slug: string): Promise<string> {
  const response = await request.get(`/api/v1/members/${slug}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as RouteResponse<typeof routes.getMember>).name;
}

/** Signs up through the form; returns when the page says to check the inbox, with the time the mail was asked for. */
async function signUp(page: Page, person: { name: string; email: string; type: RegExp }): Promise<Date> {
  await page.goto('/inscription');
  await page.getByLabel('Nom et prénom').fill(person.name);
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(person.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('radio', { name: person.type }).check();
  await page.getByRole('checkbox', { name: /J’ai lu la politique de confidentialité/ }).check();
  const since = new Date();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vérifiez votre boîte de réception');
  return since;
}

/** Opens the confirmation link of the e-mail and presses the button: only the button confirms, never the link. */
async function confirmAddress(page: Page, email: string, since: Date): Promise<void> {
  const link = linkIn(await waitForMail(email, since), '/compte/verification');
  await page.goto(link);
  // Mail scanners follow links: opening the page twice still leaves the link unused.
  await page.reload();
  await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
  await expect(page).toHaveURL(/\/connexion\?info=adresse-confirmee$/);
  await expect(page.getByText('Votre adresse est confirmée')).toBeVisible();
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  const main = page.getByRole('main');
  await main.getByLabel('Adresse e-mail').fill(email);
  await main.getByLabel('Mot de passe').fill(password);
  await main.getByRole('button', { name: 'Se connecter' }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/\?info=deconnecte$/);
  await expect(page.getByText('Vous êtes déconnecté.')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Se connecter' })).toBeVisible();
}

/** A demo account has no password: it gets one through « mot de passe oublié » and the e-mailed link. */
async function setPasswordThroughMail(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByRole('link', { name: /Mot de passe oublié/ }).click();
  await expect(page).toHaveURL(/\/mot-de-passe-oublie$/);
  await page.getByLabel('Adresse e-mail').fill(email);
  const since = new Date();
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(page.getByText('Si un compte existe pour cette adresse')).toBeVisible();
  await page.goto(linkIn(await waitForMail(email, since), '/compte/nouveau-mot-de-passe'));
  await page.getByLabel('Nouveau mot de passe').fill(password);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page).toHaveURL(/\/connexion\?info=mot-de-passe-change$/);
}

test('a new account: sign up, confirm, sign in, ask to join a member; the campus admin approves; the person is a member', async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const lycee = await memberName(request, LYCEE);
  const email = uniqueEmail('lea');
  const name = `Léa Martin ${Date.now()}`;

  // Sign up: a refused form keeps what was typed (never the password) and says what is wrong, where.
  await page.goto('/inscription');
  await page.getByLabel('Nom et prénom').fill(name);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Indiquez votre adresse e-mail.' })).toHaveAttribute('href', '#signup-email');
  const emailField = page.getByLabel('Adresse e-mail', { exact: true });
  await expect(emailField).toHaveAttribute('aria-invalid', 'true');
  await expect(emailField).toHaveAccessibleDescription(/Indiquez votre adresse e-mail\./);
  await expect(page.getByLabel('Nom et prénom')).toHaveValue(name);
  expect(await axeViolations(page)).toEqual([]);

  const since = await signUp(page, { name, email, type: /En formation/ });
  await confirmAddress(page, email, since);

  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/compte$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon compte');
  await expect(page.getByRole('banner').getByRole('link', { name: new RegExp(name) })).toHaveAttribute('href', '/compte');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  expect((await page.request.get('/compte', { maxRedirects: 0 })).headers()['cache-control']).toBe('no-store');

  // Ask to join the lycée, from the members directory.
  await page.getByRole('combobox', { name: 'Organisation' }).selectOption(LYCEE);
  await page.getByRole('textbox', { name: /^Message/ }).fill('Professeure de biotechnologies');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page).toHaveURL(/\/compte\?info=demande-envoyee$/);
  await expect(page.getByText('Votre demande est envoyée')).toBeVisible();
  const organisations = page.getByRole('region', { name: 'Mes organisations' });
  await expect(organisations.getByRole('listitem').filter({ hasText: lycee })).toContainText('Demande en attente');
  expect(await axeViolations(page)).toEqual([]);
  await signOut(page);

  // The campus admin, in her own browser: a password through « mot de passe oublié », then the requests to join.
  const staff = await browser.newContext();
  const admin = await staff.newPage();
  const adminPassword = `nadia ${Date.now()} mot de passe`;
  await setPasswordThroughMail(admin, NADIA, adminPassword);
  await signIn(admin, NADIA, adminPassword);
  await expect(admin).toHaveURL(/\/compte$/);
  await admin.getByRole('link', { name: 'Demandes d’adhésion à traiter' }).click();
  await expect(admin).toHaveURL(/\/campus\/adhesions$/);
  const card = admin.getByRole('listitem').filter({ hasText: email });
  await expect(card.getByRole('heading')).toHaveText(`${name}, pour ${lycee}`);
  await expect(card).toContainText('Professeure de biotechnologies');
  expect(await axeViolations(admin)).toEqual([]);
  await expect(card.getByRole('radio', { name: 'Membre' })).toBeChecked();
  const decided = new Date();
  await card.getByRole('button', { name: 'Accepter' }).click();
  await expect(admin).toHaveURL(/\/campus\/adhesions\?info=demande-acceptee$/);
  await expect(admin.getByText('La demande est acceptée')).toBeVisible();
  await expect(admin.getByRole('listitem').filter({ hasText: email })).toHaveCount(0);
  // The audit log shows the decision.
  await admin.goto('/campus/journal');
  await expect(admin.getByRole('row').filter({ hasText: 'Adhésion acceptée' }).filter({ hasText: name })).toHaveCount(1);
  await staff.close();

  // The person is told by e-mail, signs in again and is a member.
  await waitForMail(email, decided);
  await page.goto('/connexion');
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/compte$/);
  const myOrganisations = page.getByRole('region', { name: 'Mes organisations' });
  // The request (first), then the link to the organisation's space.
  await expect(myOrganisations.getByRole('listitem').filter({ hasText: lycee }).first()).toContainText('Membre');
  await expect(myOrganisations.getByRole('link', { name: lycee })).toHaveAttribute('href', /^\/espace\//);
  await signOut(page);
});

test('a wrong password is refused with one message, whether or not the address has an account', async ({ page }) => {
  await page.goto('/connexion');
  // An empty form: each field says what it needs.
  await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText(['Indiquez votre adresse e-mail.', 'Saisissez votre mot de passe.']);
  await expect(page.getByLabel('Mot de passe')).toHaveAttribute('aria-invalid', 'true');

  const answers: string[] = [];
  const unknown = uniqueEmail('personne');
  for (const email of ['thomas.girard@lycee-bio-val-de-reuil.example', unknown]) {
    await signIn(page, email, 'pas le bon mot de passe');
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    answers.push((await summary.textContent()) ?? '');
    // The address stays, the password never does.
    await expect(page.getByLabel('Adresse e-mail')).toHaveValue(email);
    await expect(page.getByLabel('Mot de passe')).toHaveValue('');
  }
  expect(answers[0]).toContain('Adresse e-mail ou mot de passe incorrect.');
  expect(answers[1]).toBe(answers[0]);
  await expect(page.getByText(/confirm/i)).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Se connecter' })).toBeVisible();
});

test('a visitor opening /compte signs in and comes back to it; another site is never where one lands', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/en/account');
  await expect(page).toHaveURL(/\/en\/sign-in\?retour=%2Fen%2Faccount$/);

  const email = uniqueEmail('sam');
  const since = await signUp(page, { name: 'Sam Leroy', email, type: /Professionnel/ });
  // Not confirmed yet: the sign-in page says so and offers a new link.
  await page.goto('/connexion');
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole('alert')).toContainText('Confirmez d’abord votre adresse');
  await expect(page.getByRole('button', { name: 'Renvoyer le lien de confirmation' })).toBeVisible();
  await confirmAddress(page, email, since);

  await page.goto('/compte');
  await expect(page).toHaveURL(/\/connexion\?retour=%2Fcompte$/);
  await expect(page.getByText('Cette page demande un compte')).toBeVisible();
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/compte$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon compte');
  await signOut(page);

  for (const elsewhere of ['https://evil.example/', '//evil.example/compte']) {
    await page.goto(`/connexion?retour=${encodeURIComponent(elsewhere)}`);
    await signIn(page, email, PASSWORD);
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/compte$/);
    await signOut(page);
  }
});
