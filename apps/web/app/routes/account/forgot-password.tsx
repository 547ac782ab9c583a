import { Link, data, redirect } from 'react-router';
import { routes } from '@passerelles/contracts';
import type { Route } from './+types/forgot-password';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { localeFromPath } from '../../i18n/locales';
import { noStore, withNotice } from '../../lib/account';
import { apiFormErrors, formErrors, hasErrors, summaryItems, textOf } from '../../lib/forms';
import { isApiError } from '../../lib/records';
import { Button, ErrorSummary, TextField } from '../../ui';
import { AccountPage, privateMeta } from './shared';
import accountCss from './account.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: accountCss }];
export const headers = noStore;

const fieldId = (field: string) => `forgot-${field}`;

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].account.forgot;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, t.title, t.description);
}

/** The same answer whether or not the address has an account: the page never tells who is registered. */
export async function action({ request, context }: Route.ActionArgs) {
  const url = new URL(request.url);
  const locale = localeFromPath(url.pathname);
  const form = await request.formData();
  const email = textOf(form, 'email');
  const errors = formErrors({ email: email ? null : { text: CATALOGUES[locale].account.fields.emailRequired } });
  if (hasErrors(errors)) return data({ email, errors }, { status: 400 });
  try {
    await context.api(routes.requestPasswordReset, { body: { email } });
  } catch (e) {
    return data({ email, errors: apiFormErrors(e, locale, ['email']) }, { status: isApiError(e, 429) ? 429 : 400 });
  }
  throw redirect(withNotice(url.pathname, 'lien-mot-de-passe'));
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t, href } = useI18n();
  const s = t.account.forgot;
  const errors = actionData?.errors;
  return (
    <AccountPage title={s.title} lead={s.lead}>
      <ErrorSummary items={summaryItems(errors, fieldId)} general={errors?.general} />
      <form method="post" action={href('forgotPassword')} className="form" noValidate>
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
          <Button type="submit">{s.submit}</Button>
          <Link to={href('signIn')}>{s.back}</Link>
        </div>
      </form>
    </AccountPage>
  );
}
