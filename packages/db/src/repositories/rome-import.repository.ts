import type { Db } from '../client';
import {
  activitySectors, appellations, interestCentres, metierActivitySectors, metierInterestCentres, metierNafSectors,
  metiers, metierSkills, metierWorkContexts, romeDomainesProfessionnels, romeGrandsDomaines, romeNafSectors, skills,
  workContexts,
} from '../schema/index';
import { bulkUpsert, deleteRowsNotIn, type WriteCounts } from './bulk-write';

export { BULK_BATCH_SIZE, type WriteCounts } from './bulk-write';

/** Records as the ROME importer writes them: every column given, so a re-import can tell « changed » from « same ». */
export type GrandDomaineRecord = typeof romeGrandsDomaines.$inferSelect;
export type DomaineProfessionnelRecord = typeof romeDomainesProfessionnels.$inferSelect;
export type MetierRecord = typeof metiers.$inferSelect;
export type AppellationRecord = typeof appellations.$inferSelect;
export type SkillRecord = typeof skills.$inferSelect;
export type WorkContextRecord = typeof workContexts.$inferSelect;
export type ActivitySectorRecord = typeof activitySectors.$inferSelect;
export type InterestCentreRecord = typeof interestCentres.$inferSelect;
export type RomeNafSectorRecord = typeof romeNafSectors.$inferSelect;
export type MetierSkillRecord = typeof metierSkills.$inferSelect;
export type MetierWorkContextRecord = typeof metierWorkContexts.$inferSelect;
export type MetierActivitySectorRecord = typeof metierActivitySectors.$inferSelect;
export type MetierInterestCentreRecord = typeof metierInterestCentres.$inferSelect;
export type MetierNafSectorRecord = typeof metierNafSectors.$inferSelect;

/** One writer per ROME table, in the order foreign keys need them. */
export const romeWriters = {
  grandsDomaines: (db: Db, rows: GrandDomaineRecord[]) => bulkUpsert(db, romeGrandsDomaines, rows),
  domainesProfessionnels: (db: Db, rows: DomaineProfessionnelRecord[]) => bulkUpsert(db, romeDomainesProfessionnels, rows),
  metiers: (db: Db, rows: MetierRecord[]) => bulkUpsert(db, metiers, rows),
  appellations: (db: Db, rows: AppellationRecord[]) => bulkUpsert(db, appellations, rows),
  skills: (db: Db, rows: SkillRecord[]) => bulkUpsert(db, skills, rows),
  workContexts: (db: Db, rows: WorkContextRecord[]) => bulkUpsert(db, workContexts, rows),
  activitySectors: (db: Db, rows: ActivitySectorRecord[]) => bulkUpsert(db, activitySectors, rows),
  interestCentres: (db: Db, rows: InterestCentreRecord[]) => bulkUpsert(db, interestCentres, rows),
  nafSectors: (db: Db, rows: RomeNafSectorRecord[]) => bulkUpsert(db, romeNafSectors, rows),
  metierSkills: (db: Db, rows: MetierSkillRecord[]) => bulkUpsert(db, metierSkills, rows),
  metierWorkContexts: (db: Db, rows: MetierWorkContextRecord[]) => bulkUpsert(db, metierWorkContexts, rows),
  metierActivitySectors: (db: Db, rows: MetierActivitySectorRecord[]) => bulkUpsert(db, metierActivitySectors, rows),
  metierInterestCentres: (db: Db, rows: MetierInterestCentreRecord[]) => bulkUpsert(db, metierInterestCentres, rows),
  metierNafSectors: (db: Db, rows: MetierNafSectorRecord[]) => bulkUpsert(db, metierNafSectors, rows),
} satisfies Record<string, (db: Db, rows: never[]) => Promise<WriteCounts>>;

export type RomeTable = keyof typeof romeWriters;

/** Keys (rome code, item code) of the links a complete ROME file set holds, per link table. */
export interface RomeLinkKeys {
  metierSkills: [string[], string[]];
  metierWorkContexts: [string[], string[]];
  metierActivitySectors: [string[], string[]];
  metierInterestCentres: [string[], string[]];
  metierNafSectors: [string[], string[]];
}

/**
 * Removes the links a new ROME version dropped. Fiches, appellations and skills that disappear are kept:
 * campus data (certification ↔ métier links, profiles) may point at them, and ROME retires codes rarely.
 */
export async function pruneRomeLinks(db: Db, keys: RomeLinkKeys): Promise<Record<keyof RomeLinkKeys, number>> {
  return {
    metierSkills: await deleteRowsNotIn(db, metierSkills, keys.metierSkills),
    metierWorkContexts: await deleteRowsNotIn(db, metierWorkContexts, keys.metierWorkContexts),
    metierActivitySectors: await deleteRowsNotIn(db, metierActivitySectors, keys.metierActivitySectors),
    metierInterestCentres: await deleteRowsNotIn(db, metierInterestCentres, keys.metierInterestCentres),
    metierNafSectors: await deleteRowsNotIn(db, metierNafSectors, keys.metierNafSectors),
  };
}
