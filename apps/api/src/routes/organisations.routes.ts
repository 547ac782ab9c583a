import { ERROR_CODES, type routes } from '@passerelles/contracts';
import {
  decideNetworkCandidateRow, deleteOrganisationSiteRow, findMemberOrganisation, getCommune, insertNetworkCandidate, insertOrganisationSite,
  listNetworkCandidateRows, organisationExists, recordAudit, slugTaken, updateOrganisationProfileRow, type Database,
} from '@passerelles/db';
import { slugify } from '@passerelles/domain';
import type { AuthConfig } from '../auth/config';
import { HttpError, notFound } from '../http/http-error';
import type { Handler } from '../http/register-routes';
import { membershipDecision } from '../mail/templates';

type R = typeof routes;
export type OrganisationHandlers = {
  [K in 'updateOrganisationProfile' | 'addOrganisationSite' | 'deleteOrganisationSite' | 'applyToNetwork' | 'listNetworkCandidates' | 'decideNetworkCandidate']: Handler<R[K]>;
};

const unknownCommune = (code: string) =>
  new HttpError(422, ERROR_CODES.VALIDATION_FAILED, `Aucune commune ne porte le code INSEE ${code}.`, [{ location: 'body', path: ['communeCode'], message: 'Commune inconnue.' }]);

/** Organisations: their admins' profile and sites, and new organisations applying to join the network. */
export function organisationHandlers(database: Database, config: AuthConfig): OrganisationHandlers {
  const db = database.db;
  async function organisation(slug: string) {
    const org = await findMemberOrganisation(db, slug);
    if (!org) throw notFound(`Aucune organisation membre ne porte l’identifiant « ${slug} ».`);
    return org;
  }
  return {
    async updateOrganisationProfile({ params, body, request }) {
      const org = await organisation(params.slug);
      await updateOrganisationProfileRow(db, org.id, body);
      const principal = (await request.principal())!;
      await recordAudit(db, { actorUserId: principal.userId, action: 'organisation.profile_updated', organisationId: org.id }, config.now());
      return { message: `Le profil de « ${org.name} » est enregistré.` };
    },

    async addOrganisationSite({ params, body }) {
      const org = await organisation(params.slug);
      const id = await insertOrganisationSite(db, org.id, body);
      if (id === null) throw unknownCommune(body.communeCode);
      return { id, message: `Le site « ${body.label} » est ajouté.` };
    },

    async deleteOrganisationSite({ params }) {
      const org = await organisation(params.slug);
      const outcome = await deleteOrganisationSiteRow(db, org.id, params.siteId);
      if (outcome === 'unknown') throw notFound('Ce site n’existe pas dans cette organisation.');
      if (outcome === 'in-use') throw new HttpError(409, ERROR_CODES.CONFLICT, 'Des sessions ont lieu sur ce site : déplacez-les ou supprimez-les d’abord.');
      return { message: 'Le site est supprimé.' };
    },

    async applyToNetwork({ body, request }) {
      const principal = (await request.principal())!;
      const commune = await getCommune(db, body.communeCode);
      if (!commune) throw unknownCommune(body.communeCode);
      if (await organisationExists(db, body.name, body.siret)) {
        throw new HttpError(409, ERROR_CODES.CONFLICT, `« ${body.name} » (ou ce SIRET) est déjà dans le réseau ou a déjà candidaté : demandez plutôt à la rejoindre.`);
      }
      const base = slugify(`${body.name} ${commune.name}`);
      let slug = base;
      for (let n = 2; await slugTaken(db, slug); n++) slug = `${base}-${n}`;
      const now = config.now();
      const id = await insertNetworkCandidate(db, { slug, name: body.name, type: body.type, siret: body.siret, communeCode: commune.code, communeName: commune.name, userId: principal.userId, message: body.message, now });
      await recordAudit(db, { actorUserId: principal.userId, action: 'network.applied', organisationId: id, subjectUserId: principal.userId }, now);
      return { message: `La candidature de « ${body.name} » est envoyée à l’équipe du campus : vous recevrez la réponse par e-mail.`, slug };
    },

    async listNetworkCandidates({ request }) {
      const principal = (await request.principal())!;
      await recordAudit(db, { actorUserId: principal.userId, action: 'personal_data.read', details: { what: 'network candidates' } }, config.now());
      const rows = await listNetworkCandidateRows(db);
      return { items: rows.map(({ id: _id, requestedById: _by, requestedAt, ...r }) => ({ ...r, requestedAt: requestedAt.toISOString() })) };
    },

    async decideNetworkCandidate({ params, body, request }) {
      const principal = (await request.principal())!;
      const [candidate] = await listNetworkCandidateRows(db, params.slug);
      if (!candidate) throw notFound(`Aucune candidature en attente pour « ${params.slug} ».`);
      const now = config.now();
      await decideNetworkCandidateRow(db, candidate, body.approve, principal.userId, now);
      await recordAudit(
        db,
        { actorUserId: principal.userId, action: body.approve ? 'network.approved' : 'network.refused', organisationId: candidate.id, subjectUserId: candidate.requestedById },
        now,
      );
      await config.mailer.send(
        membershipDecision({ to: candidate.requestedByEmail, organisationName: candidate.name, approved: body.approve, reason: body.reason, link: `${config.publicUrl}/compte` }),
      );
      return { message: body.approve ? `« ${candidate.name} » rejoint le réseau.` : `La candidature de « ${candidate.name} » est refusée.` };
    },
  };
}
