import { getCampusProfile, getMetierDetail, searchMetiers, type Database } from '@passerelles/db';
import type { getMetier, listMetiers } from '@passerelles/contracts';
import type { Handler } from '../http/register-routes';
import { notFound } from '../http/http-error';

export function metierHandlers(database: Database): { listMetiers: Handler<typeof listMetiers>; getMetier: Handler<typeof getMetier> } {
  const sectorOf = async () => {
    const profile = await getCampusProfile(database.db);
    return { romeCodes: profile?.romeCodes ?? [], sensitive: profile?.sensitiveRomeCodes ?? [] };
  };
  return {
    async listMetiers({ query }) {
      const sector = await sectorOf();
      const { items, total } = await searchMetiers(database.db, query.q, query.limit, sector.romeCodes);
      return { items: items.map((m) => ({ ...m, inSector: sector.romeCodes.includes(m.code) })), total };
    },
    async getMetier({ params }) {
      const [metier, sector] = await Promise.all([getMetierDetail(database.db, params.code), sectorOf()]);
      if (!metier) throw notFound(`Aucune fiche métier ROME ne porte le code ${params.code}.`);
      return { ...metier, inSector: sector.romeCodes.includes(metier.code), isSensitive: sector.sensitive.includes(metier.code) };
    },
  };
}
