import { z } from 'zod';
import { defineRoute } from '../define';
import { InseeCode, Modality, many } from './catalogue';

export const RomeCode = z
  .string()
  .regex(/^[A-Za-z]\d{4}$/, 'Un code ROME a la forme H2302.')
  .transform((s) => s.toUpperCase())
  .meta({ description: 'ROME code, e.g. H2302', example: 'H2302' });

export const MetierSummary = z
  .object({
    code: z.string(),
    label: z.string(),
    /** The appellation that matched the search, when it is not the fiche's own label. */
    matchedLabel: z.string().nullable(),
    domain: z.string().nullable(),
    inSector: z.boolean(),
    score: z.number(),
  })
  .meta({ id: 'MetierSummary' });

export const SkillKind = z.enum(['savoir_faire', 'savoir_etre', 'savoir']);

export const MetierSkill = z
  .object({
    ogrCode: z.string(),
    label: z.string(),
    kind: SkillKind,
    isCore: z.boolean(),
    macroCode: z.string().nullable(),
    macroLabel: z.string().nullable(),
    category: z.string().nullable(),
  })
  .meta({ id: 'MetierSkill' });

const CodeLabel = z.object({ code: z.string(), label: z.string() });

export const Metier = z
  .object({
    code: z.string(),
    label: z.string(),
    parentCode: z.string().nullable(),
    definition: z.string().nullable(),
    access: z.string().nullable(),
    grandDomaine: CodeLabel.nullable(),
    domaine: CodeLabel.nullable(),
    appellations: z.array(z.object({ code: z.string(), label: z.string(), isPrincipal: z.boolean() })),
    /** Savoir-faire, savoir-être and savoirs, core skills flagged. */
    skills: z.array(MetierSkill),
    workContexts: z.array(z.object({ label: z.string(), type: z.string() })),
    riasec: z.object({ major: z.string().nullable(), minor: z.string().nullable() }),
    sectors: z.array(CodeLabel),
    interestCentres: z.array(CodeLabel),
    certifications: z.array(z.object({ code: z.string(), title: z.string(), level: z.number().int().nullable(), isActive: z.boolean() })),
    inSector: z.boolean(),
    isSensitive: z.boolean(),
  })
  .meta({ id: 'Metier' });

export const listMetiers = defineRoute({
  method: 'GET',
  path: '/api/v1/metiers',
  operationId: 'listMetiers',
  summary: 'Search ROME 4.0 métiers by label or appellation (accent- and typo-tolerant), best match first',
  tags: ['reference'],
  auth: 'public',
  query: z.object({
    q: z.string().trim().max(120).optional().meta({ description: 'Words of a job title, e.g. « technicien labo »' }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  }),
  responses: { 200: z.object({ items: z.array(MetierSummary), total: z.number().int() }).meta({ id: 'MetierList' }) },
});

export const getMetier = defineRoute({
  method: 'GET',
  path: '/api/v1/metiers/{code}',
  operationId: 'getMetier',
  summary: 'One ROME 4.0 fiche métier with its appellations, skills, contexts and the certifications that lead there',
  tags: ['reference'],
  auth: 'public',
  params: z.object({ code: RomeCode }),
  responses: { 200: Metier },
  errors: { 404: 'No fiche métier has this code.' },
});

export const MobilitySkill = z
  .object({
    ogrCode: z.string(),
    label: z.string(),
    /** At the core of the target métier (« compétence cœur »). */
    isCore: z.boolean(),
  })
  .meta({ id: 'MobilitySkill' });

export const MetierMobility = z
  .object({
    code: z.string(),
    label: z.string(),
    /** 0..1: how close the target is from the source's skills alone (ADR 007). */
    score: z.number(),
    /** Skills of the target the source already has, core first. */
    sharedSkills: z.array(MobilitySkill),
    /** Skills of the target the source lacks, most important first. */
    missingSkills: z.array(MobilitySkill),
    /** « 6 compétences cœur en commun sur 14 · 8 à acquérir ». */
    explanation: z.string(),
    inSector: z.boolean(),
  })
  .meta({ id: 'MetierMobility' });

const MetierRef = z.object({ code: z.string(), label: z.string(), isSensitive: z.boolean(), inSector: z.boolean() });

export const listMetierMobilities = defineRoute({
  method: 'GET',
  path: '/api/v1/metiers/{code}/mobilites',
  operationId: 'listMetierMobilities',
  expensive: true,
  summary: 'The métiers a holder of this one could move to, from skills alone, best first, with shared and missing skills',
  tags: ['skills'],
  auth: 'public',
  params: z.object({ code: RomeCode }),
  query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }),
  responses: { 200: z.object({ metier: MetierRef, items: z.array(MetierMobility) }).meta({ id: 'MetierMobilityList' }) },
  errors: { 404: 'No fiche métier has this code.' },
});

export const ReconversionStep = z
  .object({
    sessionId: z.number().int(),
    training: z.object({ id: z.number().int(), title: z.string() }),
    certification: z.object({ code: z.string(), title: z.string(), level: z.number().int().nullable() }).nullable(),
    organisation: z.object({ slug: z.string(), name: z.string() }),
    commune: z.object({ code: z.string(), name: z.string() }).nullable(),
    distanceKm: z.number().nullable(),
    modality: Modality,
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    durationHours: z.number().int().nullable(),
    priceEur: z.number().nullable(),
    fundings: z.array(z.string()),
    isDemo: z.boolean(),
    /** Missing skills this step is the first to cover, most important first. */
    covers: z.array(MobilitySkill),
  })
  .meta({ id: 'ReconversionStep' });

export const getMobilityPath = defineRoute({
  method: 'GET',
  path: '/api/v1/metiers/{code}/mobilites/{target}',
  operationId: 'getMobilityPath',
  expensive: true,
  summary: 'From one métier to another: shared and missing skills, and the network’s sessions that cover the gap best (weighted set cover)',
  tags: ['skills'],
  auth: 'public',
  params: z.object({ code: RomeCode, target: RomeCode }),
  query: z.object({
    commune: InseeCode.optional().meta({ description: 'Where the person lives: distances count in the choice' }),
    radiusKm: z.coerce.number().min(1).max(500).optional().meta({ description: 'Only sessions within this distance of `commune`' }),
    modality: many(Modality).meta({ description: 'Only these modalities (repeat the parameter)' }),
  }),
  responses: {
    200: z
      .object({
        from: MetierRef,
        to: MetierRef,
        score: z.number(),
        explanation: z.string(),
        sharedSkills: z.array(MobilitySkill),
        missingSkills: z.array(MobilitySkill),
        path: z.object({
          steps: z.array(ReconversionStep),
          /** Missing skills no session of the network covers (under the filters given). */
          uncovered: z.array(MobilitySkill),
          /** Share 0..1 of the gap (core skills count twice) the steps cover. */
          coveredShare: z.number(),
        }),
      })
      .meta({ id: 'MobilityPath' }),
  },
  errors: { 404: 'No fiche métier has one of these codes.', 422: 'The commune is unknown or has no position, or a radius is given without a commune.' },
});
