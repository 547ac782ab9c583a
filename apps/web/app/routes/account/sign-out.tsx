import { Link, data, redirect } from 'react-router';
import { routes } from '@passerelles/contracts';
import type { Route } from './+types/sign-out';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { localeFromPath } from '../../i18n/locales';
import { pathFor } from '../../i18n/pages';
import { csrfHeaders, currentAccount, noStore, withNotice } from '../../lib/account';
import { apiFormErrors } from '../../lib/forms';
import { isApiError } from '../../lib/records';
import { Button, ErrorSummary } from '../../ui';
import { AccountPage, CsrfField, privateMeta } from './shared';
import accountCss from './account.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: accountCss }];
export const headers = noStore;

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].account.signOut;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, t.title, t.description);
}

/** The header's « Se déconnecter » posts here. Opened as a page, it asks first (a link alone never signs out). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const account = await currentAccount(context, request);
  if (!account) throw redirect(pathFor('home', localeFromPath(new URL(request.url).pathname)));
  return { csrf: account.csrfToken };
}

export async function action({ request, context }: Route.ActionArgs) {
  const locale = localeFromPath(new URL(request.url).pathname);
  const form = await request.formData();
  try {
    await context.api(routes.signOut, {}, csrfHeaders(form));
  } catch (e) {
    // Already signed out (the session expired meanwhile): nothing left to do.
    if (!isApiError(e, 401)) return data({ errors: apiFormErrors(e, locale, []) }, { status: 400 });
  }
  throw redirect(withNotice(pathFor('home', locale), 'deconnecte'));
}

export default function SignOut({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useI18n();
  const s = t.account.signOut;
  return (
    <AccountPage title={s.title} lead={s.lead}>
      <ErrorSummary items={[]} general={actionData?.errors.general} />
      <form method="post" action={href('signOut')} className="form">
        <CsrfField token={loaderData.csrf} />
        <div className="form__actions">
          <Button type="submit">{s.submit}</Button>
          <Link to={href('account')}>{s.cancel}</Link>
        </div>
      </form>
    </AccountPage>
  );
}
