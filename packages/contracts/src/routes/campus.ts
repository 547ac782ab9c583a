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

/** What the campus admin edits of the profile: everything but the slug, which identifies the campus. */
export const CampusProfileInput = z.object({
  name: z.string().trim().min(3).max(200),
  shortName: z.string().trim().min(2).max(80),
  tagline: z.object({ fr: z.string().trim().min(1).max(300), en: z.string().trim().min(1).max(300) }),
  sector: z.string().trim().min(2).max(200),
  departements: z.array(z.string().regex(/^(\d{2}|2[AB]|97\d)$/, 'Un code de département INSEE, par exemple 27.')).min(1).max(20),
  romeCodes: z.array(z.string().regex(/^[A-N]\d{4}$/, 'Un code ROME, par exemple H2303.')).max(500),
  nsfCodes: z.array(z.string().regex(/^\d{3}[a-z]?$/, 'Un code NSF, par exemple 222.')).max(100),
  sensitiveRomeCodes: z.array(z.string().regex(/^[A-N]\d{4}$/, 'Un code ROME, par exemple H2304.')).max(100),
  contactEmail: z.string().trim().email('Adresse e-mail invalide.').max(254),
  websiteUrl: z.string().trim().url().max(500).optional(),
});

export const updateCampusProfile = defineRoute({
  method: 'PUT',
  path: '/api/v1/campus',
  operationId: 'updateCampusProfile',
  summary: 'Edit the campus profile: name, territory, sector perimeter, sensitive trades (campus admin; logged)',
  tags: ['campus'],
  auth: 'campus-admin',
  body: CampusProfileInput,
  responses: { 200: CampusProfile },
  errors: { 404: 'No campus profile has been set up yet.', 422: 'A sensitive trade must be one of the sector’s métiers.' },
});
