import { Link, data, redirect } from 'react-router';
import { routes } from '@passerelles/contracts';
import type { Route } from './+types/profile';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { detailPath } from '../../i18n/pages';
import { localeFromPath } from '../../i18n/locales';
import { canDecide, csrfHeaders, noStore, signInPath } from '../../lib/account';
import { formErrors, summaryItems, textOf, type FormErrors } from '../../lib/forms';
import { communeProblem, typedCommune, PLACE_MAX_LENGTH } from '../../lib/place';
import { isApiError, orNotFound } from '../../lib/records';
import { Breadcrumb, Button, ErrorSummary, PageHeader, TextAreaField, TextField } from '../../ui';
import { CsrfField, privateMeta } from '../account/shared';
import { SpaceForbidden, loadSpace, signedOut, spaceCrumbs, spaceFormErrors, spacePath, spaceProfilePath, spaceSlug, withSpaceNotice } from './shared';
import type { SpaceNoticeCode } from '../../i18n/fr-space';
import accountCss from '../account/account.css?url';
import spaceCss from './space.css?url';

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: accountCss },
  { rel: 'stylesheet', href: spaceCss },
];
export const headers = noStore;

const PROFILE_FIELDS = ['description', 'websiteUrl', 'siret', 'uai', 'naf'] as const;
type ProfileField = (typeof PROFILE_FIELDS)[number];
type ProfileValues = Record<ProfileField, string>;
type SiteValues = Record<'label' | 'address' | 'commune', string>;

type ActionAnswer =
  | { form: 'profile'; errors: FormErrors; values: ProfileValues }
  | { form: 'site'; errors: FormErrors; values: SiteValues }
  | { form: 'delete-site'; errors: FormErrors };

const fieldId = (form: 'profile' | 'site', field: string) => `${form}-${field}`;

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].space;
  const title = loaderData && !loaderData.forbidden ? t.profile.title(loaderData.member.name) : t.forbidden.title;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, title, t.profile.description);
}

/**
 * `/espace/{slug}/profil`: what the organisation's public page says of it, and its sites (where its sessions take
 * place). Its admins and the campus admin edit them; other members are told who can.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const slug = spaceSlug(request, params.code);
  const { account, space, name } = await loadSpace(context, request, slug);
  if (!space || !canDecide(account, slug)) return data({ forbidden: true as const, name, member: !!space }, { status: 403 });
  const member = await orNotFound(context.api(routes.getMember, { params: { slug } }));
  return { forbidden: false as const, slug, csrf: account.csrfToken, member, sites: space.sites };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const url = new URL(request.url);
  const locale = localeFromPath(url.pathname);
  const slug = spaceSlug(request, params.code);
  const t = CATALOGUES[locale].space.profile;
  const form = await request.formData();
  const intent = textOf(form, 'intent');
  const back = (code: SpaceNoticeCode) => redirect(withSpaceNotice(spaceProfilePath(locale, slug), code));
  const refuse = (answer: ActionAnswer) => data(answer, { status: 400 });
  const failed = (e: unknown) => {
    if (signedOut(e)) throw redirect(signInPath(locale, url.pathname));
  };

  if (intent === 'delete-site') {
    const siteId = Number(textOf(form, 'siteId'));
    try {
      await context.api(routes.deleteOrganisationSite, { params: { slug, siteId } }, csrfHeaders(form));
    } catch (e) {
      failed(e);
      if (isApiError(e, 404)) return refuse({ form: 'delete-site', errors: formErrors({}, [{ text: t.siteGone }]) });
      if (isApiError(e, 409)) return refuse({ form: 'delete-site', errors: formErrors({}, [{ text: t.siteInUse }]) });
      return refuse({ form: 'delete-site', errors: spaceFormErrors(e, locale, []) });
    }
    throw back('site-supprime');
  }

  if (intent === 'add-site') {
    const values: SiteValues = { label: textOf(form, 'label'), address: textOf(form, 'address'), commune: textOf(form, 'commune') };
    const found = await typedCommune(context.api, values.commune);
    const problem = communeProblem(found, values.commune, locale);
    if (problem || !('code' in found)) return refuse({ form: 'site', errors: formErrors({ commune: { text: problem ?? '' } }), values });
    try {
      await context.api(routes.addOrganisationSite, { params: { slug }, body: { label: values.label, address: values.address, communeCode: found.code } }, csrfHeaders(form));
    } catch (e) {
      failed(e);
      const errors = spaceFormErrors(e, locale, ['label', 'address', 'communeCode']);
      const { communeCode, ...fields } = errors.fields;
      return refuse({ form: 'site', errors: { general: errors.general, fields: communeCode ? { ...fields, commune: communeCode } : fields }, values });
    }
    throw back('site-ajoute');
  }

  const values = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, textOf(form, f)])) as ProfileValues;
  try {
    await context.api(routes.updateOrganisationProfile, { params: { slug }, body: values }, csrfHeaders(form));
  } catch (e) {
    failed(e);
    return refuse({ form: 'profile', errors: spaceFormErrors(e, locale, PROFILE_FIELDS), values });
  }
  throw back('profil-enregistre');
}

export default function SpaceProfilePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  if (loaderData.forbidden) return <SpaceForbidden name={loaderData.name} reason={loaderData.member ? 'admin' : 'member'} />;
  const { slug, csrf, member, sites } = loaderData;
  const p = t.space.profile;
  const here = spaceProfilePath(locale, slug);
  const answer = actionData as ActionAnswer | undefined;
  const profile = answer?.form === 'profile' ? answer : undefined;
  const site = answer?.form === 'site' ? answer : undefined;
  const values: ProfileValues = profile?.values ?? {
    description: member.description ?? '',
    websiteUrl: member.websiteUrl ?? '',
    siret: member.siret ?? '',
    uai: member.uai ?? '',
    naf: member.naf ?? '',
  };
  const err = (field: ProfileField) => profile?.errors.fields[field];
  const summary = profile ? summaryItems(profile.errors, (f) => fieldId('profile', f)) : site ? summaryItems(site.errors, (f) => fieldId('site', f)) : [];
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb label={t.space.breadcrumbLabel} items={spaceCrumbs(locale, { spaces: t.nav.spaces }, { slug, name: member.name })} current={{ label: p.crumb }} />
        }
        eyebrow={t.space.eyebrow}
        title={p.title(member.name)}
        lead={p.lead}
      >
        <p>
          <Link to={detailPath('member', locale, slug)}>{p.publicPage}</Link>
        </p>
      </PageHeader>
      <div className="container page-section space-page">
        <ErrorSummary items={summary} general={answer?.errors.general} />

        <section className="space-section" aria-labelledby="profile-title">
          <h2 id="profile-title">{p.profileTitle}</h2>
          <form method="post" action={here} className="form space-form" aria-labelledby="profile-title" noValidate>
            <input type="hidden" name="intent" value="profile" />
            <CsrfField token={csrf} />
            <TextAreaField id={fieldId('profile', 'description')} name="description" label={p.descriptionLabel} hint={p.descriptionHint} optional rows={5} maxLength={2000} defaultValue={values.description} error={err('description')} />
            <TextField id={fieldId('profile', 'websiteUrl')} name="websiteUrl" type="url" label={p.website} hint={p.websiteHint} optional maxLength={500} autoComplete="url" defaultValue={values.websiteUrl} error={err('websiteUrl')} />
            <TextField id={fieldId('profile', 'siret')} name="siret" label={p.siret} hint={p.siretHint} optional inputMode="numeric" maxLength={14} autoComplete="off" spellCheck={false} className="space-field--short" defaultValue={values.siret} error={err('siret')} />
            <TextField id={fieldId('profile', 'uai')} name="uai" label={p.uai} hint={p.uaiHint} optional maxLength={8} autoComplete="off" spellCheck={false} className="space-field--short" defaultValue={values.uai} error={err('uai')} />
            <TextField id={fieldId('profile', 'naf')} name="naf" label={p.naf} hint={p.nafHint} optional maxLength={6} autoComplete="off" spellCheck={false} className="space-field--short" defaultValue={values.naf} error={err('naf')} />
            <div className="form__actions">
              <Button type="submit">{p.save}</Button>
            </div>
          </form>
        </section>

        <section className="space-section" aria-labelledby="sites-title">
          <h2 id="sites-title">{p.sitesTitle}</h2>
          <p className="space-section__lead">{p.sitesLead}</p>
          {sites.length ? (
            <ul className="membership-list" aria-labelledby="sites-title">
              {sites.map((s) => (
                <li key={s.id} className="membership">
                  <span className="membership__name" lang="fr">
                    {s.label}
                  </span>
                  <form method="post" action={here} className="membership__action">
                    <input type="hidden" name="intent" value="delete-site" />
                    <input type="hidden" name="siteId" value={s.id} />
                    <CsrfField token={csrf} />
                    <Button type="submit" variant="secondary">
                      {p.remove}
                      <span className="visually-hidden" lang="fr">
                        {' '}
                        {s.label}
                      </span>
                    </Button>
                  </form>
                  {s.commune && s.commune !== s.label ? (
                    <span className="membership__facts" lang="fr">
                      {s.commune}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{p.noSite}</p>
          )}
          <h3 id="add-site-title">{p.addTitle}</h3>
          <form method="post" action={here} className="form space-form" aria-labelledby="add-site-title" noValidate>
            <input type="hidden" name="intent" value="add-site" />
            <CsrfField token={csrf} />
            <TextField id={fieldId('site', 'label')} name="label" label={p.siteLabel} hint={p.siteLabelHint} required maxLength={120} defaultValue={site?.values.label ?? ''} error={site?.errors.fields.label} />
            <TextField id={fieldId('site', 'address')} name="address" label={p.siteAddress} optional maxLength={300} autoComplete="street-address" defaultValue={site?.values.address ?? ''} error={site?.errors.fields.address} />
            <TextField
              id={fieldId('site', 'commune')}
              name="commune"
              label={p.siteCommune}
              hint={p.siteCommuneHint}
              required
              maxLength={PLACE_MAX_LENGTH}
              autoComplete="address-level2"
              spellCheck={false}
              defaultValue={site?.values.commune ?? ''}
              error={site?.errors.fields.commune}
            />
            <div className="form__actions">
              <Button type="submit">{p.add}</Button>
            </div>
          </form>
        </section>

        <p className="space-back">
          <Link to={spacePath(locale, slug)}>{p.backToSpace(member.name)}</Link>
        </p>
      </div>
    </>
  );
}
