import type { Db } from '../client';
import { establishmentOutcomes, outcomes } from '../schema/index';
import { bulkUpsert, type WriteCounts } from './bulk-write';

export type OutcomeRecord = typeof outcomes.$inferSelect;
export type EstablishmentOutcomeRecord = typeof establishmentOutcomes.$inferSelect;

export const upsertOutcomes = (db: Db, rows: OutcomeRecord[]): Promise<WriteCounts> => bulkUpsert(db, outcomes, rows);
export const upsertEstablishmentOutcomes = (db: Db, rows: EstablishmentOutcomeRecord[]): Promise<WriteCounts> =>
  bulkUpsert(db, establishmentOutcomes, rows);
