import { FUNDINGS, MODALITIES, QUALIFICATION_LEVELS, type Funding, type Modality, type QualificationLevel } from '@passerelles/domain';
import { cleanPlace, communeCode, radiusKm } from './place';

/**
 * The training search's state, read from and written to the page address (`/formations?q=…&level=5`), so a
 * search can be shared, bookmarked, reloaded and run without JavaScript. Values are checked here against the
 * API's own rules: a hand-edited address drops what the API would refuse instead of failing the page.
 */
export const SORTS = ['relevance', 'distance', 'start'] as const;
export type Sort = (typeof SORTS)[number];

export const RADII_KM = [10, 20, 30, 50, 100] as const;
export const PAGE_SIZE = 20;

export interface SearchState {
  q: string;
  level: QualificationLevel[];
  modality: Modality[];
  funding: Funding[];
  departement: string[];
  certificationType: string[];
  sector: 'in' | 'out' | null;
  commune: string | null;
  /** A place typed by a person (`lieu`: a commune name or a postal code) that is not yet one commune. */
  place: string;
  radiusKm: number | null;
  sort: Sort;
  page: number;
}

/** The facets the form shows as checkboxes (`sector` is a single choice). */
export const MULTI_FACETS = ['level', 'modality', 'funding', 'departement', 'certificationType'] as const;
export type MultiFacet = (typeof MULTI_FACETS)[number];

const DEPARTEMENT = /^(\d{2}|2A|2B|97\d)$/;
const MAX_VALUES = 20;

/** Each value once, in a fixed order: the form sends them in the order the facets list them (by count). */
function distinct<T extends string | number>(values: T[]): T[] {
  return [...new Set(values)].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)))).slice(0, MAX_VALUES);
}

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

function intIn(raw: string | null, min: number, max: number): number | null {
  if (raw === null || !/^\d{1,6}$/.test(raw.trim())) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

export function parseSearch(params: URLSearchParams): SearchState {
  const all = (name: string) => params.getAll(name).map((v) => v.trim()).filter(Boolean);
  const levels = all('level')
    .map(Number)
    .filter((n): n is QualificationLevel => (QUALIFICATION_LEVELS as readonly number[]).includes(n));
  const commune = communeCode(params.get('commune'));
  const sector = params.get('sector');
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    level: distinct(levels),
    modality: distinct(all('modality').filter((v) => oneOf(MODALITIES, v))),
    funding: distinct(all('funding').filter((v) => oneOf(FUNDINGS, v))),
    departement: distinct(all('departement').map((v) => v.toUpperCase()).filter((v) => DEPARTEMENT.test(v))),
    certificationType: distinct(all('certificationType').filter((v) => v.length <= 40)),
    sector: sector === 'in' || sector === 'out' ? sector : null,
    commune,
    place: commune ? '' : cleanPlace(params.get('lieu')),
    radiusKm: radiusKm(params.get('radiusKm')),
    sort: oneOf(SORTS, sort) ? sort : 'relevance',
    page: intIn(params.get('page'), 1, 1000) ?? 1,
  };
}

/** What the API needs: a distance filter or sort only with a place (otherwise it answers 422). */
export function apiQuery(state: SearchState) {
  const place = state.commune !== null;
  return {
    q: state.q || undefined,
    level: state.level.length ? state.level : undefined,
    modality: state.modality.length ? state.modality : undefined,
    funding: state.funding.length ? state.funding : undefined,
    departement: state.departement.length ? state.departement : undefined,
    certificationType: state.certificationType.length ? state.certificationType : undefined,
    sector: state.sector ?? undefined,
    commune: state.commune ?? undefined,
    radiusKm: place && state.radiusKm !== null ? state.radiusKm : undefined,
    sort: state.sort === 'distance' && !place ? ('relevance' as const) : state.sort,
    page: state.page,
    pageSize: PAGE_SIZE,
  };
}

/** Whether the address asked for distances that cannot be computed without a place (and none was typed). */
export function distanceWithoutPlace(state: SearchState): boolean {
  return state.commune === null && !state.place && (state.radiusKm !== null || state.sort === 'distance');
}

/** The query string of a state, in a stable order, without defaults (so equal searches have equal addresses). */
export function searchString(state: SearchState, changes: Partial<SearchState> = {}): string {
  const s = { ...state, ...changes };
  const params = new URLSearchParams();
  if (s.q) params.set('q', s.q);
  if (s.commune) params.set('commune', s.commune);
  else if (s.place) params.set('lieu', s.place);
  if (s.radiusKm !== null) params.set('radiusKm', String(s.radiusKm));
  for (const facet of MULTI_FACETS) for (const value of s[facet]) params.append(facet, String(value));
  if (s.sector) params.set('sector', s.sector);
  if (s.sort !== 'relevance') params.set('sort', s.sort);
  if (s.page > 1) params.set('page', String(s.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** How many filters narrow the search (the words and the place aside): shown on the phone's filter toggle. */
export function activeFilterCount(state: SearchState): number {
  return MULTI_FACETS.reduce((n, facet) => n + state[facet].length, 0) + (state.sector ? 1 : 0);
}

export function isBlank(state: SearchState): boolean {
  return searchString(state) === '';
}

/**
 * The pages to link to around the current one: the first, the last, and two on each side, with null where
 * pages are skipped (drawn as an ellipsis).
 */
export function pageWindow(current: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2].filter((p) => p >= 1 && p <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, p] of sorted.entries()) {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push(null);
    out.push(p);
  }
  return out;
}
