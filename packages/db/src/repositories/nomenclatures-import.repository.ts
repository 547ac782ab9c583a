import type { Db } from '../client';
import { nafCodes, nafSections, nsfSpecialites } from '../schema/index';
import { bulkUpsert, type WriteCounts } from './bulk-write';

export type NafSectionRecord = typeof nafSections.$inferSelect;
export type NafCodeRecord = typeof nafCodes.$inferSelect;
export type NsfSpecialiteRecord = typeof nsfSpecialites.$inferSelect;

export const upsertNafSections = (db: Db, rows: NafSectionRecord[]): Promise<WriteCounts> => bulkUpsert(db, nafSections, rows);
export const upsertNafCodes = (db: Db, rows: NafCodeRecord[]): Promise<WriteCounts> => bulkUpsert(db, nafCodes, rows);
export const upsertNsfSpecialites = (db: Db, rows: NsfSpecialiteRecord[]): Promise<WriteCounts> =>
  bulkUpsert(db, nsfSpecialites, rows);
