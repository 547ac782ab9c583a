import {
  MODALITIES, closestMetiers, coverGap, distanceKm, explainMobility, gapWeights, mobilityGap, mobilityScore, type MobilityIndex, type Modality,
} from '@passerelles/domain';
import { certificationSkillCoverage, findCommunePosition, getCampusProfile, type CatalogueOffer, type Database } from '@passerelles/db';
import type { getMobilityPath, listMetierMobilities } from '@passerelles/contracts';
import type { Handler } from '../http/register-routes';
import { HttpError, notFound } from '../http/http-error';
import type { SkillsData } from '../skills/skills-data';

/**
 * The ways to learn what is missing. A person changing trade is an adult: school-pupil sessions are left out unless
 * asked for. VAE never is: it certifies what experience already taught, it does not teach a missing skill.
 */
export const RECONVERSION_MODALITIES: readonly Modality[] = MODALITIES.filter((m) => m !== 'initial_scolaire' && m !== 'vae');

export function mobilityHandlers(
  database: Database,
  data: SkillsData,
): { listMetierMobilities: Handler<typeof listMetierMobilities>; getMobilityPath: Handler<typeof getMobilityPath> } {
  const sector = async () => {
    const profile = await getCampusProfile(database.db);
    return { romeCodes: profile?.romeCodes ?? [], sensitive: profile?.sensitiveRomeCodes ?? [] };
  };
  const refOf = (index: MobilityIndex, code: string, s: { romeCodes: string[]; sensitive: string[] }) => {
    const row = index.rowOf.get(code);
    if (row === undefined) throw notFound(`Aucune fiche métier ROME ne porte le code ${code}.`);
    return { code, label: index.labels[row]!, isSensitive: s.sensitive.includes(code), inSector: s.romeCodes.includes(code) };
  };

  return {
    async listMetierMobilities({ params, query }) {
      const [index, s] = await Promise.all([data.mobilityIndex(), sector()]);
      const metier = refOf(index, params.code, s);
      const items = closestMetiers(index, params.code, query.limit)!.map((c) => ({
        ...c,
        explanation: explainMobility({ shared: c.sharedSkills, missing: c.missingSkills }),
        inSector: s.romeCodes.includes(c.code),
      }));
      return { metier, items };
    },

    async getMobilityPath({ params, query }) {
      const [index, s] = await Promise.all([data.mobilityIndex(), sector()]);
      const from = refOf(index, params.code, s);
      const to = refOf(index, params.target, s);
      if (from.code === to.code) throw new HttpError(422, 'UNPROCESSABLE', 'Le métier visé est le métier de départ.', { field: 'target' });
      let origin: { latitude: number; longitude: number } | null = null;
      if (query.commune) {
        origin = await findCommunePosition(database.db, query.commune);
        if (!origin) throw new HttpError(422, 'UNPROCESSABLE', `Aucune commune localisée ne porte le code INSEE ${query.commune}.`, { field: 'commune' });
      } else if (query.radiusKm !== undefined) {
        throw new HttpError(422, 'UNPROCESSABLE', 'Un rayon demande une commune de départ (paramètre commune).', { field: 'radiusKm' });
      }
      const gap = mobilityGap(index, from.code, to.code)!;
      const modalities: readonly Modality[] = query.modality?.length ? query.modality.filter((m) => m !== 'vae') : RECONVERSION_MODALITIES;

      const { offers } = await data.offers();
      const located = offers
        .filter((o) => o.certification && modalities.includes(o.modality))
        .map((o) => ({ o, distance: origin && o.latitude !== null && o.longitude !== null ? distanceKm(origin, { latitude: o.latitude, longitude: o.longitude }) : null }))
        .filter(({ distance }) => query.radiusKm === undefined || (distance !== null && distance <= query.radiusKm));
      const certifications = [...new Set(located.map(({ o }) => o.certification!.code))];
      const coverage = await certificationSkillCoverage(database.db, gap.missing.map((m) => m.ogrCode), certifications);
      const byCode = new Map(gap.missing.map((m) => [m.ogrCode, m]));
      const cover = coverGap(
        gapWeights(gap.missing),
        located.map(({ o, distance }) => ({
          id: String(o.sessionId).padStart(12, '0'),
          trainingId: String(o.trainingId),
          covers: coverage.get(o.certification!.code) ?? [],
          hours: o.durationHours,
          distanceKm: distance,
          offer: o,
        })),
      );
      return {
        from,
        to,
        score: Math.round((mobilityScore(index, from.code, to.code) ?? 0) * 1000) / 1000,
        explanation: explainMobility(gap),
        sharedSkills: gap.shared,
        missingSkills: gap.missing,
        path: {
          steps: cover.steps.map(({ offer, newlyCovered }) => ({
            ...stepOf(offer.offer),
            distanceKm: offer.distanceKm,
            covers: newlyCovered.map((c) => byCode.get(c)!),
          })),
          uncovered: cover.uncovered.map((c) => byCode.get(c)!),
          coveredShare: cover.coveredShare,
        },
      };
    },
  };
}

function stepOf(o: CatalogueOffer) {
  return {
    sessionId: o.sessionId,
    training: { id: o.trainingId, title: o.trainingTitle },
    certification: o.certification ? { code: o.certification.code, title: o.certification.title, level: o.certification.level } : null,
    organisation: o.organisation,
    commune: o.commune,
    modality: o.modality,
    startDate: o.startDate,
    endDate: o.endDate,
    durationHours: o.durationHours,
    priceEur: o.priceEur,
    fundings: o.fundings,
    isDemo: o.isDemo,
  };
}
