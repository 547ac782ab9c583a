import { sql, type SQL } from 'drizzle-orm';
import { normaliseForSearch, type Funding, type Modality, type OrganisationType } from '@passerelles/domain';
import type { Db } from '../client';
import { queryRows } from '../query';

/**
 * Catalogue search over the `session_search` materialized view (migration 0007, ADR 006): one row per session of a
 * published training, with its filter columns and a French, accent-insensitive search document.
 */

/**
 * Rebuilds the search rows and the word list used for typo correction; run after the catalogue changes. Bumps the
 * catalogue version in the same transaction, so caches keyed on it see the change when it is committed.
 */
export async function refreshSessionSearch(db: Db): Promise<void> {
  await db.execute(sql`refresh materialized view session_search`);
  await db.execute(sql`refresh materialized view session_search_words`);
  await db.execute(sql`update catalogue_state set version = version + 1, refreshed_at = now() where id = 1`);
}

/** The version of the searchable catalogue: it changes at every committed refresh (one cheap primary-key read). */
export async function catalogueVersion(db: Db): Promise<number> {
  const [row] = await queryRows<{ version: number }>(db, sql`select version from catalogue_state where id = 1`);
  return Number(row?.version ?? 0);
}

export type SessionSort = 'relevance' | 'distance' | 'start';

export interface SessionSearchParams {
  q?: string;
  level?: number[];
  modality?: Modality[];
  funding?: Funding[];
  departement?: string[];
  certificationType?: string[];
  sector?: 'in' | 'out';
  /** The place distances are measured from (see findCommunePosition). */
  origin?: { latitude: number; longitude: number };
  radiusKm?: number;
  startAfter?: string;
  sort: SessionSort;
  page: number;
  pageSize: number;
}

export interface SessionFacetValue { value: string; count: number }
export type SessionFacetName = 'level' | 'modality' | 'funding' | 'departement' | 'certificationType' | 'sector';
export type SessionFacetCounts = Record<SessionFacetName, SessionFacetValue[]>;

export interface SessionHit {
  id: number;
  startDate: string | null;
  endDate: string | null;
  modality: Modality;
  durationHours: number | null;
  priceEur: number | null;
  fundings: Funding[];
  capacity: number | null;
  seatsLeft: number | null;
  isDemo: boolean;
  training: { id: number; title: string };
  certification: { code: string; title: string; level: number | null; type: string | null } | null;
  organisation: { id: number; slug: string; name: string; type: OrganisationType };
  commune: { code: string; name: string; departement: string } | null;
  distanceKm: number | null;
}

export interface SessionSearchResult {
  items: SessionHit[];
  total: number;
  facets: SessionFacetCounts;
  /** The words actually searched when the query was corrected for typos (null: searched as typed). */
  correctedQuery: string | null;
}

/** Coordinates of a commune, or null when the code is unknown or has no position. */
export async function findCommunePosition(db: Db, inseeCode: string): Promise<{ latitude: number; longitude: number } | null> {
  const [row] = await queryRows<{ latitude: number | null; longitude: number | null }>(
    db,
    sql`select latitude, longitude from communes where insee_code = ${inseeCode}`,
  );
  if (!row || row.latitude === null || row.longitude === null) return null;
  return { latitude: Number(row.latitude), longitude: Number(row.longitude) };
}

const STOP_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'en', 'et', 'a', 'au', 'aux', 'un', 'une', 'ou', 'pour', 'par', 'sur', 'dans']);

/** The words of a query worth searching: unaccented, lower case, no stop words, at most 8. */
export function catalogueTokens(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set(normaliseForSearch(q).split(' ').filter((t) => t.length > 1 && !STOP_WORDS.has(t)))].slice(0, 8);
}

/** Words joined by AND; the last one also matches as a prefix (a word being typed). Tokens are [a-z0-9] only. */
function tsQueryText(tokens: string[], prefixLast: boolean): string {
  return tokens.map((t, i) => (prefixLast && i === tokens.length - 1 && t.length >= 3 ? `${t}:*` : t)).join(' & ');
}

const EARTH_KM = 6371.0088;
const KM_PER_DEGREE = 111.195;

const list = (values: readonly (string | number)[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

interface Built {
  /** Conditions every facet shares: words, place, dates. */
  base: SQL[];
  /** One condition per facet filter the query sets. */
  facet: Partial<Record<SessionFacetName, SQL>>;
  rank: SQL | null;
  distance: SQL | null;
}

function build(p: SessionSearchParams, tsquery: string | null): Built {
  const base: SQL[] = [];
  let rank: SQL | null = null;
  if (tsquery) {
    const query = sql`to_tsquery('fr_unaccent', ${tsquery})`;
    base.push(sql`ss.document @@ ${query}`);
    rank = sql`ts_rank(ss.document, ${query})`;
  }
  let distance: SQL | null = null;
  if (p.origin) {
    const { latitude: lat, longitude: lon } = p.origin;
    distance = sql`(2 * ${EARTH_KM}::float8 * asin(least(1, sqrt(
      power(sin(radians(ss.latitude - ${lat}::float8) / 2), 2)
      + cos(radians(${lat}::float8)) * cos(radians(ss.latitude)) * power(sin(radians(ss.longitude - ${lon}::float8) / 2), 2)))))`;
    if (p.radiusKm !== undefined) {
      // A box around the circle first (GiST index on the point), then the exact great-circle distance.
      const dLat = p.radiusKm / KM_PER_DEGREE;
      const dLon = p.radiusKm / (KM_PER_DEGREE * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
      base.push(sql`point(ss.longitude, ss.latitude) <@ box(point(${lon - dLon}::float8, ${lat - dLat}::float8), point(${lon + dLon}::float8, ${lat + dLat}::float8))`);
      base.push(sql`${distance} <= ${p.radiusKm}::float8`);
    }
  }
  if (p.startAfter) base.push(sql`ss.start_date >= ${p.startAfter}::date`);
  const facet: Built['facet'] = {};
  if (p.level?.length) facet.level = sql`ss.level = any(array[${list(p.level)}]::smallint[])`;
  if (p.modality?.length) facet.modality = sql`ss.modality = any(array[${list(p.modality)}]::text[])`;
  if (p.funding?.length) facet.funding = sql`ss.fundings && array[${list(p.funding)}]::text[]`;
  if (p.departement?.length) facet.departement = sql`ss.departement = any(array[${list(p.departement)}]::text[])`;
  if (p.certificationType?.length) facet.certificationType = sql`ss.certification_type = any(array[${list(p.certificationType)}]::text[])`;
  if (p.sector) facet.sector = sql`ss.in_sector = ${p.sector === 'in'}`;
  return { base, facet, rank, distance };
}

const and = (conditions: SQL[]) => (conditions.length ? sql.join(conditions, sql` and `) : sql`true`);

const FACETS: { name: SessionFacetName; value: SQL; from?: SQL; order: SQL }[] = [
  { name: 'level', value: sql`ss.level::text`, order: sql`value` },
  { name: 'modality', value: sql`ss.modality`, order: sql`count desc, value` },
  { name: 'funding', value: sql`f.funding`, from: sql`cross join lateral unnest(ss.fundings) as f(funding)`, order: sql`count desc, value` },
  { name: 'departement', value: sql`ss.departement`, order: sql`count desc, value` },
  { name: 'certificationType', value: sql`ss.certification_type`, order: sql`count desc, value` },
  { name: 'sector', value: sql`case when ss.in_sector then 'in' else 'out' end`, order: sql`value` },
];

async function facetCounts(db: Db, built: Built): Promise<SessionFacetCounts> {
  // The rows matching the words, place and dates are read once; each facet then counts them with the other filters.
  const parts = FACETS.map(({ name, value, from, order }) => {
    const others = Object.entries(built.facet).filter(([k]) => k !== name).map(([, c]) => c!);
    return sql`(select ${name}::text as facet, value, count from (
      select ${value} as value, count(*)::int as count
      from base ss ${from ?? sql``}
      where ${and(others)}
      group by 1) g where value is not null order by ${order})`;
  });
  const rows = await queryRows<{ facet: SessionFacetName; value: string; count: number }>(db, sql`
    with base as materialized (
      select ss.level, ss.modality, ss.fundings, ss.departement, ss.certification_type, ss.in_sector
      from session_search ss where ${and(built.base)})
    ${sql.join(parts, sql` union all `)}`);
  const out: SessionFacetCounts = { level: [], modality: [], funding: [], departement: [], certificationType: [], sector: [] };
  for (const r of rows) out[r.facet].push({ value: r.value, count: Number(r.count) });
  return out;
}

async function page(db: Db, p: SessionSearchParams, built: Built): Promise<{ ids: { id: number; distance: number | null }[]; total: number }> {
  const where = and([...built.base, ...Object.values(built.facet)]);
  const order =
    p.sort === 'distance' && built.distance
      ? sql`distance asc nulls last, ss.start_date asc nulls last, ss.session_id`
      : p.sort === 'start'
        ? sql`ss.start_date asc nulls last, ss.session_id`
        : built.rank
          ? sql`rank desc, ss.start_date asc nulls last, ss.session_id`
          : sql`ss.in_sector desc, ss.start_date asc nulls last, ss.session_id`;
  const rows = await queryRows<{ id: number; distance: number | null; total: number }>(db, sql`
    select ss.session_id as id,
           ${built.distance ?? sql`null::float8`} as distance,
           ${built.rank ?? sql`0::float4`} as rank,
           count(*) over ()::int as total
    from session_search ss
    where ${where}
    order by ${order}
    limit ${p.pageSize} offset ${(p.page - 1) * p.pageSize}`);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && p.page > 1) {
    const [counted] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from session_search ss where ${where}`);
    total = counted?.n ?? 0;
  }
  return { ids: rows.map((r) => ({ id: Number(r.id), distance: r.distance === null ? null : Number(r.distance) })), total: Number(total) };
}

interface HydratedRow {
  id: number; start_date: string | null; end_date: string | null; modality: Modality; duration_hours: number | null;
  price_eur: string | null; fundings: Funding[]; capacity: number | null; seats_left: number | null; is_demo: boolean;
  training_id: number; training_title: string;
  cert_code: string | null; cert_title: string | null; cert_level: number | null; cert_type: string | null;
  org_id: number; org_slug: string; org_name: string; org_type: OrganisationType;
  commune_code: string | null; commune_name: string | null; commune_departement: string | null;
}

const isoDate = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);

/** The display fields of sessions, in the order of `ids`. */
async function hydrate(db: Db, ids: { id: number; distance: number | null }[]): Promise<SessionHit[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<HydratedRow>(db, sql`
    select s.id, s.start_date::text as start_date, s.end_date::text as end_date, s.modality, s.duration_hours,
           s.price_eur::text as price_eur, s.fundings, s.capacity, s.seats_left, s.is_demo,
           t.id as training_id, t.title as training_title,
           c.code as cert_code, c.title as cert_title, c.level as cert_level, c.type as cert_type,
           o.id as org_id, o.slug as org_slug, o.name as org_name, o.type as org_type,
           cm.insee_code as commune_code, cm.name as commune_name, cm.departement as commune_departement
    from training_sessions s
    join trainings t on t.id = s.training_id
    join organisations o on o.id = t.organisation_id
    left join certifications c on c.code = t.certification_code
    left join organisation_sites site on site.id = s.site_id
    left join communes cm on cm.insee_code = site.commune_code
    where s.id in (${list(ids.map((i) => i.id))})`);
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return ids.flatMap(({ id, distance }) => {
    const r = byId.get(id);
    return r ? [toHit(r, distance)] : [];
  });
}

function toHit(r: HydratedRow, distance: number | null): SessionHit {
  return {
    id: Number(r.id),
    startDate: isoDate(r.start_date),
    endDate: isoDate(r.end_date),
    modality: r.modality,
    durationHours: r.duration_hours,
    priceEur: r.price_eur === null ? null : Number(r.price_eur),
    fundings: r.fundings ?? [],
    capacity: r.capacity,
    seatsLeft: r.seats_left,
    isDemo: r.is_demo,
    training: { id: Number(r.training_id), title: r.training_title },
    certification: r.cert_code
      ? { code: r.cert_code, title: r.cert_title ?? r.cert_code, level: r.cert_level === null ? null : Number(r.cert_level), type: r.cert_type }
      : null,
    organisation: { id: Number(r.org_id), slug: r.org_slug, name: r.org_name, type: r.org_type },
    commune: r.commune_code ? { code: r.commune_code, name: r.commune_name ?? '', departement: r.commune_departement ?? '' } : null,
    distanceKm: distance === null ? null : Math.round(distance * 10) / 10,
  };
}

/**
 * Each query word corrected to the closest word of the catalogue's titles (trigram similarity ≥ 0.3), or kept when
 * it is one of them. Null when nothing changes or nothing is close.
 */
async function correctTokens(db: Db, tokens: string[]): Promise<string[] | null> {
  const rows = await queryRows<{ token: string; word: string | null }>(db, sql`
    select t.token, w.word
    from unnest(array[${list(tokens)}]::text[]) with ordinality as t(token, n)
    left join lateral (
      select word from session_search_words
      where word = t.token or (word % t.token and similarity(word, t.token) >= 0.3)
      order by word = t.token desc, similarity(word, t.token) desc, trainings desc, word
      limit 1) w on true
    order by t.n`);
  if (rows.some((r) => r.word === null)) return null;
  const corrected = rows.map((r) => r.word!);
  return corrected.join(' ') === tokens.join(' ') ? null : corrected;
}

/** The query as searched: the words typed, or their typo corrections when the words as typed find nothing. */
interface Resolved { built: Built; found: { ids: { id: number; distance: number | null }[]; total: number }; correctedQuery: string | null }

async function resolve(db: Db, p: SessionSearchParams): Promise<Resolved> {
  const tokens = catalogueTokens(p.q);
  const built = build(p, tokens.length ? tsQueryText(tokens, true) : null);
  const found = await page(db, p, built);
  if (found.total === 0 && tokens.length) {
    const corrected = await correctTokens(db, tokens);
    if (corrected) {
      const again = build(p, tsQueryText(corrected, false));
      return { built: again, found: await page(db, p, again), correctedQuery: corrected.join(' ') };
    }
  }
  return { built, found, correctedQuery: null };
}

/** One page of sessions and the total, without facets (what benchmark P1 measures). */
export async function searchSessionPage(db: Db, p: SessionSearchParams): Promise<Omit<SessionSearchResult, 'facets'>> {
  const { found, correctedQuery } = await resolve(db, p);
  return { items: await hydrate(db, found.ids), total: found.total, correctedQuery };
}

/** The facet counts of a search alone (what benchmark P2 measures). */
export async function searchSessionFacets(db: Db, p: SessionSearchParams): Promise<SessionFacetCounts> {
  const tokens = catalogueTokens(p.q);
  return facetCounts(db, build(p, tokens.length ? tsQueryText(tokens, true) : null));
}

/**
 * Searches sessions: French full text (stemmed, accent-insensitive, the last word as a prefix; when nothing matches,
 * the words corrected for typos), filters, facet counts (each facet counted with the other filters applied), distance
 * from a place (box prefilter then great-circle distance), sorts and pages.
 */
export async function searchSessions(db: Db, p: SessionSearchParams): Promise<SessionSearchResult> {
  const { built, found, correctedQuery } = await resolve(db, p);
  const [items, facets] = await Promise.all([hydrate(db, found.ids), facetCounts(db, built)]);
  return { items, total: found.total, facets, correctedQuery };
}
