import { ERROR_CODES, type routes } from '@passerelles/contracts';
import {
  addMember, consumeUserToken, createUserToken, decideMembership, findMemberOrganisation, getUser, listAudit, listMemberships, peekUserToken,
  recordAudit, requestMembership, type Database, type MembershipRow,
} from '@passerelles/db';
import type { AuthConfig } from '../auth/config';
import { HttpError, notFound } from '../http/http-error';
import type { Handler } from '../http/register-routes';
import { LIMITS, enforceLimits } from '../auth/rate-limit';
import { randomToken, tokenHash } from '../auth/secrets';
import { invitation, joinDecision } from '../mail/templates';

type R = typeof routes;
export type MembershipHandlers = {
  [K in 'listMyMemberships' | 'requestToJoin' | 'listJoinRequests' | 'decideJoinRequest' | 'listPendingJoinRequests' | 'listAuditLog' | 'inviteMember' | 'acceptInvitation']: Handler<R[K]>;
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
      return { items: (await listMemberships(db, { status: 'pending', membersOnly: true })).map(view) };
    },

    async inviteMember({ params, body, request }) {
      const principal = (await request.principal())!;
      const org = await organisation(params.slug);
      const now = config.now();
      await enforceLimits(database, request, now, [{ limit: LIMITS.mailPerClient, subject: `invite:${principal.userId}` }]);
      const token = randomToken();
      await createUserToken(db, { tokenHash: tokenHash(token), purpose: 'invitation', userId: null, email: body.email, organisationId: org.id, role: body.role, now, expiresAt: new Date(now.getTime() + config.invitationLinkMs) });
      await config.mailer.send(invitation({
        to: body.email, organisationName: org.name, inviterName: principal.displayName,
        link: `${config.publicUrl}/compte/invitation?jeton=${encodeURIComponent(token)}`, expiresInDays: Math.round(config.invitationLinkMs / 86_400_000),
      }));
      await recordAudit(db, { actorUserId: principal.userId, action: 'membership.invited', organisationId: org.id, details: { role: body.role } }, now);
      return { message: `Invitation envoyée à ${body.email}.` };
    },

    async acceptInvitation({ body, request }) {
      const principal = (await request.principal())!;
      const now = config.now();
      await enforceLimits(database, request, now, [{ limit: LIMITS.linkPerClient, subject: request.ip }]);
      const hash = tokenHash(body.token);
      const invited = await peekUserToken(db, hash, 'invitation', now);
      if (!invited?.organisationId) throw new HttpError(422, ERROR_CODES.INVALID_LINK, 'Cette invitation n’est pas valable : elle a déjà servi ou elle a expiré.');
      // The invitation belongs to the address it was sent to: a forwarded link does not let someone else in.
      if (invited.email.toLowerCase() !== principal.email.toLowerCase()) {
        throw new HttpError(403, ERROR_CODES.FORBIDDEN, `Cette invitation a été envoyée à ${invited.email} : connectez-vous avec ce compte pour l’accepter.`);
      }
      const used = await consumeUserToken(db, hash, 'invitation', now);
      if (!used?.organisationId) throw new HttpError(422, ERROR_CODES.INVALID_LINK, 'Cette invitation n’est pas valable : elle a déjà servi ou elle a expiré.');
      await addMember(db, { organisationId: used.organisationId, userId: principal.userId, role: used.role ?? 'member', decidedBy: null, now });
      await recordAudit(db, { actorUserId: principal.userId, action: 'membership.invitation_accepted', organisationId: used.organisationId, subjectUserId: principal.userId, details: { role: used.role } }, now);
      const [membership] = await listMemberships(db, { organisationId: used.organisationId, userId: principal.userId });
      return { message: `Vous avez rejoint « ${membership!.organisationName} ».`, organisationSlug: membership!.organisationSlug };
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
