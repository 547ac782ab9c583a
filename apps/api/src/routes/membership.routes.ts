import { ERROR_CODES, type routes } from '@passerelles/contracts';
import {
  decideMembership, findMemberOrganisation, getUser, listAudit, listMemberships, recordAudit, requestMembership, type Database,
  type MembershipRow,
} from '@passerelles/db';
import type { AuthConfig } from '../auth/config';
import { HttpError, notFound } from '../http/http-error';
import type { Handler } from '../http/register-routes';
import { joinDecision } from '../mail/templates';

type R = typeof routes;
export type MembershipHandlers = {
  [K in 'listMyMemberships' | 'requestToJoin' | 'listJoinRequests' | 'decideJoinRequest' | 'listPendingJoinRequests' | 'listAuditLog']: Handler<R[K]>;
};

const view = (m: MembershipRow) => ({
  organisationSlug: m.organisationSlug,
  organisationName: m.organisationName,
  userId: m.userId,
  displayName: m.displayName,
  email: m.email,
  role: m.role,
  status: m.status,
  message: m.message,
  requestedAt: m.requestedAt.toISOString(),
  decidedAt: m.decidedAt?.toISOString() ?? null,
});

/** Requests to join an organisation, their decisions, and the campus's audit log. */
export function membershipHandlers(database: Database, config: AuthConfig): MembershipHandlers {
  const db = database.db;
  async function organisation(slug: string) {
    const found = await findMemberOrganisation(db, slug);
    if (!found) throw notFound(`Aucune organisation membre ne porte l’identifiant « ${slug} ».`);
    return found;
  }
  return {
    async listMyMemberships({ request }) {
      const principal = (await request.principal())!;
      return { items: (await listMemberships(db, { userId: principal.userId })).map(view) };
    },

    async requestToJoin({ params, body, request }) {
      const principal = (await request.principal())!;
      const org = await organisation(params.slug);
      const asked = await requestMembership(db, { organisationId: org.id, userId: principal.userId, message: body.message || null, now: config.now() });
      if (!asked) throw new HttpError(409, ERROR_CODES.CONFLICT, `Vous êtes déjà membre de « ${org.name} » ou votre demande attend une réponse.`);
      await recordAudit(db, { actorUserId: principal.userId, action: 'membership.requested', organisationId: org.id, subjectUserId: principal.userId }, config.now());
      return { message: `Votre demande pour rejoindre « ${org.name} » est envoyée : vous recevrez la réponse par e-mail.` };
    },

    async listJoinRequests({ params, request }) {
      const principal = (await request.principal())!;
      const org = await organisation(params.slug);
      // Reading who asked to join (names, addresses) is access to personal data: logged.
      await recordAudit(db, { actorUserId: principal.userId, action: 'personal_data.read', organisationId: org.id, details: { what: 'memberships' } }, config.now());
      return { items: (await listMemberships(db, { organisationId: org.id })).map(view) };
    },

    async decideJoinRequest({ params, body, request }) {
      const principal = (await request.principal())!;
      const org = await organisation(params.slug);
      const now = config.now();
      const decided = await decideMembership(db, { organisationId: org.id, userId: params.userId, approve: body.approve, role: body.role, decidedBy: principal.userId, now });
      if (!decided) throw notFound('Aucune demande en attente pour cette personne dans cette organisation.');
      await recordAudit(
        db,
        { actorUserId: principal.userId, action: body.approve ? 'membership.approved' : 'membership.refused', organisationId: org.id, subjectUserId: params.userId, details: { role: body.role } },
        now,
      );
      const person = await getUser(db, params.userId);
      if (person) {
        await config.mailer.send(
          joinDecision({ to: person.email, name: person.displayName, organisationName: org.name, approved: body.approve, reason: body.reason, link: `${config.publicUrl}/compte` }),
        );
      }
      return view(decided);
    },

    async listPendingJoinRequests({ request }) {
      const principal = (await request.principal())!;
      await recordAudit(db, { actorUserId: principal.userId, action: 'personal_data.read', details: { what: 'pending memberships' } }, config.now());
      return { items: (await listMemberships(db, { status: 'pending' })).map(view) };
    },

    async listAuditLog({ query }) {
      const rows = await listAudit(db, { limit: query.limit, before: query.before });
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          action: r.action,
          actorName: r.actorName,
          organisationName: r.organisationName,
          subjectName: r.subjectName,
          details: r.details,
        })),
      };
    },
  };
}
