import { z } from 'zod';
import { ORGANISATION_TYPES } from '@passerelles/domain';
import { defineRoute } from '../define';
import { Accepted, Slug } from './account';
import { InseeCode } from './catalogue';

const Blank = z.literal('').transform(() => null);
const Optional = <S extends z.ZodType>(schema: S) => z.union([Blank, schema]).optional().transform((v) => v ?? null);
const Siret = z.string().trim().regex(/^\d{14}$/, 'Un SIRET compte 14 chiffres.');
const Uai = z.string().trim().toUpperCase().regex(/^\d{7}[A-Z]$/, 'Un code UAI compte 7 chiffres et une lettre.');
const Naf = z.string().trim().toUpperCase().regex(/^\d{2}\.\d{2}[A-Z]$/, 'Un code NAF, par exemple 21.20Z.');
const Url = z.string().trim().max(500).url('Une adresse web complète (https://…).');

/** What an organisation's admin edits of its public page. */
export const OrganisationProfileInput = z.object({
  description: Optional(z.string().trim().max(2000)),
  websiteUrl: Optional(Url),
  siret: Optional(Siret),
  uai: Optional(Uai),
  naf: Optional(Naf),
});

export const updateOrganisationProfile = defineRoute({
  method: 'PUT',
  path: '/api/v1/members/{slug}/profile',
  operationId: 'updateOrganisationProfile',
  summary: 'Edit the organisation’s public profile: description, website, identifiers (its admins, the campus admin)',
  tags: ['organisation space'],
  auth: { organisation: 'admin', param: 'slug' },
  params: z.object({ slug: Slug }),
  body: OrganisationProfileInput,
  responses: { 200: Accepted },
  errors: { 404: 'No member organisation has this identifier.' },
});

export const addOrganisationSite = defineRoute({
  method: 'POST',
  path: '/api/v1/members/{slug}/sites',
  operationId: 'addOrganisationSite',
  summary: 'Add a site (its commune gives the position distances are measured from)',
  tags: ['organisation space'],
  auth: { organisation: 'admin', param: 'slug' },
  params: z.object({ slug: Slug }),
  body: z.object({ label: z.string().trim().min(2).max(120), address: Optional(z.string().trim().max(300)), communeCode: InseeCode }),
  responses: { 200: z.object({ id: z.number().int(), message: z.string() }).meta({ id: 'SiteAdded' }) },
  errors: { 404: 'No member organisation has this identifier.', 422: 'Unknown commune.' },
});

export const deleteOrganisationSite = defineRoute({
  method: 'DELETE',
  path: '/api/v1/members/{slug}/sites/{siteId}',
  operationId: 'deleteOrganisationSite',
  summary: 'Remove a site that no session uses',
  tags: ['organisation space'],
  auth: { organisation: 'admin', param: 'slug' },
  params: z.object({ slug: Slug, siteId: z.coerce.number().int().positive() }),
  responses: { 200: Accepted },
  errors: { 404: 'No such site in this organisation.', 409: 'Sessions take place there: move or remove them first.' },
});

export const NetworkCandidate = z
  .object({
    slug: z.string(),
    name: z.string(),
    type: z.enum(ORGANISATION_TYPES),
    siret: z.string().nullable(),
    commune: z.string().nullable(),
    message: z.string().nullable(),
    requestedBy: z.string(),
    requestedByEmail: z.string(),
    requestedAt: z.string(),
  })
  .meta({ id: 'NetworkCandidate' });

export const applyToNetwork = defineRoute({
  method: 'POST',
  path: '/api/v1/reseau/candidatures',
  operationId: 'applyToNetwork',
  summary: 'Ask for a new organisation to join the network; the person becomes its admin once the campus approves',
  tags: ['accounts'],
  auth: 'signed-in',
  body: z.object({
    name: z.string().trim().min(2).max(200),
    type: z.enum(ORGANISATION_TYPES),
    siret: Optional(Siret),
    communeCode: InseeCode,
    message: Optional(z.string().trim().max(1000)),
  }),
  responses: { 200: z.object({ message: z.string(), slug: z.string() }).meta({ id: 'NetworkApplication' }) },
  errors: { 409: 'An organisation with this name or SIRET is already in the network or has applied.', 422: 'Unknown commune.' },
});

export const listNetworkCandidates = defineRoute({
  method: 'GET',
  path: '/api/v1/reseau/candidatures',
  operationId: 'listNetworkCandidates',
  summary: 'Organisations waiting to join the network (campus team)',
  tags: ['accounts'],
  auth: 'campus-team',
  responses: { 200: z.object({ items: z.array(NetworkCandidate) }).meta({ id: 'NetworkCandidates' }) },
});

export const decideNetworkCandidate = defineRoute({
  method: 'POST',
  path: '/api/v1/reseau/candidatures/{slug}',
  operationId: 'decideNetworkCandidate',
  summary: 'Approve (the organisation joins, its applicant becomes its admin) or refuse an application (campus admin; logged, e-mailed)',
  tags: ['accounts'],
  auth: 'campus-admin',
  params: z.object({ slug: Slug }),
  body: z.object({ approve: z.boolean(), reason: z.string().trim().max(1000).optional() }),
  responses: { 200: Accepted },
  errors: { 404: 'No pending application has this identifier.' },
});
