import { z } from 'zod';
import { defineRoute } from '../define';

const Localised = z.object({ fr: z.string(), en: z.string() });

export const CampusProfile = z
  .object({
    slug: z.string(),
    name: z.string(),
    shortName: z.string(),
    tagline: Localised,
    sector: z.string(),
    departements: z.array(z.string()),
    romeCodes: z.array(z.string()),
    nsfCodes: z.array(z.string()),
    sensitiveRomeCodes: z.array(z.string()),
    contactEmail: z.string(),
    websiteUrl: z.string().optional(),
  })
  .meta({ id: 'CampusProfile' });

export const NetworkFigures = z
  .object({
    members: z.number().int(),
    trainingProviders: z.number().int(),
    companies: z.number().int(),
    trainings: z.number().int(),
    sessions: z.number().int(),
    certifications: z.number().int(),
    metiers: z.number().int(),
  })
  .meta({ id: 'NetworkFigures' });

export const getCampus = defineRoute({
  method: 'GET',
  path: '/api/v1/campus',
  operationId: 'getCampus',
  summary: 'The campus profile (name, territory, sector perimeter) and its headline figures',
  tags: ['campus'],
  auth: 'public',
  responses: { 200: z.object({ profile: CampusProfile, figures: NetworkFigures }).meta({ id: 'Campus' }) },
  errors: { 404: 'No campus profile has been set up yet.' },
});

export const listCampusMetiers = defineRoute({
  method: 'GET',
  path: '/api/v1/campus/metiers',
  operationId: 'listCampusMetiers',
  summary: 'The métiers of the campus’s sector perimeter (ROME 4.0), with the trades at risk flagged, by label',
  tags: ['campus'],
  auth: 'public',
  responses: {
    200: z
      .object({ items: z.array(z.object({ code: z.string(), label: z.string(), isSensitive: z.boolean() })) })
      .meta({ id: 'CampusMetierList' }),
  },
  errors: { 404: 'No campus profile has been set up yet.' },
});
