import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { RouteResponse, routes } from '@passerelles/contracts';
import { linkIn, waitForMail } from './mail';
import { DESKTOP, PHONE, axeViolations } from './support';

/*
 * A training organisation's space, end to end, the way its staff use it: every form posts a real page (no JavaScript),
 * the password comes through the captured e-mail. Titles are unique per run: the PostgreSQL run keeps its database
 * from one spec to the next.
 */

const GRETA = 'formation@greta-eure.example';
const SLUG = 'greta-eure';


/** The page as it is, scanned on a phone and on a desktop screen. */
async function expectNoViolation(page: Page, what: string): Promise<void> {
  await test.step(`axe: ${what}`, async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      expect(await axeViolations(page), `${what} at ${viewport.width} px`).toEqual([]);
    }
  });
}

async function memberName(request: APIRequestContext, slug: string): Promise<string> {
  const response = await request.get(`/api/v1/members/${slug}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as RouteResponse<typeof routes.getMember>).name;
}

/** A demo account has no password: it gets one through « mot de passe oublié » and the e-mailed link. */
async function setPasswordThroughMail(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/mot-de-passe-oublie');
  await page.getByLabel('Adresse e-mail').fill(email);
  const since = new Date();
  await page.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(page.getByText('Si un compte existe pour cette adresse')).toBeVisible();
  await page.goto(linkIn(await waitForMail(email, since), '/compte/nouveau-mot-de-passe'));
  await page.getByLabel('Nouveau mot de passe').fill(password);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page).toHaveURL(/\/connexion\?info=mot-de-passe-change$/);
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  const main = page.getByRole('main');
  await main.getByLabel('Adresse e-mail').fill(email);
  await main.getByLabel('Mot de passe').fill(password);
  await main.getByRole('button', { name: 'Se connecter' }).click();
}

/** A date `days` from today, as the date fields take it. */
function isoIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The sessions the public search shows for these words, by their training's title. */
function searchResults(page: Page, title: string) {
  return page.locator('.session').filter({ hasText: title });
}

test('a visitor opening an organisation’s space is asked to sign in first', async ({ page }) => {
  await page.goto(`/espace/${SLUG}`);
  await expect(page).toHaveURL(/\/connexion\?retour=%2Fespace%2Fgreta-eure$/);
  await expect(page.getByText('Cette page demande un compte')).toBeVisible();
  await page.goto(`/en/space/${SLUG}/trainings/1`);
  await expect(page).toHaveURL(/\/en\/sign-in\?retour=%2Fen%2Fspace%2Fgreta-eure%2Ftrainings%2F1$/);
});

test('the GRETA creates a training, schedules a session in Évreux, publishes it to the search, then archives it', async ({ page, request }) => {
  test.setTimeout(180_000);
  const greta = await memberName(request, SLUG);
  const title = `Conduite de ligne aseptique ${Date.now()}`;
  const start = isoIn(45);
  const end = isoIn(200);
  const password = `greta ${Date.now()} mot de passe`;

  await setPasswordThroughMail(page, GRETA, password);
  // The space asks for an account and brings the person back to it.
  await page.goto(`/espace/${SLUG}`);
  await signIn(page, GRETA, password);
  await expect(page).toHaveURL(/\/espace\/greta-eure$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(greta);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  expect((await page.request.get(`/espace/${SLUG}`, { maxRedirects: 0 })).headers()['cache-control']).toBe('no-store');
  // Forms that work without JavaScript, and none is shipped.
  await expect(page.locator('script[src], link[rel="modulepreload"]')).toHaveCount(0);
  // The admin sees the members: at least itself.
  const members = page.getByRole('region', { name: 'Membres', exact: true });
  await expect(members.getByRole('listitem').filter({ hasText: GRETA })).toContainText('administrateur');
  await expectNoViolation(page, 'the space');

  // The list of my spaces links to it, in both languages.
  await page.goto('/espace');
  await expect(page.getByRole('link', { name: greta })).toHaveAttribute('href', `/espace/${SLUG}`);
  await page.goto(`/en/space/${SLUG}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Trainings', exact: true })).toBeVisible();
  await page.goto(`/espace/${SLUG}`);

  // A new training: a refused form says what is wrong, where, and keeps what was typed.
  const create = page.getByRole('form', { name: 'Nouvelle formation' });
  await create.getByLabel('Intitulé de la formation').fill('ab');
  await create.getByLabel(/^Adresse e-mail de contact/).fill('pas une adresse');
  await create.getByRole('button', { name: 'Créer la formation (en brouillon)' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Le titre compte au moins 3 caractères.' })).toHaveAttribute('href', '#new-training-title');
  await expect(create.getByLabel('Intitulé de la formation')).toHaveAttribute('aria-invalid', 'true');
  await expect(create.getByLabel(/^Adresse e-mail de contact/)).toHaveValue('pas une adresse');

  await create.getByLabel('Intitulé de la formation').fill(title);
  await create.getByLabel(/^Code de la certification/).fill('rncp37699');
  await create.getByLabel(/^Objectif/).fill('Conduire une ligne de conditionnement aseptique en respectant les bonnes pratiques de fabrication.');
  await create.getByLabel('Niveau d’entrée exigé').selectOption('3');
  await create.getByLabel(/^Adresse e-mail de contact/).fill('');
  await create.getByLabel(/^Service ou personne à contacter/).fill('Conseil en formation');
  await create.getByText('Description complète (champs LHÉO)').click();
  await create.getByLabel(/^Conditions d’accès/).fill('Entretien et test de positionnement.');
  await create.getByRole('button', { name: 'Créer la formation (en brouillon)' }).click();
  await expect(page).toHaveURL(/\/espace\/greta-eure\/formations\/\d+\?info=formation-creee$/);
  const trainingPage = new URL(page.url()).pathname;
  await expect(page.getByText('La formation est créée, en brouillon.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('main')).toContainText('RNCP37699');

  // Publishing without a session is refused, and the page says why, next to the button.
  const publication = page.getByRole('region', { name: 'Publication' });
  await expect(publication).toContainText('doit avoir au moins une session');
  await publication.getByRole('button', { name: 'Publier la formation' }).click();
  await expect(page).toHaveURL(trainingPage);
  await expect(page.getByRole('alert')).toContainText('Ajoutez au moins une session avant de publier');
  await expect(publication.getByRole('button', { name: 'Publier la formation' })).toHaveAccessibleDescription(/Ajoutez au moins une session avant de publier/);
  await expect(page.locator('.page-header')).toContainText('Brouillon');
  await expectNoViolation(page, 'the training page, publication refused');

  // A session in Évreux: a refused form first (more places left than places), then the right one.
  const add = page.getByRole('form', { name: 'Ajouter une session' });
  await add.getByLabel('Lieu', { exact: true }).selectOption({ label: 'Évreux' });
  await add.getByLabel('Modalité', { exact: true }).selectOption({ label: 'Formation continue' });
  await add.getByLabel(/^Date de début/).fill(start);
  await add.getByLabel(/^Date de fin/).fill(end);
  await add.getByLabel(/^Durée en heures/).fill('420');
  await add.getByLabel(/^Prix en euros/).fill('3200');
  await add.getByLabel('CPF', { exact: true }).check();
  await add.getByLabel('Région', { exact: true }).check();
  await add.getByLabel(/^Nombre de places/).fill('12');
  await add.getByLabel(/^Places restantes/).fill('14');
  await add.getByRole('button', { name: 'Ajouter la session' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: 'Il ne peut pas rester plus de places qu’il n’y en a.' })).toHaveAttribute('href', '#session-new-seatsLeft');
  await expect(add.getByLabel('Lieu', { exact: true })).toHaveValue(/\d+/);
  await expect(add.getByLabel('CPF', { exact: true })).toBeChecked();
  await add.getByLabel(/^Places restantes/).fill('8');
  await add.getByRole('button', { name: 'Ajouter la session' }).click();
  await expect(page).toHaveURL(`${trainingPage}?info=session-ajoutee`);
  const sessions = page.getByRole('region', { name: /^Sessions/ });
  await expect(sessions.getByRole('heading', { level: 2 })).toHaveText('Sessions (1 session)');
  const session = sessions.getByRole('listitem').filter({ hasText: 'Session 1' });
  await expect(session).toContainText('Évreux');
  await expect(session).toContainText('Formation continue');
  await expect(session).toContainText('8\u00a0restantes sur 12');
  await expect(session).toContainText('CPF, Région');
  // Its edit form is folded, filled with what it holds.
  await session.getByText('Modifier cette session').click();
  await expect(session.getByLabel(/^Durée en heures/)).toHaveValue('420');
  await expectNoViolation(page, 'the training page with a session');

  // Published: the public search shows the session at once.
  await publication.getByRole('button', { name: 'Publier la formation' }).click();
  await expect(page).toHaveURL(`${trainingPage}?info=formation-publiee`);
  await expect(page.getByText('La formation est publiée')).toBeVisible();
  await expect(page.locator('.page-header')).toContainText('Publiée');
  await page.goto(`/formations?q=${encodeURIComponent(title)}`);
  await expect(searchResults(page, title)).toHaveCount(1);
  await expect(searchResults(page, title)).toContainText('Évreux');

  // Archived: gone from the search, still in the space.
  await page.goto(trainingPage);
  await page.getByRole('region', { name: 'Publication' }).getByRole('button', { name: 'Archiver la formation' }).click();
  await expect(page).toHaveURL(`${trainingPage}?info=formation-archivee`);
  await expect(page.getByText('La formation est archivée')).toBeVisible();
  await page.goto(`/formations?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(searchResults(page, title)).toHaveCount(0);
  await page.goto(`/espace/${SLUG}`);
  await expect(page.getByRole('region', { name: /^Archivées/ }).getByRole('link', { name: title })).toHaveAttribute('href', trainingPage);

  // Another organisation's space is not this account's: a clear 403.
  const other = await page.goto('/espace/iut-evreux');
  expect(other?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accès réservé');

  await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/\?info=deconnecte$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Se connecter' })).toBeVisible();
});
