import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { RouteResponse, routes } from '@passerelles/contracts';
import { linkIn, waitForMail } from './mail';
import { axeViolations } from './support';

/*
 * Accounts, end to end, the way a person uses them: every form posts a real page (no JavaScript needed), links come
 * from the captured e-mail. Addresses are unique per run: the PostgreSQL run keeps its database from one spec to the next.
 */

const PASSWORD = 'une phrase de passe assez longue';
const NADIA = 'nadia.martel@cmq-bio-normandie.example';
const LYCEE = 'lycee-pro-bio-industries-val-de-reuil';

// The tests that sign in as the campus admin run one after the other: each sets her password through the e-mailed link,
// and a new password closes her other sessions.
test.describe.configure({ mode: 'default' });


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

/** The campus admin signed in, in a browser of her own. */
async function campusAdmin(browser: Browser): Promise<Page> {
  const admin = await (await browser.newContext()).newPage();
  const password = `nadia ${Date.now()} mot de passe`;
  await setPasswordThroughMail(admin, NADIA, password);
  await signIn(admin, NADIA, password);
  await expect(admin).toHaveURL(/\/compte$/);
  return admin;
}

test('a new organisation applies to the network; once the campus approves, its admin edits its profile and sites and invites a colleague', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const email = uniqueEmail('claire');
  const name = `Claire Dubois ${Date.now()}`;
  const organisation = `Biolab Essais ${Date.now()}`;
  await confirmAddress(page, email, await signUp(page, { name, email, type: /Professionnel/ }));
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/compte$/);

  // The application: a commune that several communes answer to is asked again, with the choices.
  await page.getByRole('link', { name: 'Proposer son adhésion au réseau' }).click();
  await expect(page).toHaveURL(/\/rejoindre-le-reseau$/);
  const form = page.getByRole('main');
  await form.getByLabel('Nom de l’organisation').fill(organisation);
  await form.getByLabel('Type d’organisation').selectOption({ label: 'Laboratoire de recherche' });
  await form.getByLabel(/^Commune du siège/).fill('Sainte-Marie');
  await form.getByLabel(/^Message à l’équipe/).fill('Laboratoire d’essais microbiologiques');
  await form.getByRole('button', { name: 'Envoyer la candidature' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  const commune = form.getByLabel(/^Commune du siège/);
  await expect(commune).toHaveAccessibleDescription(/Plusieurs communes répondent à «\u00a0Sainte-Marie\u00a0»/);
  await expect(form.getByLabel('Nom de l’organisation')).toHaveValue(organisation);
  expect(await axeViolations(page)).toEqual([]);
  await commune.fill('Val-de-Reuil');
  await form.getByRole('button', { name: 'Envoyer la candidature' }).click();
  await expect(page).toHaveURL(/\/compte\?info=candidature-envoyee$/);
  await expect(page.getByText('La candidature de votre organisation est envoyée')).toBeVisible();

  // The campus admin approves it.
  const admin = await campusAdmin(browser);
  await admin.goto('/campus/adhesions');
  const candidates = admin.getByRole('region', { name: 'Organisations candidates au réseau' });
  const card = candidates.getByRole('listitem').filter({ hasText: organisation });
  await expect(card).toContainText('Laboratoire de recherche');
  await expect(card).toContainText('Val-de-Reuil');
  await expect(card).toContainText(email);
  expect(await axeViolations(admin)).toEqual([]);
  await card.getByRole('button', { name: 'Accepter dans le réseau' }).click();
  await expect(admin).toHaveURL(/\/campus\/adhesions\?info=candidature-acceptee$/);
  await expect(candidates.getByRole('listitem').filter({ hasText: organisation })).toHaveCount(0);
  await admin.context().close();

  // The applicant is its admin: the space, then its profile and sites.
  await page.goto('/compte');
  await page.getByRole('region', { name: 'Mes organisations' }).getByRole('link', { name: organisation }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(organisation);
  const space = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'Profil public et sites' }).click();
  await expect(page).toHaveURL(`${space}/profil`);
  const profile = page.getByRole('form', { name: 'Profil public' });
  await profile.getByLabel(/^SIRET/).fill('123');
  await profile.getByLabel(/^Présentation/).fill('Essais de stérilité et d’endotoxines pour l’industrie pharmaceutique.');
  await profile.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: 'Un SIRET compte 14 chiffres.' })).toHaveAttribute('href', '#profile-siret');
  await expect(profile.getByLabel(/^Présentation/)).toHaveValue(/Essais de stérilité/);
  await profile.getByLabel(/^SIRET/).fill('');
  await profile.getByLabel(/^Site web/).fill('https://biolab.example');
  await profile.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(page).toHaveURL(`${space}/profil?info=profil-enregistre`);
  const sites = page.getByRole('region', { name: 'Sites' });
  const add = page.getByRole('form', { name: 'Ajouter un site' });
  await add.getByLabel(/^Nom du site/).fill('Laboratoire d’Évreux');
  await add.getByLabel(/^Commune/).fill('27000');
  await add.getByRole('button', { name: 'Ajouter le site' }).click();
  await expect(page).toHaveURL(`${space}/profil?info=site-ajoute`);
  const site = sites.getByRole('listitem').filter({ hasText: 'Laboratoire d’Évreux' });
  await expect(site).toContainText('Évreux');
  expect(await axeViolations(page)).toEqual([]);
  await site.getByRole('button', { name: 'Supprimer Laboratoire d’Évreux' }).click();
  await expect(page).toHaveURL(`${space}/profil?info=site-supprime`);
  await expect(sites.getByRole('listitem').filter({ hasText: 'Laboratoire d’Évreux' })).toHaveCount(0);
  // The public page shows the new profile.
  await page.getByRole('link', { name: 'Voir la page publique' }).click();
  await expect(page.getByRole('main')).toContainText('Essais de stérilité et d’endotoxines');

  // A colleague is invited, creates an account with that address and accepts.
  await page.goto(space);
  const colleague = uniqueEmail('hugo');
  const invite = page.getByRole('form', { name: 'Inviter une personne' });
  await invite.getByLabel('Adresse e-mail de la personne').fill(colleague);
  const invited = new Date();
  await invite.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(page).toHaveURL(`${space}?info=invitation-envoyee`);
  const link = linkIn(await waitForMail(colleague, invited), '/compte/invitation');
  await signOut(page);
  await confirmAddress(page, colleague, await signUp(page, { name: 'Hugo Leroy', email: colleague, type: /Professionnel/ }));
  await page.goto(link);
  await signIn(page, colleague, PASSWORD);
  await page.getByRole('button', { name: 'Accepter l’invitation' }).click();
  await expect(page.getByText(`Vous avez rejoint «\u00a0${organisation}\u00a0».`)).toBeVisible();
  await page.goto('/compte');
  await expect(page.getByRole('region', { name: 'Mes organisations' }).getByRole('link', { name: organisation })).toHaveAttribute('href', space);
  await signOut(page);
});

test('the campus admin edits the campus profile: a sensitive trade outside the perimeter is refused, the tagline shows on the home page', async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await campusAdmin(browser);
  await admin.getByRole('link', { name: 'Profil du campus' }).click();
  await expect(admin).toHaveURL(/\/campus\/profil$/);
  const tagline = admin.getByLabel('Accroche en français');
  const before = await tagline.inputValue();
  const perimeter = admin.getByLabel(/^Métiers de la filière/);
  const codes = await perimeter.inputValue();
  const sensitive = admin.getByRole('group', { name: 'Métiers sensibles' });
  const firstSensitive = sensitive.getByRole('checkbox', { checked: true }).first();
  const code = (await firstSensitive.getAttribute('value'))!;
  expect(await axeViolations(admin)).toEqual([]);
  // Taking a sensitive trade out of the perimeter is refused, next to the sensitive trades; what was typed stays.
  await perimeter.fill(codes.split(/\s+/).filter((c) => c !== code).join(' '));
  await admin.getByRole('button', { name: 'Enregistrer le profil du campus' }).click();
  await expect(admin.getByRole('alert')).toBeFocused();
  await expect(admin.getByRole('alert')).toContainText(code);
  await expect(perimeter).not.toHaveValue(new RegExp(code));
  // Put back, with a new tagline: saved, logged, shown.
  const words = `${before.replace(/ \d+$/, '')} ${Date.now()}`;
  await perimeter.fill(codes);
  await tagline.fill(words);
  await admin.getByRole('button', { name: 'Enregistrer le profil du campus' }).click();
  await expect(admin).toHaveURL(/\/campus\/profil\?info=profil-campus-enregistre$/);
  await expect(admin.getByLabel('Accroche en français')).toHaveValue(words);
  await admin.goto('/');
  await expect(admin.getByRole('main')).toContainText(words);
  await admin.goto('/campus/journal');
  await expect(admin.getByRole('row').filter({ hasText: 'Profil du campus modifié' }).first()).toBeVisible();
  await admin.context().close();
});
