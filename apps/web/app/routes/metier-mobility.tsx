import { Link } from 'react-router';
import { routes, type RouteResponse } from '@passerelles/contracts';
import type { Route } from './+types/metier-mobility';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { subPagePath } from '../i18n/pages';
import { pageMeta } from '../lib/meta';
import { canonicalSubPage, orNotFound } from '../lib/records';
import { RecordErrorBoundary } from '../shell/RecordErrorBoundary';
import { Breadcrumb, PageHeader, SectorBadge, SensitiveBadge, VisuallyHidden } from '../ui';
import { Proximity, SkillsNamed } from './mobility/parts';
import mobilityCss from './mobility/mobility.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: mobilityCss }];

type Mobilities = RouteResponse<typeof routes.listMetierMobilities>;
type Mobility = Mobilities['items'][number];

/** How many close métiers the page lists. */
const LIMIT = 10;

/** The métiers closest to one fiche by skills (ROME 4.0): `/metiers/H2304/mobilites`. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { code } = canonicalSubPage('mobility', request, params);
  return orNotFound(context.api(routes.listMetierMobilities, { params: { code }, query: { limit: LIMIT } }));
}

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  const campus = matches[0]?.loaderData?.profile.shortName;
  if (!loaderData) return pageMeta({ pathname: location.pathname, title: t.notFound.title, campus, noindex: true });
  const { metier } = loaderData;
  return pageMeta({
    pathname: location.pathname,
    title: `${t.mobility.titlePrefix} ${metier.label} (${metier.code})`,
    description: t.mobility.description(metier.label),
    campus,
  });
}

export const ErrorBoundary = RecordErrorBoundary;

function MobilityCard({ from, item }: { from: string; item: Mobility }) {
  const i18n = useI18n();
  const { t, locale, detailHref } = i18n;
  const m = t.mobility;
  // The core skills of the target métier already held: what the proximity mostly rests on.
  const sharedCore = item.sharedSkills.filter((s) => s.isCore);
  return (
    <li className="mobility-card">
      <h3 className="mobility-card__title">
        <Link to={detailHref('metier', item.code)} lang="fr">
          {item.label}
        </Link>{' '}
        <span className="mobility-card__code">{item.code}</span>
      </h3>
      {item.inSector ? (
        <p className="mobility-card__marks">
          <SectorBadge>{t.badges.inSector}</SectorBadge>
        </p>
      ) : null}
      <Proximity score={item.score} label={m.proximity} />
      <p className="mobility-card__why" lang="fr">
        {item.explanation}
      </p>
      <dl className="mobility-card__skills">
        <div>
          <dt>{m.shared}</dt>
          <dd>{sharedCore.length ? <SkillsNamed i18n={i18n} skills={sharedCore} /> : m.noneShared}</dd>
        </div>
        <div>
          <dt>{m.missing}</dt>
          <dd>{item.missingSkills.length ? <SkillsNamed i18n={i18n} skills={item.missingSkills} /> : m.noneMissing}</dd>
        </div>
      </dl>
      <p className="mobility-card__action">
        <Link className="button button--secondary" to={subPagePath('mobilityPath', locale, from, item.code)}>
          {m.howTo}
          <VisuallyHidden>{m.howToHidden(item.label)}</VisuallyHidden>
        </Link>
      </p>
    </li>
  );
}

export default function MetierMobilityPage({ loaderData }: Route.ComponentProps) {
  const { metier, items } = loaderData;
  const i18n = useI18n();
  const { t, href, detailHref } = i18n;
  const m = t.mobility;
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            label={t.metier.breadcrumb}
            items={[
              { label: t.nav.metiers, to: href('metiers') },
              { label: metier.label, to: detailHref('metier', metier.code), lang: 'fr' },
            ]}
            current={{ label: m.breadcrumb }}
          />
        }
        eyebrow={m.eyebrow(metier.code)}
        title={
          <>
            {m.titlePrefix} <span lang="fr">{metier.label}</span>
          </>
        }
      >
        {metier.isSensitive ? (
          <p>
            <SensitiveBadge>{t.metier.sensitive}</SensitiveBadge>
          </p>
        ) : null}
      </PageHeader>
      <div className="container page-section mobility">
        <div className="prose mobility__intro">
          {m.intro.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
        <section aria-labelledby="mobility-list-title">
          <h2 id="mobility-list-title">{m.listTitle(i18n.number(items.length))}</h2>
          {items.length ? (
            <ol className="mobility-list">
              {items.map((item) => (
                <MobilityCard key={item.code} from={metier.code} item={item} />
              ))}
            </ol>
          ) : (
            <p className="callout">{m.none}</p>
          )}
        </section>
        <p className="mobility__source muted">{m.source}</p>
      </div>
    </>
  );
}
