import { Link, data, redirect } from 'react-router';
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS, type OrganisationType } from '@passerelles/domain';
import { routes } from '@passerelles/contracts';
import type { Route } from './+types/apply';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { localeFromPath } from '../../i18n/locales';
import { pathFor } from '../../i18n/pages';
import { csrfHeaders, noStore, requireAccount, signInPath, withNotice } from '../../lib/account';
import { apiFormErrors, formErrors, summaryItems, textOf, type FormErrors } from '../../lib/forms';
import { communeProblem, typedCommune, PLACE_MAX_LENGTH } from '../../lib/place';
import { isApiError } from '../../lib/records';
import { Button, ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui';
import { AccountPage, CsrfField, privateMeta } from './shared';
import accountCss from './account.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: accountCss }];
export const headers = noStore;

const FIELDS = ['name', 'type', 'siret', 'commune', 'message'] as const;
type Values = Record<(typeof FIELDS)[number], string>;
const fieldId = (field: string) => `apply-${field}`;

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].account.apply;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, t.title, t.description);
}

/** `/rejoindre-le-reseau`: a signed-in person proposes their organisation; the campus admin decides. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const account = await requireAccount(context, request);
  return { csrf: account.csrfToken };
}

function isType(value: string): value is OrganisationType {
  return (ORGANISATION_TYPES as readonly string[]).includes(value);
}

export async function action({ request, context }: Route.ActionArgs) {
  const url = new URL(request.url);
  const locale = localeFromPath(url.pathname);
  const t = CATALOGUES[locale].account.apply;
  const form = await request.formData();
  const values = Object.fromEntries(FIELDS.map((f) => [f, textOf(form, f)])) as Values;
  const refuse = (errors: FormErrors) => data({ errors, values }, { status: 400 });
  const found = await typedCommune(context.api, values.commune);
  const problem = communeProblem(found, values.commune, locale);
  const type = values.type;
  if (problem || !isType(type) || !('code' in found)) {
    return refuse(formErrors({ type: isType(type) ? null : { text: t.typeRequired }, commune: problem ? { text: problem } : null }));
  }
  try {
    await context.api(
      routes.applyToNetwork,
      { body: { name: values.name, type, siret: values.siret, communeCode: found.code, message: values.message } },
      csrfHeaders(form),
    );
  } catch (e) {
    if (isApiError(e, 401) && e.body.code === 'UNAUTHENTICATED') throw redirect(signInPath(locale, url.pathname));
    const errors = apiFormErrors(e, locale, ['name', 'siret', 'message', 'communeCode']);
    const { communeCode, ...fields } = errors.fields;
    // Already in the network, or already applied: said next to the name.
    if (isApiError(e, 409)) return refuse(formErrors({ name: errors.general[0] }));
    return refuse({ general: errors.general, fields: communeCode ? { ...fields, commune: communeCode } : fields });
  }
  throw redirect(withNotice(pathFor('account', locale), 'candidature-envoyee'));
}

export default function Apply({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href, locale } = useI18n();
  const a = t.account.apply;
  const errors = actionData?.errors;
  const values = actionData?.values;
  return (
    <AccountPage title={a.title} lead={a.lead}>
      <ErrorSummary items={summaryItems(errors, fieldId)} general={errors?.general} />
      <form method="post" action={href('networkApplication')} className="form" noValidate>
        <CsrfField token={loaderData.csrf} />
        <TextField id={fieldId('name')} name="name" label={a.name} hint={a.nameHint} required maxLength={200} autoComplete="organization" defaultValue={values?.name ?? ''} error={errors?.fields.name} />
        <SelectField id={fieldId('type')} name="type" label={a.type} required defaultValue={values?.type ?? ''} error={errors?.fields.type}>
          <option value="">{a.choose}</option>
          {ORGANISATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {ORGANISATION_TYPE_LABELS[type][locale]}
            </option>
          ))}
        </SelectField>
        <TextField id={fieldId('siret')} name="siret" label={a.siret} hint={a.siretHint} optional inputMode="numeric" maxLength={14} autoComplete="off" spellCheck={false} defaultValue={values?.siret ?? ''} error={errors?.fields.siret} />
        <TextField id={fieldId('commune')} name="commune" label={a.commune} hint={a.communeHint} required maxLength={PLACE_MAX_LENGTH} autoComplete="address-level2" spellCheck={false} defaultValue={values?.commune ?? ''} error={errors?.fields.commune} />
        <TextAreaField id={fieldId('message')} name="message" label={a.message} hint={a.messageHint} optional rows={4} maxLength={1000} defaultValue={values?.message ?? ''} error={errors?.fields.message} />
        <div className="form__actions">
          <Button type="submit">{a.submit}</Button>
        </div>
      </form>
      <p>
        <Link to={href('account')}>{a.back}</Link>
      </p>
    </AccountPage>
  );
}
