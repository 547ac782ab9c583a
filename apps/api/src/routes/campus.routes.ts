import { sql } from 'drizzle-orm';
import { getCampusProfile, getNetworkFigures, queryRows, recordAudit, saveCampusProfile, type Database } from '@passerelles/db';
import { ERROR_CODES } from '@passerelles/contracts';
import type { getCampus, listCampusMetiers, updateCampusProfile } from '@passerelles/contracts';
import type { Handler } from '../http/register-routes';
import { HttpError, notFound } from '../http/http-error';

const NO_CAMPUS = 'Aucun campus n’est encore configuré : lancez « npm run cli -- seed ».';
const collator = new Intl.Collator('fr', { sensitivity: 'base' });

export function campusHandlers(
  database: Database,
  now: () => Date = () => new Date(),
): { getCampus: Handler<typeof getCampus>; listCampusMetiers: Handler<typeof listCampusMetiers>; updateCampusProfile: Handler<typeof updateCampusProfile> } {
  return {
    async listCampusMetiers() {
      const profile = await getCampusProfile(database.db);
      if (!profile) throw notFound(NO_CAMPUS);
      const codes = profile.romeCodes.length ? profile.romeCodes : [''];
      const rows = await queryRows<{ code: string; label: string }>(
        database.db,
        sql`select rome_code as code, label from metiers where rome_code in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`,
      );
      return {
        items: rows
          .map((r) => ({ ...r, isSensitive: profile.sensitiveRomeCodes.includes(r.code) }))
          .sort((a, b) => collator.compare(a.label, b.label) || (a.code < b.code ? -1 : 1)),
      };
    },
    async updateCampusProfile({ body, request }) {
      const current = await getCampusProfile(database.db);
      if (!current) throw notFound(NO_CAMPUS);
      const unknown = body.sensitiveRomeCodes.filter((c) => !body.romeCodes.includes(c));
      if (unknown.length) {
        throw new HttpError(422, ERROR_CODES.VALIDATION_FAILED, `Métiers sensibles hors du périmètre du campus : ${unknown.join(', ')}.`, [
          { location: 'body', path: ['sensitiveRomeCodes'], message: 'Un métier sensible doit faire partie des métiers du campus.' },
        ]);
      }
      const profile = { ...body, slug: current.slug, ...(body.websiteUrl ? {} : { websiteUrl: undefined }) };
      await saveCampusProfile(database.db, profile);
      const principal = (await request.principal())!;
      const changed = (Object.keys(body) as (keyof typeof body)[]).filter((k) => JSON.stringify(body[k]) !== JSON.stringify(current[k]));
      await recordAudit(database.db, { actorUserId: principal.userId, action: 'campus.profile_updated', details: { changed } }, now());
      return profile;
    },
    async getCampus() {
      const [profile, figures] = await Promise.all([getCampusProfile(database.db), getNetworkFigures(database.db)]);
      if (!profile) throw notFound(NO_CAMPUS);
      return { profile, figures };
    },
  };
}
