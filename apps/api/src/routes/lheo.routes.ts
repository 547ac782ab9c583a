import { readLheoOffer, type Database } from '@passerelles/db';
import { writeLheoDocument } from '@passerelles/domain';
import type { exportLheo } from '@passerelles/contracts';
import type { Handler } from '../http/register-routes';
import { notFound } from '../http/http-error';

/**
 * The LHÉO export: published trainings only (drafts and archived ones never leave the platform). Demo data is
 * included, as the rest of the demo campus is, and flagged in `<extras info="passerelles">` (donnee-demonstration)
 * on the formation, the action and the organisation, with a count in the document's extras.
 */
export function lheoHandlers(database: Database): { exportLheo: Handler<typeof exportLheo> } {
  return {
    async exportLheo({ query }) {
      const { organisationFound, formations } = await readLheoOffer(database.db, { organisationSlug: query.organisation });
      if (!organisationFound) throw notFound(`Aucune organisation n’a l’identifiant « ${query.organisation} ».`);
      if (!formations.some((f) => f.sessions.length > 0)) {
        throw notFound('Aucune formation publiée avec une session : une offre LHÉO ne peut pas être vide.');
      }
      return writeLheoDocument(formations, { generatedAt: new Date().toISOString() });
    },
  };
}
