import { getChain as readChain, getMemberDetail, listMembers as readMembers, type Database } from '@passerelles/db';
import type { getChain, getMember, listMembers } from '@passerelles/contracts';
import type { Handler } from '../http/register-routes';
import { notFound } from '../http/http-error';

export function memberHandlers(
  database: Database,
): { listMembers: Handler<typeof listMembers>; getMember: Handler<typeof getMember>; getChain: Handler<typeof getChain> } {
  return {
    async listMembers({ query }) {
      return readMembers(database.db, { type: query.type, departement: query.departement, q: query.q });
    },
    async getMember({ params }) {
      const member = await getMemberDetail(database.db, params.slug);
      if (!member) throw notFound(`Aucun membre du réseau n’a l’identifiant ${params.slug}.`);
      return member;
    },
    async getChain() {
      return readChain(database.db);
    },
  };
}
