import { Link, data, redirect } from 'react-router';
import { ACCOUNT_TYPES, type AccountType } from '@passerelles/domain';
import { routes } from '@passerelles/contracts';
import type { Route } from './+types/sign-up';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { localeFromPath } from '../../i18n/locales';
import { pathFor } from '../../i18n/pages';
import { currentAccount, noStore } from '../../lib/account';
import { apiFormErrors, formErrors, hasErrors, summaryItems, textOf } from '../../lib/forms';
import { isApiError } from '../../lib/records';
import { Button, ButtonLink, CheckboxField, ErrorSummary, RadioGroup, TextField } from '../../ui';
import { AccountPage, privateMeta } from './shared';
import accountCss from './account.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: accountCss }];
export const headers = noStore;

const FIELDS = ['displayName', 'email', 'password', 'accountType', 'parentEmail', 'acceptTerms'];
const fieldId = (field: string) => `signup-${field}`;
/** The address after a sign-up: the same page, saying what happens next (no address in it). */
const SENT = 'envoye';

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].account.signUp;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, t.title, t.description);
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  if (await currentAccount(context, request)) throw redirect(pathFor('account', localeFromPath(url.pathname)));
  return { sent: url.searchParams.get('etat') === SENT };
}

function isAccountType(value: string): value is AccountType {
  return (ACCOUNT_TYPES as readonly string[]).includes(value);
}

export async function action({ request, context }: Route.ActionArgs) {
  const url = new URL(request.url);
  const locale = localeFromPath(url.pathname);
  const t = CATALOGUES[locale].account;
  const form = await request.formData();
  const values = {
    displayName: textOf(form, 'displayName'),
    email: textOf(form, 'email'),
    accountType: textOf(form, 'accountType'),
    under15: form.get('under15') === 'on',
    parentEmail: textOf(form, 'parentEmail'),
    acceptTerms: form.get('acceptTerms') === 'on',
  };
  const password = form.get('password');
  const errors = formErrors({
    displayName: values.displayName ? null : { text: t.signUp.nameRequired },
    email: values.email ? null : { text: t.fields.emailRequired },
    password: typeof password === 'string' && password ? null : { text: t.fields.passwordRequired },
    accountType: isAccountType(values.accountType) ? null : { text: t.signUp.typeRequired },
    parentEmail: values.under15 && !values.parentEmail ? { text: t.signUp.parentRequired } : null,
    acceptTerms: values.acceptTerms ? null : { text: t.signUp.termsRequired },
  });
  if (hasErrors(errors)) return data({ values, errors }, { status: 400 });
  try {
    await context.api(routes.signUp, {
      body: {
        email: values.email,
        displayName: values.displayName,
        password: password as string,
        accountType: values.accountType as AccountType,
        under15: values.under15,
        ...(values.under15 ? { parentEmail: values.parentEmail } : {}),
        acceptTerms: true,
      },
    });
  } catch (e) {
    return data({ values, errors: apiFormErrors(e, locale, FIELDS) }, { status: isApiError(e, 429) ? 429 : 400 });
  }
  throw redirect(`${url.pathname}?etat=${SENT}`);
}

function Sent() {
  const { t, href } = useI18n();
  const s = t.account.signUp;
  return (
    <AccountPage title={s.sentTitle} lead={s.sentText}>
      <ul className="account-steps">
        {s.sentSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <p>
        <ButtonLink to={href('signIn')} variant="secondary">
          {s.sentSignIn}
        </ButtonLink>
      </p>
    </AccountPage>
  );
}

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useI18n();
  const s = t.account.signUp;
  const f = t.account.fields;
  if (loaderData.sent && !actionData) return <Sent />;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const under15Open = Boolean(values?.under15 || errors?.fields.parentEmail);
  return (
    <AccountPage title={s.title} lead={s.lead}>
      <ErrorSummary items={summaryItems(errors, fieldId)} general={errors?.general} />
      <form method="post" action={href('signUp')} className="form" noValidate>
        <TextField
          id={fieldId('displayName')}
          name="displayName"
          label={s.name}
          hint={s.nameHint}
          autoComplete="name"
          maxLength={120}
          required
          defaultValue={values?.displayName ?? ''}
          error={errors?.fields.displayName}
        />
        <TextField
          id={fieldId('email')}
          name="email"
          type="email"
          label={f.email}
          hint={s.emailHint}
          autoComplete="email"
          spellCheck={false}
          maxLength={254}
          required
          defaultValue={values?.email ?? ''}
          error={errors?.fields.email}
        />
        <TextField
          id={fieldId('password')}
          name="password"
          type="password"
          label={f.password}
          hint={f.newPasswordHint}
          autoComplete="new-password"
          minLength={12}
          maxLength={128}
          required
          error={errors?.fields.password}
        />
        <RadioGroup
          id={fieldId('accountType')}
          name="accountType"
          legend={s.typeLegend}
          required
          value={values?.accountType}
          error={errors?.fields.accountType}
          choices={ACCOUNT_TYPES.map((type) => ({ value: type, label: s.types[type].label, hint: s.types[type].hint }))}
        />
        {/* A native disclosure: opens without JavaScript, announced as expandable. */}
        <details className="account-disclosure" open={under15Open}>
          <summary className="account-disclosure__summary">{s.under15Summary}</summary>
          <div className="account-disclosure__body">
            <p>{s.under15Text}</p>
            <CheckboxField id={fieldId('under15')} name="under15" label={s.under15} defaultChecked={values?.under15} />
            <TextField
              id={fieldId('parentEmail')}
              name="parentEmail"
              type="email"
              label={s.parentEmail}
              hint={s.parentEmailHint}
              autoComplete="off"
              spellCheck={false}
              maxLength={254}
              defaultValue={values?.parentEmail ?? ''}
              error={errors?.fields.parentEmail}
            />
          </div>
        </details>
        <CheckboxField
          id={fieldId('acceptTerms')}
          name="acceptTerms"
          label={s.terms}
          required
          defaultChecked={values?.acceptTerms}
          error={errors?.fields.acceptTerms}
          hint={<Link to={href('privacy')}>{s.termsLink}</Link>}
        />
        <div className="form__actions">
          <Button type="submit">{s.submit}</Button>
        </div>
      </form>
      <p className="account-page__aside">
        {s.haveAccount} <Link to={href('signIn')}>{s.signIn}</Link>
      </p>
    </AccountPage>
  );
}
