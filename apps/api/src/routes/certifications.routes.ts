import { getCertificationDetail, searchCertifications, type Database } from '@passerelles/db';
import type { getCertification, listCertifications } from '@passerelles/contracts';
import type { Handler } from '../http/register-routes';
import { notFound } from '../http/http-error';

export function certificationHandlers(
  database: Database,
): { listCertifications: Handler<typeof listCertifications>; getCertification: Handler<typeof getCertification> } {
  return {
    listCertifications: ({ query }) => searchCertifications(database.db, query),
    async getCertification({ params }) {
      const certification = await getCertificationDetail(database.db, params.code);
      if (!certification) throw notFound(`Aucune certification ne porte le code ${params.code}.`);
      return certification;
    },
  };
}
