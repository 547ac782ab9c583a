import { Link, redirect } from 'react-router';
import { LEVEL_EXAMPLES, MODALITY_LABELS, isQualificationLevel, type Funding, type Modality } from '@passerelles/domain';
import { routes, type RouteResponse } from '@passerelles/contracts';
import type { Route } from './+types/trainings';
import { CATALOGUES, useI18n, type I18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { departementLabel } from '../lib/departements';
import { plural } from '../i18n/format';
import { pageMeta } from '../lib/meta';
import { SessionByline, SessionFacts } from '../lib/SessionFacts';
import { isApiError } from '../lib/records';
import {
  MULTI_FACETS,
  PAGE_SIZE,
  SORTS,
  activeFilterCount,
  apiQuery,
  distanceWithoutPlace,
  isBlank,
  pageWindow,
  parseSearch,
  searchString,
  type MultiFacet,
  type SearchState,
} from '../lib/session-search';
import { namedCommune, placeLabel, settleTypedPlace, type Commune } from '../lib/place';
import { PlaceField, PlaceQuestionNotice, RadiusSelect } from '../lib/PlaceQuestion';
import { PageHeader, VisuallyHidden } from '../ui';
import searchCss from './search/search.css?url';
import trainingsCss from './trainings/trainings.css?url';

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: searchCss },
  { rel: 'stylesheet', href: trainingsCss },
];

type Found = RouteResponse<typeof routes.searchSessions>;
type Session = Found['items'][number];

const FORM_ID = 'training-search';

/**
 * The training search: one GET form whose state is the address, so a search can be shared, reloaded and run
 * without JavaScript. The filters sit beside the results but belong to the same form (`form` attribute).
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const state = parseSearch(url.searchParams);
  // A submitted form sends every field, empty ones too: answer with the short, stable address of the same search.
  const canonical = searchString(state);
  if (url.search !== canonical) throw redirect(`${url.pathname}${canonical}`);
  // A typed place (« Pacy-sur-Eure », « 27120 »): one commune → its code in the address; several or none → ask.
  const placeQuestion = await settleTypedPlace(context.api, state.place, (commune) => `${url.pathname}${searchString(state, { commune, place: '', page: 1 })}`);
  let unknownCommune = false;
  let found: Found;
  try {
    found = await context.api(routes.searchSessions, { query: apiQuery(state) });
  } catch (e) {
    // A well-formed INSEE code the platform does not know: search without distances, and say so.
    if (!(isApiError(e, 422) && state.commune)) throw e;
    unknownCommune = true;
    found = await context.api(routes.searchSessions, { query: apiQuery({ ...state, commune: null }) });
  }
  const pages = Math.max(1, Math.ceil(found.total / found.pageSize));
  // A page past the end (an old link, a narrower search): the last page that exists.
  if (state.page > pages) throw redirect(`${url.pathname}${searchString(state, { page: pages })}`);
  const commune = state.commune && !unknownCommune ? await namedCommune(context.api, state.commune) : null;
  return { state, found, pages, unknownCommune, distanceWithoutPlace: distanceWithoutPlace(state), commune, placeQuestion };
}

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  const t = CATALOGUES[locale].trainingSearch;
  const campus = matches[0]?.loaderData?.profile.shortName;
  if (!loaderData) return pageMeta({ pathname: location.pathname, title: t.title, description: t.description, campus });
  const { state, found } = loaderData;
  // A results page says what was searched and how much was found in its title (heard first when it loads).
  const count = `${found.total} ${plural(locale, found.total, t.resultsCount)}`;
  const title = state.q ? `${t.searchTitle(state.q)} (${count})` : isBlank(state) ? t.title : `${t.title} (${count})`;
  return pageMeta({ pathname: location.pathname, title, description: t.description, campus, noindex: !isBlank(state) });
}

/** Facet values from the API, with the ones the address asks for kept even when no session has them any more. */
function facetValues(found: Found, state: SearchState, facet: MultiFacet): { value: string; count: number }[] {
  const values = found.facets[facet].map((v) => ({ value: v.value, count: v.count }));
  for (const selected of state[facet].map(String)) if (!values.some((v) => v.value === selected)) values.push({ value: selected, count: 0 });
  return values;
}

function facetLabel(i18n: I18n, facet: MultiFacet, value: string): string {
  const { t, locale } = i18n;
  switch (facet) {
    case 'level': {
      const level = Number(value);
      return isQualificationLevel(level) ? t.trainingSearch.levelValue(level, LEVEL_EXAMPLES[level][locale]) : value;
    }
    case 'modality':
      return MODALITY_LABELS[value as Modality]?.[locale] ?? value;
    case 'funding':
      return t.fundings[value as Funding] ?? value;
    case 'departement':
      return departementLabel(value);
    case 'certificationType':
      return value;
  }
}

function Count({ n }: { n: number }) {
  const i18n = useI18n();
  return (
    <span className="facet__count">
      {i18n.number(n)}
      <VisuallyHidden> {i18n.plural(n, i18n.t.trainingSearch.facetCount)}</VisuallyHidden>
    </span>
  );
}

function Facet({ facet, found, state }: { facet: MultiFacet; found: Found; state: SearchState }) {
  const i18n = useI18n();
  const values = facetValues(found, state, facet);
  if (!values.length) return null;
  const selected = new Set(state[facet].map(String));
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{i18n.t.trainingSearch.facets[facet]}</legend>
      <ul className="facet__list">
        {values.map(({ value, count }) => {
          const id = `f-${facet}-${value}`;
          return (
            <li key={value} className="facet__item">
              <input type="checkbox" id={id} name={facet} value={value} defaultChecked={selected.has(value)} form={FORM_ID} />
              <label htmlFor={id} lang={facet === 'certificationType' ? 'fr' : undefined}>
                {facetLabel(i18n, facet, value)}
              </label>
              <Count n={count} />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function SectorFacet({ found, state }: { found: Found; state: SearchState }) {
  const { t } = useI18n();
  const s = t.trainingSearch;
  const counts = new Map(found.facets.sector.map((v) => [v.value, v.count]));
  const choices = [
    { value: '', label: s.anySector, count: null },
    { value: 'in', label: s.sectorValues.in, count: counts.get('in') ?? 0 },
    { value: 'out', label: s.sectorValues.out, count: counts.get('out') ?? 0 },
  ];
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{s.facets.sector}</legend>
      <ul className="facet__list">
        {choices.map((c) => {
          const id = `f-sector-${c.value || 'any'}`;
          return (
            <li key={id} className="facet__item">
              <input type="radio" id={id} name="sector" value={c.value} defaultChecked={(state.sector ?? '') === c.value} form={FORM_ID} />
              <label htmlFor={id}>{c.label}</label>
              {c.count !== null ? <Count n={c.count} /> : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function SearchForm({ state, commune }: { state: SearchState; commune: Commune | null }) {
  const { t, href } = useI18n();
  const s = t.trainingSearch;
  return (
    <form id={FORM_ID} className="search-form search-form--wide" role="search" method="get" action={href('trainings')}>
      <div className="search-form__row">
        <div className="search-form__field search-form__grow">
          <label htmlFor="training-q">{s.wordsLabel}</label>
          <span className="search-form__hint search-form__hint--inline" id="training-q-hint">
            {s.wordsHint}
          </span>
          <input
            className="search-form__input"
            id="training-q"
            type="search"
            name="q"
            defaultValue={state.q}
            maxLength={200}
            aria-describedby="training-q-hint"
            spellCheck={false}
          />
        </div>
        <div className="search-form__field">
          <PlaceField id="training-place" label={s.placeLabel} hint={s.placeHint} value={commune ? placeLabel(commune) : state.place} inlineHint />
        </div>
        <div className="search-form__field">
          <RadiusSelect id="training-radius" label={s.radiusLabel} anyLabel={s.anyRadius} value={state.radiusKm} format={s.radius} />
        </div>
        <div className="search-form__field">
          <label htmlFor="training-sort">{s.sortLabel}</label>
          <select className="search-form__select" id="training-sort" name="sort" defaultValue={state.sort}>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {s.sorts[sort]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {s.submit}
        </button>
      </div>
    </form>
  );
}

function Filters({ found, state }: { found: Found; state: SearchState }) {
  const i18n = useI18n();
  const { t, href } = i18n;
  const s = t.trainingSearch;
  const active = activeFilterCount(state);
  return (
    <details className="filters">
      <summary className="filters__toggle">{active ? `${s.filtersTitle} (${i18n.number(active)} ${i18n.plural(active, s.filtersActive)})` : s.filtersTitle}</summary>
      <div className="filters__panel">
        <h2 className="filters__title">{s.filtersTitle}</h2>
        {MULTI_FACETS.map((facet) => (
          <Facet key={facet} facet={facet} found={found} state={state} />
        ))}
        <SectorFacet found={found} state={state} />
        <button type="submit" className="button button--primary filters__apply" form={FORM_ID}>
          {s.apply}
        </button>
        {!isBlank(state) ? (
          <p className="filters__reset">
            <Link to={href('trainings')}>{s.reset}</Link>
          </p>
        ) : null}
      </div>
    </details>
  );
}

function SessionResult({ session }: { session: Session }) {
  const { detailHref } = useI18n();
  return (
    <li className="result session">
      <h3 className="result__title">
        <Link to={detailHref('training', String(session.training.id))} lang="fr">
          {session.training.title}
        </Link>
      </h3>
      <SessionByline session={session} />
      <SessionFacts session={session} />
    </li>
  );
}

function Pagination({ state, pages }: { state: SearchState; pages: number }) {
  const i18n = useI18n();
  const { t, href } = i18n;
  const s = t.trainingSearch;
  if (pages <= 1) return null;
  const to = (page: number) => `${href('trainings')}${searchString(state, { page })}`;
  return (
    <nav className="pagination" aria-label={s.pagination}>
      <ul className="pagination__list">
        {state.page > 1 ? (
          <li>
            <Link className="pagination__link" to={to(state.page - 1)} rel="prev">
              {s.previous}
            </Link>
          </li>
        ) : null}
        {pageWindow(state.page, pages).map((page, i) =>
          page === null ? (
            <li key={`gap-${i}`} className="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={page}>
              <Link
                className="pagination__link"
                to={to(page)}
                aria-current={page === state.page ? 'page' : undefined}
                aria-label={s.pageLink(i18n.number(page))}
              >
                {i18n.number(page)}
              </Link>
            </li>
          ),
        )}
        {state.page < pages ? (
          <li>
            <Link className="pagination__link" to={to(state.page + 1)} rel="next">
              {s.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export default function Trainings({ loaderData }: Route.ComponentProps) {
  const { state, found, pages, unknownCommune, commune } = loaderData;
  const i18n = useI18n();
  const { t, href } = i18n;
  const s = t.trainingSearch;
  return (
    <>
      <PageHeader title={s.title} lead={s.description}>
        <SearchForm state={state} commune={commune} />
      </PageHeader>
      <div className="container page-section catalogue">
        <Filters found={found} state={state} />
        <section className="catalogue__results" aria-labelledby="results-title">
          <h2 id="results-title" className="results-count">
            <strong>{i18n.number(found.total)}</strong> {i18n.plural(found.total, s.resultsCount)}
            {pages > 1 ? s.pageOf(i18n.number(state.page), i18n.number(pages)) : null}
          </h2>
          {loaderData.distanceWithoutPlace ? <p className="callout">{s.distanceNeedsPlace}</p> : null}
          {unknownCommune ? <p className="callout">{s.unknownCommune}</p> : null}
          <PlaceQuestionNotice
            place={state.place}
            question={loaderData.placeQuestion}
            linkFor={(commune) => `${href('trainings')}${searchString(state, { commune, place: '', page: 1 })}`}
            ignored={s.placeIgnored}
          />
          {found.items.length ? (
            <ol className="result-list" start={(state.page - 1) * PAGE_SIZE + 1}>
              {found.items.map((session) => (
                <SessionResult key={session.id} session={session} />
              ))}
            </ol>
          ) : (
            <div className="prose">
              <p>{s.noResults}</p>
              <ul>
                {s.noResultsHints.map((hint) => (
                  <li key={hint}>{hint}</li>
                ))}
              </ul>
            </div>
          )}
          <Pagination state={state} pages={pages} />
        </section>
      </div>
    </>
  );
}
