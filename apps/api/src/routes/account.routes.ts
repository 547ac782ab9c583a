import type { FastifyRequest } from 'fastify';
import { ERROR_CODES, type routes } from '@passerelles/contracts';
import {
  consumeUserToken, createUser, createUserToken, deleteAuthSession, findUserByEmail, getUser, markEmailVerified,
  recordParentalConsent, setPassword, type Database, type SessionPrincipal,
} from '@passerelles/db';
import type { AuthConfig } from '../auth/config';
import { checkPassword, hashPassword } from '../auth/passwords';
import { clearSessionCookie, currentSessionToken } from '../auth/principal';
import { startSession } from '../auth/sessions';
import { LIMITS, enforceLimits } from '../auth/rate-limit';
import { randomToken, tokenHash } from '../auth/secrets';
import { HttpError } from '../http/http-error';
import type { Handler } from '../http/register-routes';
import { parentalConsentRequest, resetPassword as resetPasswordMail, verifyEmail as verifyEmailMail } from '../mail/templates';

type R = typeof routes;
export type AccountHandlers = {
  [K in 'getAccount' | 'signUp' | 'verifyEmail' | 'resendVerification' | 'signIn' | 'signOut' | 'requestPasswordReset' | 'resetPassword' | 'confirmParentalConsent']: Handler<R[K]>;
};

/** The account as the contract shows it. */
export function accountView(p: SessionPrincipal) {
  return {
    id: p.userId,
    email: p.email,
    displayName: p.displayName,
    accountType: p.accountType,
    platformRole: p.platformRole,
    memberships: p.memberships.map((m) => ({ organisationSlug: m.organisationSlug, organisationName: m.organisationName, role: m.role })),
    csrfToken: p.csrfToken,
  };
}

const clientOf = (request: FastifyRequest): string => request.ip;
const invalidLink = () => new HttpError(422, ERROR_CODES.INVALID_LINK, 'Ce lien n’est pas valable : il a déjà servi ou il a expiré. Demandez-en un nouveau.');

/** Sign-up, verification, sign-in and out, password reset, parental consent. */
export function accountHandlers(database: Database, config: AuthConfig): AccountHandlers {
  const db = database.db;
  const link = (path: string, token: string) => `${config.publicUrl}${path}?jeton=${encodeURIComponent(token)}`;

  async function sendVerification(user: { id: number; email: string; displayName: string }, now: Date): Promise<void> {
    const token = randomToken();
    await createUserToken(db, { tokenHash: tokenHash(token), purpose: 'verify_email', userId: user.id, email: user.email, now, expiresAt: new Date(now.getTime() + config.verifyLinkMs) });
    await config.mailer.send(verifyEmailMail({ to: user.email, name: user.displayName, link: link('/compte/verification', token), expiresInHours: Math.round(config.verifyLinkMs / 3_600_000) }));
  }

  async function sendParentalRequest(user: { id: number; displayName: string; parentEmail: string }, now: Date): Promise<void> {
    const token = randomToken();
    await createUserToken(db, { tokenHash: tokenHash(token), purpose: 'parental_consent', userId: user.id, email: user.parentEmail, now, expiresAt: new Date(now.getTime() + config.invitationLinkMs) });
    await config.mailer.send(parentalConsentRequest({ to: user.parentEmail, childName: user.displayName, link: link('/compte/consentement-parental', token), expiresInDays: Math.round(config.invitationLinkMs / 86_400_000) }));
  }

  return {
    async getAccount({ request }) {
      const principal = await request.principal();
      return { account: principal ? accountView(principal) : null };
    },

    async signUp({ body, request }) {
      const now = config.now();
      await enforceLimits(database, request, now, [{ limit: LIMITS.signUpPerClient, subject: clientOf(request) }]);
      const answer = { message: `Si l’adresse ${body.email} peut recevoir nos messages, un lien pour confirmer votre compte vient d’y être envoyé.` };
      const existing = await findUserByEmail(db, body.email);
      if (existing) {
        // No enumeration: the same answer; the owner gets a fresh verification link if they never confirmed.
        if (!existing.emailVerifiedAt) await sendVerification(existing, now);
        return answer;
      }
      const passwordHash = await hashPassword(body.password);
      const id = await createUser(db, {
        email: body.email,
        displayName: body.displayName,
        passwordHash,
        accountType: body.accountType,
        parentEmail: body.under15 ? body.parentEmail! : null,
      });
      if (id === null) return answer; // a concurrent sign-up with the same address won
      await sendVerification({ id, email: body.email, displayName: body.displayName }, now);
      if (body.under15) await sendParentalRequest({ id, displayName: body.displayName, parentEmail: body.parentEmail! }, now);
      return answer;
    },

    async verifyEmail({ body, request }) {
      const now = config.now();
      await enforceLimits(database, request, now, [{ limit: LIMITS.linkPerClient, subject: clientOf(request) }]);
      const used = await consumeUserToken(db, tokenHash(body.token), 'verify_email', now);
      if (!used?.userId) throw invalidLink();
      await markEmailVerified(db, used.userId, now);
      return { message: 'Votre adresse est confirmée : vous pouvez vous connecter.' };
    },

    async resendVerification({ body, request }) {
      const now = config.now();
      await enforceLimits(database, request, now, [
        { limit: LIMITS.mailPerClient, subject: clientOf(request) },
        { limit: LIMITS.mailPerAddress, subject: body.email },
      ]);
      const user = await findUserByEmail(db, body.email);
      if (user && !user.emailVerifiedAt) await sendVerification(user, now);
      return { message: `Si un compte non confirmé existe pour ${body.email}, un nouveau lien vient d’y être envoyé.` };
    },

    async signIn({ body, request, reply }) {
      const now = config.now();
      await enforceLimits(database, request, now, [
        { limit: LIMITS.signInPerClient, subject: clientOf(request) },
        { limit: LIMITS.signInPerAddress, subject: body.email },
      ]);
      const user = await findUserByEmail(db, body.email);
      // One message and one cost whether the address is unknown or the password wrong.
      if (!(await checkPassword(user?.passwordHash ?? null, body.password)) || !user) {
        throw new HttpError(401, ERROR_CODES.INVALID_CREDENTIALS, 'Adresse e-mail ou mot de passe incorrect.');
      }
      if (!user.emailVerifiedAt) {
        throw new HttpError(403, ERROR_CODES.ACCOUNT_NOT_READY, 'Confirmez d’abord votre adresse avec le lien reçu par e-mail (vous pouvez en demander un nouveau).', { reason: 'email_not_verified' });
      }
      if (user.parentEmail && !user.parentalConsentAt) {
        throw new HttpError(403, ERROR_CODES.ACCOUNT_NOT_READY, 'Votre compte attend l’accord de votre parent : un lien lui a été envoyé par e-mail.', { reason: 'parental_consent' });
      }
      return { account: accountView(await startSession(database, config, request, reply, user.id)) };
    },

    async signOut({ request, reply }) {
      const token = currentSessionToken(request);
      if (token) await deleteAuthSession(db, tokenHash(token));
      clearSessionCookie(reply, config);
      return { message: 'Vous êtes déconnecté.' };
    },

    async requestPasswordReset({ body, request }) {
      const now = config.now();
      await enforceLimits(database, request, now, [
        { limit: LIMITS.mailPerClient, subject: clientOf(request) },
        { limit: LIMITS.mailPerAddress, subject: body.email },
      ]);
      const user = await findUserByEmail(db, body.email);
      if (user) {
        const token = randomToken();
        await createUserToken(db, { tokenHash: tokenHash(token), purpose: 'reset_password', userId: user.id, email: user.email, now, expiresAt: new Date(now.getTime() + config.resetLinkMs) });
        await config.mailer.send(resetPasswordMail({ to: user.email, name: user.displayName, link: link('/compte/nouveau-mot-de-passe', token), expiresInMinutes: Math.round(config.resetLinkMs / 60_000) }));
      }
      return { message: `Si un compte existe pour ${body.email}, un lien pour choisir un nouveau mot de passe vient d’y être envoyé.` };
    },

    async resetPassword({ body, request }) {
      const now = config.now();
      await enforceLimits(database, request, now, [{ limit: LIMITS.linkPerClient, subject: clientOf(request) }]);
      const used = await consumeUserToken(db, tokenHash(body.token), 'reset_password', now);
      if (!used?.userId || !(await getUser(db, used.userId))) throw invalidLink();
      await setPassword(db, used.userId, await hashPassword(body.password));
      // The link came by e-mail: the address is proven.
      await markEmailVerified(db, used.userId, now);
      return { message: 'Votre mot de passe est changé ; toutes vos sessions ont été fermées. Connectez-vous avec le nouveau.' };
    },

    async confirmParentalConsent({ body, request }) {
      const now = config.now();
      await enforceLimits(database, request, now, [{ limit: LIMITS.linkPerClient, subject: clientOf(request) }]);
      const used = await consumeUserToken(db, tokenHash(body.token), 'parental_consent', now);
      if (!used?.userId) throw invalidLink();
      await recordParentalConsent(db, used.userId, now);
      return { message: 'Merci : le compte de votre enfant est ouvert dès qu’il a confirmé son adresse.' };
    },
  };
}
