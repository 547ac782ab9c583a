import { sql } from 'drizzle-orm';
import { TRAINING_PROVIDER_TYPES, type NetworkFigures } from '@passerelles/domain';
import type { Db } from '../client';
import { queryRows } from '../query';

/** The network's headline figures, in one round trip. */
export async function getNetworkFigures(db: Db): Promise<NetworkFigures> {
  const providerTypes = sql.join(TRAINING_PROVIDER_TYPES.map((t) => sql`${t}`), sql`, `);
  const [row] = await queryRows<Record<keyof NetworkFigures, number>>(db, sql`
    select
      (select count(*)::int from organisations where is_member) as "members",
      (select count(*)::int from organisations where is_member and type in (${providerTypes})) as "trainingProviders",
      (select count(*)::int from organisations where is_member and type = 'company') as "companies",
      (select count(*)::int from trainings) as "trainings",
      (select count(*)::int from training_sessions) as "sessions",
      (select count(*)::int from certifications) as "certifications",
      (select count(*)::int from metiers) as "metiers"
  `);
  if (!row) throw new Error('figures query returned no row');
  return {
    members: Number(row.members),
    trainingProviders: Number(row.trainingProviders),
    companies: Number(row.companies),
    trainings: Number(row.trainings),
    sessions: Number(row.sessions),
    certifications: Number(row.certifications),
    metiers: Number(row.metiers),
  };
}
