import { Link, redirect } from 'react-router';
import { MODALITY_LABELS, ORGANISATION_TYPE_LABELS } from '@passerelles/domain';
import { routes } from '@passerelles/contracts';
import type { Route } from './+types/member';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { detailPath } from '../i18n/pages';
import { pageMeta } from '../lib/meta';
import { notFound, orNotFound } from '../lib/records';
import { RecordErrorBoundary } from '../shell/RecordErrorBoundary';
import { Breadcrumb, DemoBadge, PageHeader } from '../ui';
import { TerritoryMap } from './members/TerritoryMap';
import { memberSites } from './members/member-sites';
import { RecordSection } from './records/RecordParts';
import recordCss from './records/record.css?url';
import membersCss from './members/members.css?url';

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: recordCss },
  { rel: 'stylesheet', href: membersCss },
];

const SLUG = /^[a-z0-9-]{1,120}$/;

/** One member: `/membres/iut-evreux`; an uppercase slug goes to its lowercase address, an unknown one is a 404. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const slug = params.code ?? '';
  if (!SLUG.test(slug)) {
    const lower = slug.toLowerCase();
    if (!SLUG.test(lower)) notFound();
    const url = new URL(request.url);
    throw redirect(`${detailPath('member', localeFromPath(url.pathname), lower)}${url.search}`, 301);
  }
  const [member, map] = await Promise.all([orNotFound(context.api(routes.getMember, { params: { slug } })), context.api(routes.getTerritoryMap)]);
  return { member, map };
}

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  const campus = matches[0]?.loaderData?.profile.shortName;
  if (!loaderData) return pageMeta({ pathname: location.pathname, title: t.notFound.title, campus, noindex: true });
  return pageMeta({ pathname: location.pathname, title: loaderData.member.name, description: loaderData.member.description ?? undefined, campus });
}

export const ErrorBoundary = RecordErrorBoundary;

export default function MemberPage({ loaderData }: Route.ComponentProps) {
  const { member: m, map } = loaderData;
  const i18n = useI18n();
  const { t, locale, href, detailHref } = i18n;
  const d = t.member;
  const type = ORGANISATION_TYPE_LABELS[m.type][locale];
  const sites = memberSites([m], (_, place) => t.members.pointLabel(m.name, place, type));
  const identifiers = [
    [d.siret, m.siret],
    [d.uai, m.uai],
    [d.naf, m.naf],
  ] as const;
  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumb label={t.metier.breadcrumb} items={[{ label: d.breadcrumbRoot, to: href('members') }]} current={{ label: m.name }} />}
        eyebrow={type}
        title={m.name}
        titleLang="fr"
      >
        {m.qualiopi ? <span className="badge">{t.members.qualiopiLong}</span> : null}
        {m.isDemo ? <DemoBadge /> : null}
      </PageHeader>

      <div className="container page-section">
        <RecordSection id="about" title={d.aboutTitle}>
          {m.description ? <p lang="fr">{m.description}</p> : <p className="muted">{d.noDescription}</p>}
          {m.websiteUrl ? (
            <p>
              {d.website}&nbsp;: <a href={m.websiteUrl}>{m.websiteUrl}</a>
            </p>
          ) : null}
        </RecordSection>

        <RecordSection id="sites" title={d.sitesTitle}>
          <div className="member-sites">
            <ul>
              {m.sites.map((s, i) => (
                <li key={i} lang="fr">
                  {s.label}
                  {s.commune && s.commune.name !== s.label ? ` (${s.commune.name})` : ''}
                  {s.commune ? `, ${s.commune.departement}` : ''}
                </li>
              ))}
            </ul>
            {sites.length ? <TerritoryMap map={map} sites={sites} label={d.siteMapLabel(m.name)} markerSize={8} /> : null}
          </div>
        </RecordSection>

        <RecordSection id="identifiers" title={d.identifiersTitle}>
          <dl className="facts">
            {identifiers.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value ?? <span className="muted">{d.none}</span>}</dd>
              </div>
            ))}
          </dl>
        </RecordSection>

        <RecordSection id="offer" title={d.offerTitle}>
          {m.trainings.length ? (
            <ul className="member-offer">
              {m.trainings.map((tr) => (
                <li key={tr.id}>
                  <Link to={detailHref('training', String(tr.id))} lang="fr">
                    {tr.title}
                  </Link>
                  <span className="member-offer__meta">
                    {tr.certification ? (
                      <>
                        <Link to={detailHref('certification', tr.certification.code)}>{tr.certification.code}</Link>
                        {tr.certification.level !== null ? `, ${d.levelShort(tr.certification.level)}` : ''}
                      </>
                    ) : (
                      d.noCertification
                    )}
                    {' · '}
                    {tr.sessionCount ? `${i18n.number(tr.sessionCount)} ${i18n.plural(tr.sessionCount, d.sessions)}` : d.noSession}
                    {tr.modalities.length ? ` · ${tr.modalities.map((mo) => MODALITY_LABELS[mo][locale]).join(', ')}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{d.offerNone}</p>
          )}
        </RecordSection>
      </div>
    </>
  );
}
