import { z } from 'zod';
import { defineRoute } from '../define';

const RomeCode = z
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
