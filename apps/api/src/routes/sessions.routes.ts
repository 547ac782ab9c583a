import { catalogueVersion, findCommunePosition, getTrainingDetail, searchSessions as searchSessionRows, type Database } from '@passerelles/db';
import type { getTraining, searchSessions } from '@passerelles/contracts';
import { AnswerCache } from '../http/answer-cache';
import type { Handler } from '../http/register-routes';
import { HttpError, notFound } from '../http/http-error';

const unprocessable = (message: string, details?: unknown) => new HttpError(422, 'UNPROCESSABLE', message, details);

type SearchAnswer = Awaited<ReturnType<Handler<typeof searchSessions>>>;

/**
 * `searchCacheEntries`: how many distinct searches to keep answers for (0: none). Answers are valid for one version
 * of the catalogue (bumped by every refresh of the search views, whichever process makes it), read at each request.
 */
export function sessionHandlers(
  database: Database,
  { searchCacheEntries = 1000 }: { searchCacheEntries?: number } = {},
): { searchSessions: Handler<typeof searchSessions>; getTraining: Handler<typeof getTraining> } {
  const cache = new AnswerCache<SearchAnswer>(searchCacheEntries);
  return {
    async searchSessions({ query }) {
      if (searchCacheEntries <= 0) return search(query);
      return cache.get(await catalogueVersion(database.db), query, () => search(query));
    },
    async getTraining({ params }) {
      const training = await getTrainingDetail(database.db, params.id);
      if (!training) throw notFound(`Aucune formation ne porte l’identifiant ${params.id}.`);
      return training;
    },
  };

  async function search(query: Parameters<Handler<typeof searchSessions>>[0]['query']): Promise<SearchAnswer> {
    let origin: { latitude: number; longitude: number } | undefined;
    if (query.commune) {
      origin = (await findCommunePosition(database.db, query.commune)) ?? undefined;
      if (!origin) throw unprocessable(`Aucune commune localisée ne porte le code INSEE ${query.commune}.`, { field: 'commune' });
    } else if (query.radiusKm !== undefined || query.sort === 'distance') {
      throw unprocessable('Un rayon ou un tri par distance demande une commune de départ (paramètre commune).', {
        field: query.radiusKm !== undefined ? 'radiusKm' : 'sort',
      });
    }
    const { items, total, facets } = await searchSessionRows(database.db, {
      q: query.q,
      level: query.level,
      modality: query.modality,
      funding: query.funding,
      departement: query.departement,
      certificationType: query.certificationType,
      sector: query.sector,
      origin,
      radiusKm: query.radiusKm,
      startAfter: query.startAfter,
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
    });
    return { items, total, page: query.page, pageSize: query.pageSize, facets };
  }
}
