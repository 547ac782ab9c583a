import { sql } from 'drizzle-orm';
import { getCampusProfile, getNetworkFigures, queryRows, type Database } from '@passerelles/db';
import type { getCampus, listCampusMetiers } from '@passerelles/contracts';
import type { Handler } from '../http/register-routes';
import { notFound } from '../http/http-error';

const NO_CAMPUS = 'Aucun campus n’est encore configuré : lancez « npm run cli -- seed ».';
const collator = new Intl.Collator('fr', { sensitivity: 'base' });

export function campusHandlers(database: Database): { getCampus: Handler<typeof getCampus>; listCampusMetiers: Handler<typeof listCampusMetiers> } {
  return {
    async listCampusMetiers() {
      const profile = await getCampusProfile(database.db);
      if (!profile) throw notFound(NO_CAMPUS);
      const codes = profile.romeCodes.length ? profile.romeCodes : [''];
      const rows = await queryRows<{ code: string; label: string }>(
        database.db,
        sql`select rome_code as code, label from metiers where rome_code in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`,
      );
      return {
        items: rows
          .map((r) => ({ ...r, isSensitive: profile.sensitiveRomeCodes.includes(r.code) }))
          .sort((a, b) => collator.compare(a.label, b.label) || (a.code < b.code ? -1 : 1)),
      };
    },
    async getCampus() {
      const [profile, figures] = await Promise.all([getCampusProfile(database.db), getNetworkFigures(database.db)]);
      if (!profile) throw notFound(NO_CAMPUS);
      return { profile, figures };
    },
  };
}
