import { sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { queryRows } from '../query';
import { formacodes, mefCodes, onisepFormations, onisepMetierMetiers, onisepMetiers } from '../schema/index';
import { establishmentOutcomes, outcomes } from '../schema/index';
import { bulkUpsert, deleteRowsNotIn, type WriteCounts } from './bulk-write';

export type FormacodeRecord = typeof formacodes.$inferSelect;
export type MefCodeRecord = typeof mefCodes.$inferSelect;
export type OnisepFormationRecord = typeof onisepFormations.$inferSelect;
export type OnisepMetierRecord = typeof onisepMetiers.$inferSelect;
export type OnisepMetierMetierRecord = typeof onisepMetierMetiers.$inferSelect;

export const upsertFormacodes = (db: Db, rows: FormacodeRecord[]): Promise<WriteCounts> => bulkUpsert(db, formacodes, rows);
export const upsertMefCodes = (db: Db, rows: MefCodeRecord[]): Promise<WriteCounts> => bulkUpsert(db, mefCodes, rows);
export const upsertOnisepFormations = (db: Db, rows: OnisepFormationRecord[]): Promise<WriteCounts> => bulkUpsert(db, onisepFormations, rows);
export const upsertOnisepMetiers = (db: Db, rows: OnisepMetierRecord[]): Promise<WriteCounts> => bulkUpsert(db, onisepMetiers, rows);
export const upsertOnisepMetierMetiers = (db: Db, rows: OnisepMetierMetierRecord[]): Promise<WriteCounts> =>
  bulkUpsert(db, onisepMetierMetiers, rows);

/** Removes the métier links a re-imported file no longer gives (the table mirrors the file). */
export const pruneOnisepMetierMetiers = (db: Db, keep: OnisepMetierMetierRecord[]): Promise<number> =>
  deleteRowsNotIn(db, onisepMetierMetiers, [keep.map((k) => k.onisepId), keep.map((k) => k.romeCode)]);

/** The certification codes in the database: what an Onisep training's RNCP code may link to. */
export async function loadCertificationCodes(db: Db): Promise<Set<string>> {
  const rows = await queryRows<{ code: string }>(db, sql`select "code" from "certifications"`);
  return new Set(rows.map((r) => r.code));
}

/** MEFSTAT11 → the CFD codes the MEF table gives it (one, except for a few codes reused across diplomas). */
export async function loadMefstatToCfd(db: Db): Promise<Map<string, string[]>> {
  const rows = await queryRows<{ mefstat11: string; cfd: string }>(db, sql`select distinct "mefstat11", "cfd" from "mef_codes" order by 1, 2`);
  const map = new Map<string, string[]>();
  for (const { mefstat11, cfd } of rows) map.set(mefstat11, [...(map.get(mefstat11) ?? []), cfd]);
  return map;
}

const trainingTables = [formacodes, mefCodes, onisepFormations, onisepMetiers, onisepMetierMetiers, outcomes, establishmentOutcomes].map(
  (t) => getTableConfig(t).name,
);

/** Row counts and content hashes of the training referential and outcome tables: how tests prove « nothing changed ». */
export async function trainingReferenceFingerprint(db: Db): Promise<Record<string, { rows: number; hash: string }>> {
  const result: Record<string, { rows: number; hash: string }> = {};
  for (const name of trainingTables) {
    const [row] = await queryRows<{ rows: number; hash: string | null }>(
      db,
      sql`select count(*)::int as rows, md5(string_agg(t::text, chr(10) order by t::text)) as hash from ${sql.raw(`"${name}"`)} t`,
    );
    result[name] = { rows: Number(row?.rows ?? 0), hash: row?.hash ?? '' };
  }
  return result;
}
