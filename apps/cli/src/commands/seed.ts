import { seedDemoCampus, type Database } from '@passerelles/db';

export async function seedCommand(database: Database): Promise<number> {
  const summary = await seedDemoCampus(database.db);
  console.log(`Campus de démonstration chargé : ${summary.organisations} organisations, ${summary.sites} sites.`);
  return 0;
}
