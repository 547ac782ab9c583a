import { Link, data, redirect } from 'react-router';
import { routes } from '@passerelles/contracts';
import type { Route } from './+types/parental-consent';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { localeFromPath } from '../../i18n/locales';
import { noStore, withNotice } from '../../lib/account';
import { apiFormErrors } from '../../lib/forms';
import { isApiError } from '../../lib/records';
import { Button, ErrorSummary } from '../../ui';
import { linkToken } from './link-token';
import { AccountPage, privateMeta } from './shared';
import accountCss from './account.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: accountCss }];
export const headers = noStore;

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].account.consent;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, t.title, t.description);
}

/** The page the parent's e-mail links to: what the account is, then a button; opening the link alone consents to nothing. */
export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  return { token: linkToken(url.searchParams.get('jeton')), done: url.searchParams.get('info') === 'accord-parental' };
}

export async function action({ request, context }: Route.ActionArgs) {
  const url = new URL(request.url);
  const locale = localeFromPath(url.pathname);
  const form = await request.formData();
  try {
    await context.api(routes.confirmParentalConsent, { body: { token: String(form.get('token') ?? '') } });
  } catch (e) {
    return data({ errors: apiFormErrors(e, locale, []) }, { status: isApiError(e, 429) ? 429 : 400 });
  }
  throw redirect(withNotice(url.pathname, 'accord-parental'));
}

export default function ParentalConsent({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useI18n();
  const s = t.account.consent;
  const { token, done } = loaderData;
  if (done) {
    return (
      <AccountPage title={s.title}>
        <p>{s.done}</p>
      </AccountPage>
    );
  }
  return (
    <AccountPage title={s.title} lead={s.lead}>
      <ErrorSummary items={[]} general={actionData?.errors.general} />
      {!token && !actionData ? <p className="callout account-page__note">{s.missing}</p> : null}
      <ul className="account-steps">
        {s.what.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <Link to={href('privacy')}>{s.privacy}</Link>
      </p>
      {token && !actionData ? (
        <form method="post" action={href('parentalConsent')} className="form">
          <input type="hidden" name="token" value={token} />
          <div className="form__actions">
            <Button type="submit">{s.submit}</Button>
          </div>
        </form>
      ) : null}
      <p className="account-page__aside">{s.refuse}</p>
    </AccountPage>
  );
}
