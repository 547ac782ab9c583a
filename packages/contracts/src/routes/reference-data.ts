import { z } from 'zod';
import { defineRoute } from '../define';

export const DataSource = z
  .object({
    id: z.string(),
    dataset: z.object({ fr: z.string(), en: z.string() }),
    producer: z.string(),
    version: z.string(),
    licence: z.string(),
    url: z.string(),
    lastImport: z
      .object({ file: z.string(), fileVersion: z.string().nullable(), finishedAt: z.string(), accepted: z.number().int(), rejected: z.number().int() })
      .nullable(),
  })
  .meta({ id: 'DataSource' });

export const listDataSources = defineRoute({
  method: 'GET',
  path: '/api/v1/reference-data',
  operationId: 'listDataSources',
  summary: 'The public datasets the platform uses: producer, version, licence and the last successful import',
  tags: ['reference'],
  auth: 'public',
  responses: { 200: z.object({ items: z.array(DataSource) }).meta({ id: 'DataSourceList' }) },
});
