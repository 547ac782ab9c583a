import { z } from 'zod';
import { defineRoute } from '../define';

export const Health = z
  .object({
    status: z.literal('ok'),
    database: z.object({
      kind: z.enum(['pglite', 'postgres']),
      migrations: z.object({ applied: z.number().int(), latest: z.string().nullable() }),
    }),
    version: z.string(),
  })
  .meta({ id: 'Health' });

export const getHealth = defineRoute({
  method: 'GET',
  path: '/api/health',
  operationId: 'getHealth',
  summary: 'Liveness and readiness: the database answers and its migration version',
  tags: ['system'],
  auth: 'public',
  responses: { 200: Health },
  errors: { 503: 'The database does not answer.' },
});
