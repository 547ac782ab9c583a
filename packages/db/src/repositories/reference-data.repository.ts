import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { queryRows } from '../query';
import * as schema from '../schema/index';

/** Every table the reference imports write (import_runs aside: it records runs, failed ones included). */
export const referenceTableNames = [
  schema.communes, schema.romeGrandsDomaines, schema.romeDomainesProfessionnels, schema.metiers, schema.appellations,
  schema.skills, schema.metierSkills, schema.workContexts, schema.metierWorkContexts, schema.activitySectors,
  schema.metierActivitySectors, schema.interestCentres, schema.metierInterestCentres, schema.romeNafSectors,
  schema.metierNafSectors, schema.nafSections, schema.nafCodes, schema.nsfSpecialites,
].map((t) => getTableConfig(t).name);

export interface TableFingerprint {
  rows: number;
  /** md5 of every row's text, in a stable order: equal fingerprints mean equal contents. */
  hash: string;
}

/** Row counts and content hashes of the reference tables: how tests and benchmarks prove « nothing changed ». */
export async function referenceFingerprint(db: Db): Promise<Record<string, TableFingerprint>> {
  const result: Record<string, TableFingerprint> = {};
  for (const name of referenceTableNames) {
    const [row] = await queryRows<{ rows: number; hash: string | null }>(
      db,
      sql`select count(*)::int as rows, md5(string_agg(t::text, chr(10) order by t::text)) as hash from ${sql.raw(`"${name}"`)} t`,
    );
    result[name] = { rows: Number(row?.rows ?? 0), hash: row?.hash ?? '' };
  }
  return result;
}

/** Row counts of the reference tables. */
export async function referenceCounts(db: Db): Promise<Record<string, number>> {
  const fingerprint = await referenceFingerprint(db);
  return Object.fromEntries(Object.entries(fingerprint).map(([name, f]) => [name, f.rows]));
}
