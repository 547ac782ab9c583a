import { Link, data, redirect } from 'react-router';
import { routes } from '@passerelles/contracts';
import type { Route } from './+types/new-password';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { localeFromPath } from '../../i18n/locales';
import { noStore, signInPath, withNotice } from '../../lib/account';
import { apiFormErrors, formErrors, hasErrors, summaryItems } from '../../lib/forms';
import { isApiError } from '../../lib/records';
import { Button, ErrorSummary, TextField } from '../../ui';
import { linkToken } from './link-token';
import { AccountPage, privateMeta } from './shared';
import accountCss from './account.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: accountCss }];
export const headers = noStore;

const fieldId = (field: string) => `reset-${field}`;

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].account.newPassword;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, t.title, t.description);
}

/** The page the reset e-mail links to: the token is used only when the form is posted. */
export function loader({ request }: Route.LoaderArgs) {
  return { token: linkToken(new URL(request.url).searchParams.get('jeton')) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const locale = localeFromPath(new URL(request.url).pathname);
  const form = await request.formData();
  const token = String(form.get('token') ?? '');
  const password = form.get('password');
  const errors = formErrors({ password: typeof password === 'string' && password ? null : { text: CATALOGUES[locale].account.fields.passwordRequired } });
  if (hasErrors(errors)) return data({ token, linkBroken: false, errors }, { status: 400 });
  try {
    await context.api(routes.resetPassword, { body: { token, password: password as string } });
  } catch (e) {
    const found = apiFormErrors(e, locale, ['password']);
    // An unknown, used or expired link (422), or one that cannot be a link (400 on `token`): ask for a new one.
    const linkBroken = isApiError(e, 422) || (isApiError(e, 400) && !found.fields.password);
    return data({ token, linkBroken, errors: found }, { status: isApiError(e, 429) ? 429 : 400 });
  }
  throw redirect(withNotice(signInPath(locale), 'mot-de-passe-change'));
}

export default function NewPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useI18n();
  const s = t.account.newPassword;
  const errors = actionData?.errors;
  const token = actionData?.token ?? loaderData.token;
  const broken = !token || actionData?.linkBroken;
  return (
    <AccountPage title={s.title} lead={broken ? undefined : s.lead}>
      <ErrorSummary items={summaryItems(errors, fieldId)} general={errors?.general} />
      {broken ? (
        <>
          {!actionData ? <p className="callout account-page__note">{s.missing}</p> : null}
          <p>
            <Link to={href('forgotPassword')}>{s.askAgain}</Link>
          </p>
        </>
      ) : (
        <form method="post" action={href('newPassword')} className="form" noValidate>
          <input type="hidden" name="token" value={token} />
          <TextField
            id={fieldId('password')}
            name="password"
            type="password"
            label={s.password}
            hint={t.account.fields.newPasswordHint}
            autoComplete="new-password"
            minLength={12}
            maxLength={128}
            required
            error={errors?.fields.password}
          />
          <div className="form__actions">
            <Button type="submit">{s.submit}</Button>
          </div>
        </form>
      )}
    </AccountPage>
  );
}
