import { getCommune as getCommuneRow, searchCommunes, type Database } from '@passerelles/db';
import type { getCommune, listCommunes } from '@passerelles/contracts';
import type { Handler } from '../http/register-routes';
import { notFound } from '../http/http-error';

export function communeHandlers(database: Database): { listCommunes: Handler<typeof listCommunes>; getCommune: Handler<typeof getCommune> } {
  return {
    async listCommunes({ query }) {
      return { items: await searchCommunes(database.db, query) };
    },
    async getCommune({ params }) {
      const commune = await getCommuneRow(database.db, params.code);
      if (!commune) throw notFound(`Aucune commune ne porte le code INSEE ${params.code}.`);
      return commune;
    },
  };
}
