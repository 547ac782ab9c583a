import { sql } from 'drizzle-orm';
import { normaliseForSearch } from '@passerelles/domain';
import type { Db } from '../client';
import { queryRows } from '../query';

export interface CommuneSummary {
  code: string;
  name: string;
  departement: string;
  postalCodes: string[];
  population: number | null;
  /** False when the file gives no coordinates: no distance can be measured from it. */
  located: boolean;
}

/** How a commune matched the words: the page picks an `exact` match without asking when it is the only one. */
export type CommuneNameMatch = 'exact' | 'prefix' | 'contains' | 'postal';

interface Row { code: string; name: string; departement: string; postal_codes: string[]; population: number | null; located: boolean; rank: number }

const toSummary = (r: Row): CommuneSummary => ({
  code: r.code,
  name: r.name,
  departement: r.departement,
  postalCodes: r.postal_codes,
  population: r.population === null ? null : Number(r.population),
  located: r.located,
});

const RANK_TO_MATCH: Record<number, CommuneNameMatch> = { 0: 'exact', 1: 'prefix', 2: 'prefix', 3: 'contains', 4: 'postal' };

/**
 * Communes whose name or postal code matches what a person typed: a postal code (2 to 5 digits, its start) or words
 * of the name, compared without accents, case or hyphens. Best first: the exact name, names that start with the
 * words, names with a word that starts with them, names that contain them; then the most populated. `departement`
 * narrows to one département (« Saint-Aubin (27) »).
 */
export async function searchCommunes(
  db: Db,
  { q, departement, limit }: { q: string; departement?: string; limit: number },
): Promise<(CommuneSummary & { match: CommuneNameMatch })[]> {
  const digits = q.replace(/\s+/g, '');
  const inDepartement = departement ? sql`and departement = ${departement}` : sql``;
  let rows: Row[];
  if (/^\d{2,5}$/.test(digits)) {
    const byCode = digits.length === 5 ? sql`postal_codes @> array[${digits}]::text[]` : sql`exists (select 1 from unnest(postal_codes) p where p like ${`${digits}%`})`;
    rows = await queryRows<Row>(
      db,
      sql`select insee_code as code, name, departement, postal_codes, population, latitude is not null as located, 4 as rank
          from communes where ${byCode} ${inDepartement}
          order by population desc nulls last, name, insee_code limit ${limit}`,
    );
  } else {
    const words = normaliseForSearch(q);
    if (!words) return [];
    const escaped = words.replace(/[\\%_]/g, (c) => `\\${c}`);
    rows = await queryRows<Row>(
      db,
      sql`select insee_code as code, name, departement, postal_codes, population, latitude is not null as located,
                 case when commune_search_name(name) = ${words} then 0
                      when commune_search_name(name) like ${`${escaped}%`} then 1
                      when commune_search_name(name) like ${`% ${escaped}%`} then 2
                      else 3 end as rank
          from communes
          where commune_search_name(name) like ${`%${escaped}%`} ${inDepartement}
          order by rank, population desc nulls last, name, insee_code
          limit ${limit}`,
    );
  }
  return rows.map((r) => ({ ...toSummary(r), match: RANK_TO_MATCH[Number(r.rank)]! }));
}

export async function getCommune(db: Db, code: string): Promise<CommuneSummary | null> {
  const [row] = await queryRows<Row>(
    db,
    sql`select insee_code as code, name, departement, postal_codes, population, latitude is not null as located, 0 as rank
        from communes where insee_code = ${code}`,
  );
  return row ? toSummary(row) : null;
}
