import { data, redirect } from 'react-router';
import { routes } from '@passerelles/contracts';
import type { Route } from './+types/verify-email';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { localeFromPath } from '../../i18n/locales';
import { noStore, signInPath, withNotice } from '../../lib/account';
import { apiFormErrors, formErrors, hasErrors, summaryItems, textOf } from '../../lib/forms';
import { isApiError } from '../../lib/records';
import { Button, ErrorSummary, TextField } from '../../ui';
import { linkToken } from './link-token';
import { AccountPage, privateMeta } from './shared';
import accountCss from './account.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: accountCss }];
export const headers = noStore;

const fieldId = (field: string) => `verify-${field}`;

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].account.verify;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, t.title, t.description);
}

/**
 * The page the confirmation e-mail links to. Opening it changes nothing (mail scanners follow links): the address
 * is confirmed only when the person presses the button, which posts the token.
 */
export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  // After « renvoyer le lien », the page says so (`?info=`) rather than that the link is incomplete.
  return { token: linkToken(url.searchParams.get('jeton')), resent: url.searchParams.has('info') };
}

export async function action({ request, context }: Route.ActionArgs) {
  const url = new URL(request.url);
  const locale = localeFromPath(url.pathname);
  const form = await request.formData();
  if (form.get('intent') === 'resend') {
    const email = textOf(form, 'email');
    const errors = formErrors({ email: email ? null : { text: CATALOGUES[locale].account.fields.emailRequired } });
    if (hasErrors(errors)) return data({ intent: 'resend' as const, email, errors }, { status: 400 });
    try {
      await context.api(routes.resendVerification, { body: { email } });
    } catch (e) {
      return data({ intent: 'resend' as const, email, errors: apiFormErrors(e, locale, ['email']) }, { status: isApiError(e, 429) ? 429 : 400 });
    }
    throw redirect(withNotice(url.pathname, 'lien-renvoye'));
  }
  try {
    await context.api(routes.verifyEmail, { body: { token: String(form.get('token') ?? '') } });
  } catch (e) {
    // A bad token is no field of the person's: the message goes at the top, with the way to get a new link.
    return data({ intent: 'verify' as const, email: '', errors: apiFormErrors(e, locale, []) }, { status: isApiError(e, 429) ? 429 : 400 });
  }
  throw redirect(withNotice(signInPath(locale), 'adresse-confirmee'));
}

export default function VerifyEmail({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useI18n();
  const s = t.account.verify;
  const errors = actionData?.errors;
  const showConfirm = loaderData.token && !actionData;
  return (
    <AccountPage title={s.title} lead={showConfirm ? s.lead : undefined}>
      <ErrorSummary items={summaryItems(errors, fieldId)} general={errors?.general} />
      {showConfirm ? (
        <form method="post" action={href('verifyEmail')} className="form">
          <input type="hidden" name="token" value={loaderData.token!} />
          <div className="form__actions">
            <Button type="submit">{s.submit}</Button>
          </div>
        </form>
      ) : (
        <>
          {!actionData && !loaderData.resent ? <p className="callout account-page__note">{s.missing}</p> : null}
          <section className="account-section" aria-labelledby="verify-resend-title">
            <h2 id="verify-resend-title">{s.resendTitle}</h2>
            <p>{s.resendLead}</p>
            <form method="post" action={href('verifyEmail')} className="form" noValidate>
              <input type="hidden" name="intent" value="resend" />
              <TextField
                id={fieldId('email')}
                name="email"
                type="email"
                label={t.account.fields.email}
                autoComplete="email"
                spellCheck={false}
                required
                defaultValue={actionData?.email ?? ''}
                error={errors?.fields.email}
              />
              <div className="form__actions">
                <Button type="submit" variant="secondary">
                  {s.resend}
                </Button>
              </div>
            </form>
          </section>
        </>
      )}
    </AccountPage>
  );
}
