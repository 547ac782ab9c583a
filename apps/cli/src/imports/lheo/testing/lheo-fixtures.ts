import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { queryRows, tables, type Db } from '@passerelles/db';

/** The real LHÉO 2.2 offer (Onisep, BTS NRC at the Lycée Kerneuzec), an unmodified copy of the reference file. */
export const ONISEP_SAMPLE = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'exemple-bts-onisep.xml');
export const KERNEUZEC_SIRET = '19290076900014';

/** The sample's organisation as a member, and its commune (Quimperlé, 29233 / 29300) in the commune list. */
export async function insertKerneuzec(db: Db): Promise<void> {
  await db.insert(tables.communes).values({ inseeCode: '29233', name: 'Quimperlé', departement: '29', region: '53', postalCodes: ['29300'], latitude: 47.87, longitude: -3.55 })
    .onConflictDoNothing();
  await db.insert(tables.organisations).values({ slug: 'lycee-kerneuzec', name: 'Lycée Kerneuzec', type: 'school', siret: KERNEUZEC_SIRET, uai: '0290076A', isMember: true });
}

/** Everything an LHÉO import may write, to prove a refused run left the database exactly as it was. */
export async function lheoState(db: Db) {
  return {
    trainings: await queryRows(db, sql`select * from trainings order by id`),
    sessions: await queryRows(db, sql`select * from training_sessions order by id`),
    sites: await queryRows(db, sql`select * from organisation_sites order by id`),
  };
}
