import { Link } from 'react-router';
import { routes, type RouteResponse } from '@passerelles/contracts';
import type { Route } from './+types/metiers';
import comboboxSrc from '../enhance/metier-combobox.ts?standalone';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { detailPath } from '../i18n/pages';
import { useCampus } from '../lib/campus';
import { pageMeta } from '../lib/meta';
import { resultLimit, searchQuery } from '../lib/records';
import { PageHeader, SectorBadge } from '../ui';
import searchCss from './search/search.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: searchCss }];

type Metier = RouteResponse<typeof routes.listMetiers>['items'][number];

/**
 * The métier search: a GET form whose state is the address (`?q=`), so results can be shared, bookmarked
 * and reached without JavaScript. With no words yet, the campus's own sector métiers are the way in.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const q = searchQuery(url);
  const limit = resultLimit(url);
  if (q) {
    const found = await context.api(routes.listMetiers, { query: { q, limit } });
    return { q, limit, found, sector: [] as Metier[] };
  }
  const { profile } = await context.api(routes.getCampus);
  // Without words the API lists the campus's sector métiers first: ask for exactly that many.
  const n = Math.min(100, Math.max(1, profile.romeCodes.length));
  const all = await context.api(routes.listMetiers, { query: { limit: n } });
  return { q, limit, found: null, sector: all.items.filter((m) => m.inSector) };
}

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  return pageMeta({
    pathname: location.pathname,
    // A results page says what was searched in its title (heard first when the page loads).
    title: loaderData?.q ? `${t.metiers.searchTitle(loaderData.q)}` : t.metiers.title,
    description: t.metiers.description,
    campus: matches[0]?.loaderData?.profile.shortName,
    noindex: Boolean(loaderData?.q),
  });
}

/** One métier found: its fiche's label as a heading link, the appellation that matched, its code and sector. */
function MetierResult({ metier, headingLevel, showSector = true }: { metier: Metier; headingLevel: 2 | 3; showSector?: boolean }) {
  const { t, detailHref } = useI18n();
  const Heading = `h${headingLevel}` as const;
  return (
    <li className="result">
      <Heading className="result__title">
        <Link to={detailHref('metier', metier.code)} lang="fr">
          {metier.label}
        </Link>
      </Heading>
      {metier.matchedLabel ? (
        <p className="result__matched">
          {t.metiers.matched} <span lang="fr">{metier.matchedLabel}</span>
        </p>
      ) : null}
      <p className="result__meta">
        <span>
          {t.metiers.code} {metier.code}
        </span>
        {showSector && metier.inSector ? <SectorBadge>{t.badges.inSector}</SectorBadge> : null}
      </p>
    </li>
  );
}

export function MetierSearchForm({ q }: { q: string }) {
  const { t, locale, href } = useI18n();
  const m = t.metiers;
  // The autocomplete reads its words and addresses from here: it carries no text of its own.
  const combobox = {
    api: routes.listMetiers.path,
    fiche: detailPath('metier', locale, ''),
    listLabel: m.combobox.listLabel,
    one: m.combobox.one,
    other: m.combobox.other,
    none: m.combobox.none,
    matched: m.matched,
    sector: t.badges.inSector,
  };
  return (
    <form className="search-form" role="search" method="get" action={href('metiers')} data-combobox={JSON.stringify(combobox)}>
      <label className="search-form__label" htmlFor="metier-q">
        {m.searchLabel}
      </label>
      <p className="search-form__hint" id="metier-q-hint">
        {m.searchHint}
      </p>
      <div className="search-form__row">
        <div className="combobox">
          <input
            className="search-form__input"
            id="metier-q"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={120}
            aria-describedby="metier-q-hint"
            spellCheck={false}
          />
        </div>
        <button type="submit" className="button button--primary">
          {m.submit}
        </button>
      </div>
    </form>
  );
}

export default function Metiers({ loaderData }: Route.ComponentProps) {
  const { q, limit, found, sector } = loaderData;
  const { profile } = useCampus();
  const i18n = useI18n();
  const { t, href } = i18n;
  const m = t.metiers;
  return (
    <>
      <PageHeader title={m.title} lead={m.description}>
        <MetierSearchForm q={q} />
      </PageHeader>
      <div className="container page-section">
        {found ? (
          <section aria-labelledby="results-title">
            <h2 id="results-title">{m.resultsTitle(q)}</h2>
            <p className="results-count">
              <strong>{i18n.number(found.total)}</strong> {i18n.plural(found.total, m.resultsCount)}
              {found.total > found.items.length ? m.resultsShown(i18n.number(found.items.length)) : null}
            </p>
            {found.items.length ? (
              <ol className="result-list">
                {found.items.map((metier) => (
                  <MetierResult key={metier.code} metier={metier} headingLevel={3} />
                ))}
              </ol>
            ) : (
              <div className="prose">
                <p>{m.noResults(q)}</p>
                <ul>
                  {m.noResultsHints.map((hint) => (
                    <li key={hint}>{hint}</li>
                  ))}
                </ul>
                <p>
                  <Link to={href('metiers')}>{m.sectorTitle}</Link>
                </p>
              </div>
            )}
            {found.total > found.items.length && limit < 100 ? (
              <p>
                <Link className="arrow-link" to={`${href('metiers')}?${new URLSearchParams({ q, limit: String(Math.min(100, limit * 2 + 10)) }).toString()}`}>
                  {m.more}
                </Link>
              </p>
            ) : null}
          </section>
        ) : (
          <section aria-labelledby="sector-title">
            <h2 id="sector-title">{m.sectorTitle}</h2>
            <p className="muted">{m.sectorIntro(profile.sector)}</p>
            <ul className="result-list result-list--grid">
              {sector.map((metier) => (
                <MetierResult key={metier.code} metier={metier} headingLevel={3} showSector={false} />
              ))}
            </ul>
          </section>
        )}
      </div>
      <script type="module" src={comboboxSrc} />
    </>
  );
}
