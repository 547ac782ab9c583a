import { ERROR_CODES, type routes } from '@passerelles/contracts';
import { eraseAccount, exportPersonalData, getUser, organisationsOnlyAdministeredBy, recordAudit, type Database } from '@passerelles/db';
import type { AuthConfig } from '../auth/config';
import { checkPassword } from '../auth/passwords';
import { clearSessionCookie } from '../auth/principal';
import { HttpError } from '../http/http-error';
import type { Handler } from '../http/register-routes';
import { accountErased } from '../mail/templates';

type R = typeof routes;
export type PrivacyHandlers = { [K in 'exportMyData' | 'eraseMyAccount']: Handler<R[K]> };

/** A person's rights over their data: export everything, erase the account. */
export function privacyHandlers(database: Database, config: AuthConfig): PrivacyHandlers {
  const db = database.db;
  return {
    async exportMyData({ request, reply }) {
      const principal = (await request.principal())!;
      const now = config.now();
      await recordAudit(db, { actorUserId: principal.userId, action: 'personal_data.exported', subjectUserId: principal.userId }, now);
      reply.header('content-disposition', `attachment; filename="passerelles-mes-donnees-${now.toISOString().slice(0, 10)}.json"`);
      reply.header('cache-control', 'no-store');
      return { exportedAt: now.toISOString(), ...(await exportPersonalData(db, principal.userId)) };
    },

    async eraseMyAccount({ body, request, reply }) {
      const principal = (await request.principal())!;
      const user = (await getUser(db, principal.userId))!;
      // A password account confirms with its password; an account that signs in only through SSO has none.
      if (user.passwordHash && !(await checkPassword(user.passwordHash, body.password ?? ''))) {
        throw new HttpError(401, ERROR_CODES.INVALID_CREDENTIALS, 'Mot de passe incorrect : le compte n’a pas été effacé.');
      }
      const sole = await organisationsOnlyAdministeredBy(db, principal.userId);
      if (sole.length) {
        throw new HttpError(409, ERROR_CODES.CONFLICT, `Vous êtes le seul administrateur de : ${sole.join(', ')}. Nommez un autre administrateur avant d’effacer votre compte.`);
      }
      const now = config.now();
      await eraseAccount(db, principal.userId, now);
      await recordAudit(db, { actorUserId: principal.userId, action: 'account.erased', subjectUserId: principal.userId }, now);
      clearSessionCookie(reply, config);
      await config.mailer.send(accountErased({ to: user.email })).catch((e: unknown) => request.log.warn({ err: e }, 'erasure confirmation not sent'));
      return { message: 'Votre compte et vos données personnelles sont effacés.' };
    },
  };
}
