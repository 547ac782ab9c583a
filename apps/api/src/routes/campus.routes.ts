import { getCampusProfile, getNetworkFigures, type Database } from '@passerelles/db';
import type { getCampus } from '@passerelles/contracts';
import type { Handler } from '../http/register-routes';
import { notFound } from '../http/http-error';

export function campusHandlers(database: Database): { getCampus: Handler<typeof getCampus> } {
  return {
    async getCampus() {
      const [profile, figures] = await Promise.all([getCampusProfile(database.db), getNetworkFigures(database.db)]);
      if (!profile) throw notFound('Aucun campus n’est encore configuré : lancez « npm run cli -- seed ».');
      return { profile, figures };
    },
  };
}
