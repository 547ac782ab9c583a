import type { Db } from '../client';
import { communes } from '../schema/index';
import { bulkUpsert, type WriteCounts } from './bulk-write';

export type CommuneRecord = typeof communes.$inferSelect;

/** Communes are never deleted by an import: organisation sites point at them. */
export function upsertCommunes(db: Db, rows: CommuneRecord[]): Promise<WriteCounts> {
  return bulkUpsert(db, communes, rows);
}
