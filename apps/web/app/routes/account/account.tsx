import { Link, data, redirect } from 'react-router';
import { routes, type RouteResponse } from '@passerelles/contracts';
import type { Route } from './+types/account';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { localeFromPath } from '../../i18n/locales';
import { pathFor } from '../../i18n/pages';
import { csrfHeaders, noStore, requireAccount, seesJoinRequests, signInPath, withNotice } from '../../lib/account';
import { apiFormErrors, formErrors, summaryItems, textOf, type FormErrors } from '../../lib/forms';
import { isApiError } from '../../lib/records';
import { Button, CheckboxField, ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui';
import { AccountPage, CsrfField, privateMeta } from './shared';
import accountCss from './account.css?url';
import { OrganisationSpaceLinks } from '../space/OrganisationSpaceLinks';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: accountCss }];
export const headers = noStore;

type Request_ = RouteResponse<typeof routes.listMyMemberships>['items'][number];
type Intent = 'join' | 'erase';
const fieldId = (intent: Intent) => (field: string) => `${intent}-${field}`;

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].account.account;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, t.title, t.description);
}

/** Who I am, my organisations and requests, the organisations I may still ask to join. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const account = await requireAccount(context, request);
  const [mine, members] = await Promise.all([context.api(routes.listMyMemberships), context.api(routes.listMembers, {})]);
  const taken = new Set(mine.items.filter((m) => m.status !== 'refused').map((m) => m.organisationSlug));
  const joinable = members.items
    .filter((m) => !taken.has(m.slug))
    .map((m) => ({ slug: m.slug, name: m.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return { account, requests: mine.items, joinable };
}

export async function action({ request, context }: Route.ActionArgs) {
  const url = new URL(request.url);
  const locale = localeFromPath(url.pathname);
  const t = CATALOGUES[locale].account;
  const form = await request.formData();
  const intent: Intent = form.get('intent') === 'erase' ? 'erase' : 'join';
  const refuse = (errors: FormErrors, values: { organisation?: string; message?: string } = {}) =>
    data({ intent, errors, values }, { status: 400 });
  const signedOut = (e: unknown) => isApiError(e, 401) && e.body.code === 'UNAUTHENTICATED';

  if (intent === 'join') {
    const organisation = textOf(form, 'organisation');
    const message = textOf(form, 'message');
    if (!organisation) return refuse(formErrors({ organisation: { text: t.account.organisationRequired } }), { organisation, message });
    try {
      await context.api(routes.requestToJoin, { params: { slug: organisation }, body: message ? { message } : {} }, csrfHeaders(form));
    } catch (e) {
      if (signedOut(e)) throw redirect(signInPath(locale, url.pathname));
      const errors = apiFormErrors(e, locale, ['message']);
      if (isApiError(e, 404)) return refuse(formErrors({ organisation: errors.general[0] }), { organisation, message });
      return refuse(errors, { organisation, message });
    }
    throw redirect(withNotice(url.pathname, 'demande-envoyee'));
  }

  const password = form.get('password');
  const confirmed = form.get('confirm') === 'on';
  if (!confirmed) return refuse(formErrors({ confirm: { text: t.account.eraseConfirmRequired } }));
  try {
    await context.api(
      routes.eraseMyAccount,
      { body: { ...(typeof password === 'string' && password ? { password } : {}), confirm: true } },
      csrfHeaders(form),
    );
  } catch (e) {
    if (signedOut(e)) throw redirect(signInPath(locale, url.pathname));
    const errors = apiFormErrors(e, locale, ['password', 'confirm']);
    // A wrong password is the password field's error.
    if (isApiError(e, 401)) return refuse(formErrors({ password: errors.general[0] }));
    return refuse(errors);
  }
  throw redirect(withNotice(pathFor('home', locale), 'compte-efface'));
}

function RequestItem({ item }: { item: Request_ }) {
  const { t, date } = useI18n();
  const a = t.account.account;
  return (
    <li className="membership">
      <span className="membership__name" lang="fr">
        {item.organisationName}
      </span>
      <span className={`membership__status membership__status--${item.status}`}>{a.statuses[item.status]}</span>
      <span className="membership__facts">
        {item.status === 'active' ? `${a.asRole(a.membershipRoles[item.role])} · ` : ''}
        {a.requestedOn(date(item.requestedAt))}
        {item.decidedAt ? ` · ${a.decidedOn(date(item.decidedAt))}` : ''}
      </span>
    </li>
  );
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useI18n();
  const a = t.account.account;
  const { account, requests, joinable } = loaderData;
  const errors = actionData?.errors;
  const joinErrors = actionData?.intent === 'join' ? errors : undefined;
  const eraseErrors = actionData?.intent === 'erase' ? errors : undefined;
  // Memberships granted without a request (set up by the campus) appear in the account but not among the requests.
  const listed = new Set(requests.map((r) => r.organisationSlug));
  const direct = account.memberships.filter((m) => !listed.has(m.organisationSlug));
  const staff = seesJoinRequests(account);
  return (
    <AccountPage title={a.title} lead={account.displayName}>
      <ErrorSummary items={summaryItems(errors, fieldId(actionData?.intent ?? 'join'))} general={errors?.general} />

      <section className="account-section" aria-labelledby="account-who">
        <h2 id="account-who">{a.whoTitle}</h2>
        <dl className="meta-list account-facts">
          <div>
            <dt>{a.name}</dt>
            <dd>{account.displayName}</dd>
          </div>
          <div>
            <dt>{a.email}</dt>
            <dd className="account-facts__email">{account.email}</dd>
          </div>
          <div>
            <dt>{a.type}</dt>
            <dd>{a.types[account.accountType]}</dd>
          </div>
          {account.platformRole ? (
            <div>
              <dt>{a.role}</dt>
              <dd>{a.roles[account.platformRole]}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section className="account-section" aria-labelledby="account-orgs">
        <h2 id="account-orgs">{a.orgsTitle}</h2>
        {requests.length || direct.length ? (
          <ul className="membership-list">
            {direct.map((m) => (
              <li className="membership" key={m.organisationSlug}>
                <span className="membership__name" lang="fr">
                  {m.organisationName}
                </span>
                <span className="membership__status membership__status--active">{a.statuses.active}</span>
                <span className="membership__facts">{a.asRole(a.membershipRoles[m.role])}</span>
              </li>
            ))}
            {requests.map((item) => (
              <RequestItem key={item.organisationSlug} item={item} />
            ))}
          </ul>
        ) : (
          <p className="muted">{a.orgsNone}</p>
        )}

        <OrganisationSpaceLinks memberships={account.memberships} />

        <h3 id="account-join">{a.joinTitle}</h3>
        {joinable.length ? (
          <>
            <p>{a.joinLead}</p>
            <form method="post" action={href('account')} className="form" aria-labelledby="account-join" noValidate>
              <input type="hidden" name="intent" value="join" />
              <CsrfField token={account.csrfToken} />
              <SelectField
                id="join-organisation"
                name="organisation"
                label={a.organisation}
                required
                defaultValue={joinErrors ? actionData?.values.organisation : ''}
                error={joinErrors?.fields.organisation}
              >
                <option value="">{a.choose}</option>
                {joinable.map((o) => (
                  <option key={o.slug} value={o.slug} lang="fr">
                    {o.name}
                  </option>
                ))}
              </SelectField>
              <TextAreaField
                id="join-message"
                name="message"
                label={a.message}
                hint={a.messageHint}
                optional
                maxLength={1000}
                rows={3}
                defaultValue={joinErrors ? actionData?.values.message : ''}
                error={joinErrors?.fields.message}
              />
              <div className="form__actions">
                <Button type="submit">{a.joinSubmit}</Button>
              </div>
            </form>
          </>
        ) : (
          <p className="muted">{a.joinNone}</p>
        )}
        <p className="account-apply">
          {a.applyText} <Link to={href('networkApplication')}>{a.applyLink}</Link>
        </p>
      </section>

      {staff ? (
        <section className="account-section" aria-labelledby="account-staff">
          <h2 id="account-staff">{a.staffTitle}</h2>
          <ul className="account-links">
            <li>
              <Link to={href('joinRequests')}>{a.staffJoin}</Link>
            </li>
            {account.platformRole === 'campus_admin' ? (
              <li>
                <Link to={href('campusProfile')}>{a.staffProfile}</Link>
              </li>
            ) : null}
            {account.platformRole === 'campus_admin' ? (
              <li>
                <Link to={href('auditLog')}>{a.staffLog}</Link>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}

      <section className="account-section" aria-labelledby="account-data">
        <h2 id="account-data">{a.dataTitle}</h2>
        <p>{a.dataLead}</p>
        <ul className="account-links">
          <li>
            {/* Served by the API as a download: a plain link, never a client-side navigation. */}
            <a href={routes.exportMyData.path} download>
              {a.export}
            </a>
          </li>
          <li>
            <Link to={href('privacy')}>{a.privacy}</Link>
          </li>
        </ul>
      </section>

      <section className="account-section" aria-labelledby="account-session">
        <h2 id="account-session">{a.signOutTitle}</h2>
        <form method="post" action={href('signOut')} className="account-inline-form">
          <CsrfField token={account.csrfToken} />
          <p>{a.signOutText}</p>
          <Button type="submit" variant="secondary">
            {t.account.header.signOut}
          </Button>
        </form>
      </section>

      <section className="account-section account-section--danger" aria-labelledby="account-erase">
        <h2 id="account-erase">{a.eraseTitle}</h2>
        <p>{a.eraseLead}</p>
        <form method="post" action={href('account')} className="form" aria-labelledby="account-erase" noValidate>
          <input type="hidden" name="intent" value="erase" />
          <CsrfField token={account.csrfToken} />
          <TextField
            id="erase-password"
            name="password"
            type="password"
            label={t.account.fields.password}
            hint={a.erasePasswordHint}
            autoComplete="current-password"
            error={eraseErrors?.fields.password}
          />
          <CheckboxField id="erase-confirm" name="confirm" label={a.eraseConfirm} required error={eraseErrors?.fields.confirm} />
          <div className="form__actions">
            <Button type="submit" className="button--danger">
              {a.eraseSubmit}
            </Button>
          </div>
        </form>
      </section>
    </AccountPage>
  );
}
