import { Link, data, redirect } from 'react-router';
import { routes } from '@passerelles/contracts';
import type { Route } from './+types/sign-in';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { localeFromPath } from '../../i18n/locales';
import { pathFor } from '../../i18n/pages';
import { currentAccount, noStore, safeReturnPath, signInPath, withNotice } from '../../lib/account';
import { apiFormErrors, formErrors, hasErrors, summaryItems, textOf } from '../../lib/forms';
import { isApiError } from '../../lib/records';
import { Button, ErrorSummary, TextField } from '../../ui';
import { AccountPage, privateMeta } from './shared';
import accountCss from './account.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: accountCss }];
export const headers = noStore;

const FIELDS = ['email', 'password'];
const fieldId = (field: string) => `signin-${field}`;

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].account.signIn;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, t.title, t.description);
}

/** Someone already signed in goes straight on: to where they were going, or their account. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const back = safeReturnPath(url.searchParams.get('retour'));
  if (await currentAccount(context, request)) throw redirect(back ?? pathFor('account', localeFromPath(url.pathname)));
  return { back };
}

export async function action({ request, context }: Route.ActionArgs) {
  const locale = localeFromPath(new URL(request.url).pathname);
  const t = CATALOGUES[locale].account.fields;
  const form = await request.formData();
  const email = textOf(form, 'email');
  const back = safeReturnPath(form.get('retour'));

  // « Renvoyer le lien de confirmation », offered when the address is not confirmed yet.
  if (form.get('intent') === 'resend') {
    try {
      await context.api(routes.resendVerification, { body: { email } });
    } catch (e) {
      return data({ email, errors: apiFormErrors(e, locale, FIELDS), notVerified: true }, { status: isApiError(e, 429) ? 429 : 400 });
    }
    throw redirect(withNotice(signInPath(locale, back), 'lien-renvoye'));
  }

  const password = form.get('password');
  const errors = formErrors({
    email: email ? null : { text: t.emailRequired },
    password: typeof password === 'string' && password ? null : { text: t.passwordRequired },
  });
  if (hasErrors(errors)) return data({ email, errors, notVerified: false }, { status: 400 });
  try {
    // The API sets the session cookie; the server passes it on with this answer.
    await context.api(routes.signIn, { body: { email, password: password as string } });
  } catch (e) {
    const notVerified = isApiError(e, 403) && (e.body.details as { reason?: string } | undefined)?.reason === 'email_not_verified';
    return data({ email, errors: apiFormErrors(e, locale, FIELDS), notVerified }, { status: isApiError(e, 429) ? 429 : 400 });
  }
  throw redirect(back ?? pathFor('account', locale));
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useI18n();
  const s = t.account.signIn;
  const f = t.account.fields;
  const { back } = loaderData;
  const errors = actionData?.errors;
  const action = `${href('signIn')}${back ? `?retour=${encodeURIComponent(back)}` : ''}`;
  return (
    <AccountPage title={s.title} lead={s.lead}>
      {back && !errors ? <p className="callout account-page__note">{s.returnNote}</p> : null}
      <ErrorSummary items={summaryItems(errors, fieldId)} general={errors?.general} />
      {actionData?.notVerified && actionData.email ? (
        <form method="post" action={action} className="account-box">
          <h2 className="account-box__title">{s.resendTitle}</h2>
          <p>{s.resendText(actionData.email)}</p>
          <input type="hidden" name="intent" value="resend" />
          <input type="hidden" name="email" value={actionData.email} />
          {back ? <input type="hidden" name="retour" value={back} /> : null}
          <Button type="submit" variant="secondary">
            {s.resend}
          </Button>
        </form>
      ) : null}
      <form method="post" action={action} className="form" noValidate>
        {back ? <input type="hidden" name="retour" value={back} /> : null}
        <TextField
          id={fieldId('email')}
          name="email"
          type="email"
          label={f.email}
          autoComplete="email"
          spellCheck={false}
          required
          defaultValue={actionData?.email ?? ''}
          error={errors?.fields.email}
        />
        <TextField
          id={fieldId('password')}
          name="password"
          type="password"
          label={f.password}
          autoComplete="current-password"
          required
          error={errors?.fields.password}
        />
        <div className="form__actions">
          <Button type="submit">{s.submit}</Button>
          <Link to={href('forgotPassword')}>{s.forgot}</Link>
        </div>
      </form>
      <p className="account-page__aside">
        {s.noAccount} <Link to={href('signUp')}>{s.signUp}</Link>
      </p>
    </AccountPage>
  );
}
