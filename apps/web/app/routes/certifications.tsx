import { Link } from 'react-router';
import { LEVEL_EXAMPLES, QUALIFICATION_LEVELS, isQualificationLevel } from '@passerelles/domain';
import { routes } from '@passerelles/contracts';
import type { Route } from './+types/certifications';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { pageMeta } from '../lib/meta';
import { resultLimit, searchQuery } from '../lib/records';
import { PageHeader, StatusMark } from '../ui';
import searchCss from './search/search.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: searchCss }];

/** A GET search over RNCP and RS certifications, by words or code and by level; the address is the state. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const q = searchQuery(url);
  const levelParam = Number(url.searchParams.get('level'));
  const level = isQualificationLevel(levelParam) ? levelParam : null;
  const limit = resultLimit(url);
  const found = q || level ? await context.api(routes.listCertifications, { query: { q: q || undefined, level: level ?? undefined, limit } }) : null;
  return { q, level, limit, found };
}

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  return pageMeta({
    pathname: location.pathname,
    title: t.certifications.title,
    description: t.certifications.description,
    campus: matches[0]?.loaderData?.profile.shortName,
    noindex: Boolean(loaderData?.found),
  });
}

export default function Certifications({ loaderData }: Route.ComponentProps) {
  const { q, level, limit, found } = loaderData;
  const i18n = useI18n();
  const { t, locale, href, detailHref } = i18n;
  const c = t.certifications;
  const moreParams = new URLSearchParams({ ...(q ? { q } : {}), ...(level ? { level: String(level) } : {}), limit: String(Math.min(100, limit * 2 + 10)) });
  return (
    <>
      <PageHeader title={c.title} lead={c.description}>
        <form className="search-form" role="search" method="get" action={href('certifications')}>
          <div className="search-form__row">
            <div className="search-form__field search-form__grow">
              <label htmlFor="certification-q">{c.searchLabel}</label>
              <input
                className="search-form__input"
                id="certification-q"
                type="search"
                name="q"
                defaultValue={q}
                maxLength={120}
                aria-describedby="certification-q-hint"
              />
            </div>
            <div className="search-form__field">
              <label htmlFor="certification-level">{c.levelLabel}</label>
              <select className="search-form__select" id="certification-level" name="level" defaultValue={level ?? ''}>
                <option value="">{c.anyLevel}</option>
                {QUALIFICATION_LEVELS.map((n) => (
                  <option key={n} value={n}>
                    {`${t.certification.levelShort(n)} (${LEVEL_EXAMPLES[n][locale]})`}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button--primary">
              {c.submit}
            </button>
          </div>
          <p className="search-form__hint" id="certification-q-hint">
            {c.searchHint}
          </p>
        </form>
      </PageHeader>
      <div className="container page-section">
        {found ? (
          <section aria-labelledby="results-title">
            <h2 id="results-title" className="results-count">
              <strong>{i18n.number(found.total)}</strong> {i18n.plural(found.total, c.resultsCount)}
              {found.total > found.items.length ? c.resultsShown(i18n.number(found.items.length)) : null}
            </h2>
            {found.items.length ? (
              <ol className="result-list">
                {found.items.map((item) => (
                  <li key={item.code} className="result">
                    <h3 className="result__title">
                      <Link to={detailHref('certification', item.code)} lang="fr">
                        {item.title}
                      </Link>
                    </h3>
                    <p className="result__meta">
                      <span>{item.code}</span>
                      <span>{item.level !== null ? t.certification.levelShort(item.level) : t.certification.noLevel}</span>
                      {item.isActive ? null : <StatusMark ok={false}>{t.certification.inactive}</StatusMark>}
                    </p>
                  </li>
                ))}
              </ol>
            ) : (
              <p>{c.noResults}</p>
            )}
            {found.total > found.items.length && limit < 100 ? (
              <p>
                <Link className="arrow-link" to={`${href('certifications')}?${moreParams.toString()}`}>
                  {c.more}
                </Link>
              </p>
            ) : null}
          </section>
        ) : (
          <p className="muted">{c.prompt}</p>
        )}
      </div>
    </>
  );
}
