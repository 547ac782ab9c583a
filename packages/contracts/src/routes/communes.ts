import { z } from 'zod';
import { defineRoute } from '../define';
import { Departement, InseeCode } from './catalogue';

export const Commune = z
  .object({
    code: z.string().meta({ description: 'INSEE code (COG)' }),
    name: z.string(),
    departement: z.string(),
    postalCodes: z.array(z.string()),
    population: z.number().int().nullable(),
    /** False when the reference file gives no coordinates: no distance can be measured from it. */
    located: z.boolean(),
  })
  .meta({ id: 'Commune' });

export const listCommunes = defineRoute({
  method: 'GET',
  path: '/api/v1/communes',
  operationId: 'listCommunes',
  summary: 'Find a commune by name (accents, case and hyphens ignored) or postal code, best match first',
  tags: ['reference'],
  auth: 'public',
  query: z.object({
    q: z.string().trim().min(1, 'Tapez un nom de commune ou un code postal.').max(100),
    departement: Departement.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  }),
  responses: {
    200: z
      .object({
        items: z.array(
          Commune.extend({
            match: z.enum(['exact', 'prefix', 'contains', 'postal']).meta({
              description: 'exact: the whole name; prefix: the name or one of its words starts with the query; postal: by postal code',
            }),
          }),
        ),
      })
      .meta({ id: 'CommuneList' }),
  },
});

export const getCommune = defineRoute({
  method: 'GET',
  path: '/api/v1/communes/{code}',
  operationId: 'getCommune',
  summary: 'One commune by INSEE code',
  tags: ['reference'],
  auth: 'public',
  params: z.object({ code: InseeCode }),
  responses: { 200: Commune },
  errors: { 404: 'No commune has this INSEE code.' },
});
