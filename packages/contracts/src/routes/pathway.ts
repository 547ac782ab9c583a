import { z } from 'zod';
import { defineRoute } from '../define';
import { InseeCode, Modality } from './catalogue';
import { CertificationCode } from './certifications';
import { RomeCode } from './metiers';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Date au format AAAA-MM-JJ.');
const Level = z.number().int().min(3, 'Les niveaux vont de 3 (CAP) à 8 (doctorat).').max(8, 'Les niveaux vont de 3 (CAP) à 8 (doctorat).');

export const PathwayRequest = z
  .object({
    from: z
      .object({
        certifications: z.array(CertificationCode).max(20).optional().meta({ description: 'Certifications held (RNCP or RS codes)' }),
        level: Level.optional().meta({ description: 'Highest national level held (3 CAP … 8 doctorat), when no certification is given' }),
        romeCode: RomeCode.optional().meta({ description: 'Current métier (ROME 4.0): opens VAE towards the certifications of that trade' }),
        skills: z.array(z.string().regex(/^\d{1,8}$/, 'Un code OGR de compétence est fait de chiffres.')).max(200).optional()
          .meta({ description: 'OGR codes of skills the person has: with romeCode, open VAE towards close métiers' }),
        commune: InseeCode.optional().meta({ description: 'Where the person lives: distances are measured from it' }),
      })
      .strict(),
    to: z.union([z.object({ romeCode: RomeCode }).strict(), z.object({ certification: CertificationCode }).strict()]),
    constraints: z
      .object({
        maxDistanceKm: z.number().positive().max(1000).optional(),
        modalities: z.array(Modality).max(10).optional(),
        maxMonths: z.number().positive().max(240).optional(),
        maxBudgetEur: z.number().min(0).max(1_000_000).optional(),
        startAfter: IsoDate.optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .meta({ id: 'PathwayRequest' });

const CertificationRef = z.object({ code: z.string(), title: z.string(), level: z.number().int().nullable() });

export const PathwayStep = z
  .object({
    kind: z.enum(['training', 'blocs', 'vae']),
    sessionId: z.number().int().nullable(),
    training: z.object({ id: z.number().int(), title: z.string() }).nullable(),
    certification: CertificationRef.nullable(),
    blockCodes: z.array(z.string()),
    organisation: z.object({ slug: z.string(), name: z.string() }).nullable(),
    commune: z.object({ code: z.string(), name: z.string() }).nullable(),
    distanceKm: z.number().nullable(),
    modality: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    durationMonths: z.number(),
    priceEur: z.number().nullable(),
    fundings: z.array(z.string()),
    employmentRate: z.number().nullable(),
    isDemo: z.boolean(),
    /** Plain French: which entry requirement is met, and by what. */
    satisfiedBy: z.string(),
    /** Plain French: why this step. */
    why: z.string(),
  })
  .meta({ id: 'PathwayStep' });

export const PathwayRoute = z
  .object({
    steps: z.array(PathwayStep),
    totals: z.object({
      months: z.number(),
      costEur: z.number(),
      knownCost: z.boolean(),
      maxDistanceKm: z.number().nullable(),
      levelGain: z.number().int(),
      endDate: z.string().nullable(),
    }),
    reached: CertificationRef,
    explanation: z.string(),
  })
  .meta({ id: 'PathwayRoute' });

export const PathwayPlan = z
  .object({
    target: z.object({
      kind: z.enum(['metier', 'certification']),
      code: z.string(),
      label: z.string(),
      /** The certifications that count as reaching the target. */
      certifications: z.array(CertificationRef),
    }),
    /** Best first, all distinct. */
    routes: z.array(PathwayRoute),
    /** Present when no route exists under the constraints: why, and which single constraint to relax. */
    unreachable: z
      .object({
        reason: z.string(),
        relax: z.array(z.object({ constraint: z.string(), label: z.string(), routesIfRelaxed: z.number().int() })),
      })
      .optional(),
    /** Target certifications the person already holds. */
    alreadyHeld: z.array(CertificationRef).optional(),
    /** « Et après ? »: the next level up the person's profile makes reachable, with its best route. */
    ambition: z.object({ certification: CertificationRef, source: z.enum(['chain', 'level']), route: PathwayRoute }).optional(),
  })
  .meta({ id: 'PathwayPlan' });

export const planPathway = defineRoute({
  method: 'POST',
  path: '/api/v1/parcours',
  operationId: 'planPathway',
  expensive: true,
  summary: 'The best few distinct routes through the network’s sessions from where a person is to a métier or a certification',
  tags: ['skills'],
  auth: 'public',
  body: PathwayRequest,
  responses: { 200: PathwayPlan },
  errors: {
    422: 'A code is unknown (certification, métier, commune), or no certification leads to the métier asked for.',
  },
});
