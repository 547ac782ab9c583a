import { ERROR_CODES, type routes } from '@passerelles/contracts';
import {
  certificationExists, deleteSessionRow, findSpaceOrganisation, insertSession, insertTraining, listManagedTrainings, listOrganisationSites,
  siteBelongsTo, updateSessionFields, updateTrainingFields, updateTrainingStatus, type Database, type SessionFields, type SpaceOrganisation,
  type TrainingFields,
} from '@passerelles/db';
import { TRAINING_PROVIDER_TYPES } from '@passerelles/domain';
import { HttpError, notFound } from '../http/http-error';
import type { Handler } from '../http/register-routes';

type R = typeof routes;
export type OrganisationSpaceHandlers = {
  [K in 'listOrganisationTrainings' | 'createTraining' | 'updateTraining' | 'setTrainingStatus' | 'createSession' | 'updateSession' | 'deleteSession']: Handler<R[K]>;
};

const unprocessable = (message: string, field: string) =>
  new HttpError(422, ERROR_CODES.VALIDATION_FAILED, message, [{ location: 'body', path: [field], message }]);

/** A training organisation's own space: its trainings and sessions, with the public search kept in step. */
export function organisationSpaceHandlers(database: Database): OrganisationSpaceHandlers {
  const db = database.db;

  async function organisation(slug: string, forWriting = false): Promise<SpaceOrganisation> {
    const org = await findSpaceOrganisation(db, slug);
    if (!org) throw notFound(`Aucune organisation membre ne porte l’identifiant « ${slug} ».`);
    if (forWriting && !TRAINING_PROVIDER_TYPES.includes(org.type)) {
      throw new HttpError(422, ERROR_CODES.VALIDATION_FAILED, `« ${org.name} » n’est pas un organisme de formation : elle ne publie pas de formations.`);
    }
    return org;
  }

  async function training(org: SpaceOrganisation, id: number) {
    const [found] = await listManagedTrainings(db, org.id, id);
    if (!found) throw notFound(`La formation ${id} n’est pas une formation de « ${org.name} ».`);
    return found;
  }

  async function checkTraining(t: TrainingFields): Promise<void> {
    if (t.certificationCode && !(await certificationExists(db, t.certificationCode))) {
      throw unprocessable(`Aucune certification ${t.certificationCode} dans le répertoire : vérifiez le code sur la fiche RNCP ou RS.`, 'certificationCode');
    }
  }

  async function checkSession(org: SpaceOrganisation, s: SessionFields): Promise<void> {
    if (s.siteId !== null && !(await siteBelongsTo(db, s.siteId, org.id))) throw unprocessable('Ce lieu n’est pas un site de votre organisation.', 'siteId');
    // The search measures distances from the site: only a VAE accompaniment may go without one.
    if (s.modality !== 'vae' && s.siteId === null) throw unprocessable('Indiquez le lieu de la session.', 'siteId');
  }

  return {
    async listOrganisationTrainings({ params }) {
      const org = await organisation(params.slug);
      const [sites, items] = await Promise.all([listOrganisationSites(db, org.id), listManagedTrainings(db, org.id)]);
      return { organisation: { slug: org.slug, name: org.name, deliversTraining: TRAINING_PROVIDER_TYPES.includes(org.type) }, sites, items };
    },
    async createTraining({ params, body }) {
      const org = await organisation(params.slug, true);
      await checkTraining(body);
      return training(org, await insertTraining(db, org.id, body));
    },
    async updateTraining({ params, body }) {
      const org = await organisation(params.slug, true);
      await checkTraining(body);
      if (!(await updateTrainingFields(db, org.id, params.id, body))) throw notFound(`La formation ${params.id} n’est pas une formation de « ${org.name} ».`);
      return training(org, params.id);
    },
    async setTrainingStatus({ params, body }) {
      const org = await organisation(params.slug, true);
      const current = await training(org, params.id);
      if (body.status === 'published' && current.sessions.length === 0) {
        throw unprocessable('Ajoutez au moins une session avant de publier : la recherche montre des sessions.', 'status');
      }
      await updateTrainingStatus(db, org.id, params.id, body.status);
      return training(org, params.id);
    },
    async createSession({ params, body }) {
      const org = await organisation(params.slug, true);
      await checkSession(org, body);
      if (!(await insertSession(db, org.id, params.id, body))) throw notFound(`La formation ${params.id} n’est pas une formation de « ${org.name} ».`);
      return training(org, params.id);
    },
    async updateSession({ params, body }) {
      const org = await organisation(params.slug, true);
      await checkSession(org, body);
      if (!(await updateSessionFields(db, org.id, params.id, params.sessionId, body))) throw notFound('Cette session n’existe pas dans cette formation.');
      return training(org, params.id);
    },
    async deleteSession({ params }) {
      const org = await organisation(params.slug, true);
      if (!(await deleteSessionRow(db, org.id, params.id, params.sessionId))) throw notFound('Cette session n’existe pas dans cette formation.');
      const after = await training(org, params.id);
      // A published training without sessions would be invisible in the search while saying « publiée »: back to draft.
      if (after.status === 'published' && after.sessions.length === 0) {
        await updateTrainingStatus(db, org.id, params.id, 'draft');
        return training(org, params.id);
      }
      return after;
    },
  };
}
