import { Link, data } from 'react-router';
import { routes } from '@passerelles/contracts';
import type { Route } from './+types/invitation';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { localeFromPath } from '../../i18n/locales';
import { csrfHeaders, noStore, requireAccount } from '../../lib/account';
import { apiFormErrors } from '../../lib/forms';
import { isApiError } from '../../lib/records';
import { Button, ErrorSummary } from '../../ui';
import { linkToken } from './link-token';
import { AccountPage, CsrfField, privateMeta } from './shared';
import accountCss from './account.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: accountCss }];
export const headers = noStore;

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].account.invitation;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, t.title, t.description);
}

/**
 * The page an invitation e-mail links to: signed in (or sent to sign in and brought back), a button accepts it.
 * Opening the link alone changes nothing.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const account = await requireAccount(context, request);
  const url = new URL(request.url);
  return { token: linkToken(url.searchParams.get('jeton')), email: account.email, csrfToken: account.csrfToken };
}

export async function action({ request, context }: Route.ActionArgs) {
  const locale = localeFromPath(new URL(request.url).pathname);
  const form = await request.formData();
  try {
    const joined = await context.api(routes.acceptInvitation, { body: { token: String(form.get('token') ?? '') } }, csrfHeaders(form));
    const account = await context.api(routes.getAccount);
    const name = account.account?.memberships.find((m) => m.organisationSlug === joined.organisationSlug)?.organisationName ?? joined.organisationSlug;
    return { joined: name, errors: null };
  } catch (e) {
    return data({ joined: null, errors: apiFormErrors(e, locale, []) }, { status: isApiError(e, 429) ? 429 : isApiError(e, 403) ? 403 : 400 });
  }
}

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useI18n();
  const s = t.account.invitation;
  const { token, email, csrfToken } = loaderData;
  if (actionData?.joined) {
    return (
      <AccountPage title={s.title}>
        <p className="callout">{s.done(actionData.joined)}</p>
        <p>
          <Link to={href('account')}>{s.toAccount}</Link>
        </p>
      </AccountPage>
    );
  }
  return (
    <AccountPage title={s.title} lead={s.lead}>
      <ErrorSummary items={[]} general={actionData?.errors?.general} />
      {!token ? <p className="callout account-page__note">{s.missing}</p> : null}
      <p>{s.signedInAs(email)}</p>
      {token ? (
        <form method="post" className="form">
          <CsrfField token={csrfToken} />
          <input type="hidden" name="token" value={token} />
          <div className="form__actions">
            <Button type="submit">{s.submit}</Button>
          </div>
        </form>
      ) : null}
      <p className="account-page__aside">{s.ignore}</p>
    </AccountPage>
  );
}
