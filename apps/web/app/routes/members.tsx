import { Link } from 'react-router';
import { ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS, type OrganisationType } from '@passerelles/domain';
import { routes, type RouteResponse } from '@passerelles/contracts';
import type { Route } from './+types/members';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { departementLabel } from '../lib/departements';
import { pageMeta } from '../lib/meta';
import { DemoBadge, PageHeader } from '../ui';
import { memberSites } from './members/member-sites';
import { MarkerIcon, TerritoryMap } from './members/TerritoryMap';
import searchCss from './search/search.css?url';
import membersCss from './members/members.css?url';

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: searchCss },
  { rel: 'stylesheet', href: membersCss },
];

type MemberList = RouteResponse<typeof routes.listMembers>;
type Member = MemberList['items'][number];

const DEPARTEMENT = /^(\d{2}|2A|2B|97\d)$/;

/** The filters of the address: unknown values are dropped rather than sent to fail at the API. */
function filtersOf(url: URL) {
  const type = [...new Set(url.searchParams.getAll('type'))].filter((t): t is OrganisationType => (ORGANISATION_TYPES as readonly string[]).includes(t));
  const departement = [...new Set(url.searchParams.getAll('departement'))].filter((d) => DEPARTEMENT.test(d)).slice(0, 20);
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 120);
  return { type: type.slice(0, 20), departement, q };
}

/** The directory: one GET form (the address is the state, no JavaScript needed), the list, the map beside it. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const filters = filtersOf(new URL(request.url));
  const [found, map] = await Promise.all([
    context.api(routes.listMembers, { query: { type: filters.type, departement: filters.departement, q: filters.q || undefined } }),
    context.api(routes.getTerritoryMap),
  ]);
  return { filters, found, map };
}

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  return pageMeta({ pathname: location.pathname, title: t.members.title, description: t.members.description, campus: matches[0]?.loaderData?.profile.shortName });
}

const communesOf = (m: Member) => [...new Set(m.sites.map((s) => s.commune?.name).filter((n): n is string => Boolean(n)))];

function Filters({ filters, found }: { filters: ReturnType<typeof filtersOf>; found: MemberList }) {
  const i18n = useI18n();
  const { t, locale, href } = i18n;
  const typeCount = new Map(found.facets.type.map((f) => [f.value, f.count]));
  const types = ORGANISATION_TYPES.filter((type) => typeCount.has(type) || filters.type.includes(type));
  const departements = [...new Set([...found.facets.departement.map((f) => f.value), ...filters.departement])].sort();
  const departementCount = new Map(found.facets.departement.map((f) => [f.value, f.count]));
  return (
    <form method="get" className="member-filters" aria-labelledby="filters-title">
      <h2 id="filters-title" className="visually-hidden">
        {t.members.filtersTitle}
      </h2>
      <div className="search-form__field">
        <label htmlFor="member-q">{t.members.nameLabel}</label>
        <span id="member-q-hint" className="muted">
          {t.members.nameHint}
        </span>
        <input id="member-q" name="q" type="search" className="search-form__input" defaultValue={filters.q} aria-describedby="member-q-hint" maxLength={120} />
      </div>
      <div className="member-filters__groups">
        <fieldset>
          <legend>{t.members.typeLegend}</legend>
          <ul className="choice-list">
            {types.map((type) => (
              <li key={type}>
                <label>
                  <input type="checkbox" name="type" value={type} defaultChecked={filters.type.includes(type)} />
                  <MarkerIcon type={type} />
                  <span>
                    {ORGANISATION_TYPE_LABELS[type][locale]} <span className="choice-list__count">({i18n.number(typeCount.get(type) ?? 0)})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend>{t.members.departementLegend}</legend>
          <ul className="choice-list">
            {departements.map((code) => (
              <li key={code}>
                <label>
                  <input type="checkbox" name="departement" value={code} defaultChecked={filters.departement.includes(code)} />
                  <span>
                    {departementLabel(code)} <span className="choice-list__count">({i18n.number(departementCount.get(code) ?? 0)})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
      <div className="member-filters__actions">
        <button type="submit" className="button button--primary">
          {t.members.submit}
        </button>
        <Link to={href('members')}>{t.members.reset}</Link>
      </div>
    </form>
  );
}

function MemberCard({ m }: { m: Member }) {
  const i18n = useI18n();
  const { t, locale, detailHref } = i18n;
  const communes = communesOf(m);
  return (
    <li className="member-card">
      <h3 className="member-card__name">
        <Link to={detailHref('member', m.slug)} lang="fr">
          {m.name}
        </Link>
      </h3>
      <p className="member-card__meta">
        <span className="member-card__type">
          <MarkerIcon type={m.type} /> {ORGANISATION_TYPE_LABELS[m.type][locale]}
        </span>
        <span lang={communes.length ? 'fr' : undefined}>{communes.length ? communes.join(', ') : t.members.noPlace}</span>
        <span>{m.trainingCount ? `${i18n.number(m.trainingCount)} ${i18n.plural(m.trainingCount, t.members.trainings)}` : t.members.noTrainings}</span>
        {m.qualiopi ? <span className="badge">{t.members.qualiopi}</span> : null}
        {m.isDemo ? <DemoBadge /> : null}
      </p>
    </li>
  );
}

export default function MembersPage({ loaderData }: Route.ComponentProps) {
  const { filters, found, map } = loaderData;
  const i18n = useI18n();
  const { t, locale } = i18n;
  const sites = memberSites(found.items, (m, place) => t.members.pointLabel(m.name, place, ORGANISATION_TYPE_LABELS[m.type][locale]));
  return (
    <>
      <PageHeader title={t.members.title} lead={t.members.description} />
      <div className="container page-section">
        <Filters filters={filters} found={found} />
        <div className="members-layout">
          <section aria-labelledby="members-list-title">
            <h2 id="members-list-title">{t.members.listTitle}</h2>
            <p className="results-count" role="status">
              {i18n.number(found.total)} {i18n.plural(found.total, t.members.resultsCount)}
            </p>
            {found.items.length ? (
              <ul className="member-list">
                {found.items.map((m) => (
                  <MemberCard key={m.id} m={m} />
                ))}
              </ul>
            ) : (
              <p>{t.members.noResults}</p>
            )}
          </section>
          <section className="members-layout__aside" aria-labelledby="members-map-title">
            <h2 id="members-map-title">{t.members.mapTitle}</h2>
            <p className="muted">{t.members.mapIntro}</p>
            <TerritoryMap map={map} sites={sites} label={t.members.mapLabel(sites.length)} />
          </section>
        </div>
      </div>
    </>
  );
}
