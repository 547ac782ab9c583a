import { Link, data, redirect } from 'react-router';
import { routes, type RouteInput } from '@passerelles/contracts';
import type { Route } from './+types/profile';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { localeFromPath } from '../../i18n/locales';
import { csrfHeaders, noStore, requireAccount, signInPath, withNotice } from '../../lib/account';
import { apiFormErrors, codeList, formErrors, hasErrors, summaryItems, textOf, type FormErrors } from '../../lib/forms';
import { isApiError } from '../../lib/records';
import { Button, ErrorSummary, FieldError, TextAreaField, TextField } from '../../ui';
import { AccountPage, CsrfField, privateMeta } from '../account/shared';
import accountCss from '../account/account.css?url';
import spaceCss from '../space/space.css?url';

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: accountCss },
  // Its fieldsets and check grid are the space's.
  { rel: 'stylesheet', href: spaceCss },
];
export const headers = noStore;

const FIELDS = ['name', 'shortName', 'taglineFr', 'taglineEn', 'sector', 'departements', 'romeCodes', 'nsfCodes', 'contactEmail', 'websiteUrl'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string> & { sensitive: string[] };
type Body = RouteInput<typeof routes.updateCampusProfile>['body'];
const fieldId = (field: string) => `campus-${field}`;

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].account.campusProfile;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, t.title, t.description);
}

/** `/campus/profil`: the campus admin edits what the site says of the campus, its perimeter and its sensitive trades. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const account = await requireAccount(context, request);
  if (account.platformRole !== 'campus_admin') return data({ forbidden: true as const }, { status: 403 });
  const [{ profile }, metiers] = await Promise.all([context.api(routes.getCampus), context.api(routes.listCampusMetiers)]);
  return { forbidden: false as const, csrf: account.csrfToken, profile, metiers: metiers.items };
}

export async function action({ request, context }: Route.ActionArgs) {
  const url = new URL(request.url);
  const locale = localeFromPath(url.pathname);
  const form = await request.formData();
  const values = { ...Object.fromEntries(FIELDS.map((f) => [f, textOf(form, f)])), sensitive: form.getAll('sensitive').map(String) } as Values;
  const c = CATALOGUES[locale].account.campusProfile;
  const missing = formErrors({ taglineFr: values.taglineFr ? null : { text: c.taglineFrRequired }, taglineEn: values.taglineEn ? null : { text: c.taglineEnRequired } });
  if (hasErrors(missing)) return data({ errors: missing, values }, { status: 400 });
  const body: Body = {
    name: values.name,
    shortName: values.shortName,
    tagline: { fr: values.taglineFr, en: values.taglineEn },
    sector: values.sector,
    departements: codeList(values.departements, true),
    romeCodes: codeList(values.romeCodes, true),
    nsfCodes: codeList(values.nsfCodes),
    sensitiveRomeCodes: values.sensitive,
    contactEmail: values.contactEmail,
    ...(values.websiteUrl ? { websiteUrl: values.websiteUrl } : {}),
  };
  try {
    await context.api(routes.updateCampusProfile, { body }, csrfHeaders(form));
  } catch (e) {
    if (isApiError(e, 401) && e.body.code === 'UNAUTHENTICATED') throw redirect(signInPath(locale, url.pathname));
    const errors = apiFormErrors(e, locale, [...FIELDS, 'tagline', 'sensitiveRomeCodes']);
    const { tagline, sensitiveRomeCodes, ...fields } = errors.fields;
    const moved: FormErrors = { general: errors.general, fields: { ...fields, ...(tagline ? { taglineFr: tagline } : {}), ...(sensitiveRomeCodes ? { sensitive: sensitiveRomeCodes } : {}) } };
    // The perimeter lost a métier still marked sensitive: said next to the sensitive trades.
    if (isApiError(e, 422)) return data({ errors: formErrors({ sensitive: errors.general[0] }), values }, { status: 400 });
    return data({ errors: moved, values }, { status: 400 });
  }
  throw redirect(withNotice(url.pathname, 'profil-campus-enregistre'));
}

export default function CampusProfilePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useI18n();
  const c = t.account.campusProfile;
  if (loaderData.forbidden) {
    return (
      <AccountPage title={c.title} eyebrow={t.account.campus.eyebrow}>
        <p>{c.forbidden}</p>
        <p>
          <Link to={href('account')}>{t.account.campus.backToAccount}</Link>
        </p>
      </AccountPage>
    );
  }
  const { csrf, profile, metiers } = loaderData;
  const errors = actionData?.errors;
  const v: Values = actionData?.values ?? {
    name: profile.name,
    shortName: profile.shortName,
    taglineFr: profile.tagline.fr,
    taglineEn: profile.tagline.en,
    sector: profile.sector,
    departements: profile.departements.join(' '),
    romeCodes: profile.romeCodes.join(' '),
    nsfCodes: profile.nsfCodes.join(' '),
    contactEmail: profile.contactEmail,
    websiteUrl: profile.websiteUrl ?? '',
    sensitive: profile.sensitiveRomeCodes,
  };
  const err = (field: Field | 'sensitive') => errors?.fields[field];
  const sensitiveError = err('sensitive');
  return (
    <AccountPage title={c.title} eyebrow={t.account.campus.eyebrow} lead={c.lead}>
      <ErrorSummary items={summaryItems(errors, fieldId)} general={errors?.general} />
      <form method="post" action={href('campusProfile')} className="form" noValidate>
        <CsrfField token={csrf} />
        <fieldset className="space-fieldset">
          <legend className="space-fieldset__legend">{c.identityTitle}</legend>
          <TextField id={fieldId('name')} name="name" label={c.name} required maxLength={200} defaultValue={v.name} error={err('name')} />
          <TextField id={fieldId('shortName')} name="shortName" label={c.shortName} hint={c.shortNameHint} required maxLength={80} defaultValue={v.shortName} error={err('shortName')} />
          <TextAreaField id={fieldId('taglineFr')} name="taglineFr" label={c.taglineFr} required rows={2} maxLength={300} lang="fr" defaultValue={v.taglineFr} error={err('taglineFr')} />
          <TextAreaField id={fieldId('taglineEn')} name="taglineEn" label={c.taglineEn} required rows={2} maxLength={300} lang="en" defaultValue={v.taglineEn} error={err('taglineEn')} />
          <TextField id={fieldId('contactEmail')} name="contactEmail" type="email" label={c.contactEmail} required maxLength={254} autoComplete="off" spellCheck={false} defaultValue={v.contactEmail} error={err('contactEmail')} />
          <TextField id={fieldId('websiteUrl')} name="websiteUrl" type="url" label={c.websiteUrl} hint={c.websiteHint} optional maxLength={500} autoComplete="url" defaultValue={v.websiteUrl} error={err('websiteUrl')} />
        </fieldset>
        <fieldset className="space-fieldset">
          <legend className="space-fieldset__legend">{c.perimeterTitle}</legend>
          <TextField id={fieldId('sector')} name="sector" label={c.sector} required maxLength={200} defaultValue={v.sector} error={err('sector')} />
          <TextField id={fieldId('departements')} name="departements" label={c.departements} hint={c.departementsHint} required maxLength={200} spellCheck={false} defaultValue={v.departements} error={err('departements')} />
          <TextAreaField id={fieldId('romeCodes')} name="romeCodes" label={c.romeCodes} hint={c.romeCodesHint} rows={4} maxLength={4000} spellCheck={false} defaultValue={v.romeCodes} error={err('romeCodes')} />
          <TextField id={fieldId('nsfCodes')} name="nsfCodes" label={c.nsfCodes} hint={c.nsfCodesHint} optional maxLength={800} spellCheck={false} defaultValue={v.nsfCodes} error={err('nsfCodes')} />
        </fieldset>
        <fieldset
          className={['field', 'field--group', sensitiveError ? 'field--error' : null].filter(Boolean).join(' ')}
          aria-describedby={[`${fieldId('sensitive')}-lead`, sensitiveError ? `${fieldId('sensitive')}-error` : null].filter(Boolean).join(' ')}
        >
          <legend className="field__label">{c.sensitiveTitle}</legend>
          <p className="field__hint" id={`${fieldId('sensitive')}-lead`}>
            {c.sensitiveLead}
          </p>
          <FieldError id={fieldId('sensitive')} error={sensitiveError} />
          <div className="space-checks">
            {metiers.map((m, i) => {
              const checkId = i === 0 ? fieldId('sensitive') : `${fieldId('sensitive')}-${m.code}`;
              return (
                <div className="check" key={m.code}>
                  <input id={checkId} type="checkbox" className="check__input" name="sensitive" value={m.code} defaultChecked={v.sensitive.includes(m.code)} />
                  <label className="check__label" htmlFor={checkId}>
                    <span lang="fr">{m.label}</span> ({m.code})
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <div className="form__actions">
          <Button type="submit">{c.save}</Button>
        </div>
      </form>
    </AccountPage>
  );
}
