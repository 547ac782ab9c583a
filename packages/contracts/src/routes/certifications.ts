import { z } from 'zod';
import { defineRoute } from '../define';

export const CertificationCode = z
  .string()
  .regex(/^(RNCP|RS)\d{1,6}$/i, 'Un code de certification a la forme RNCP38884 ou RS5678.')
  .transform((s) => s.toUpperCase())
  .meta({ example: 'RNCP38884' });

const Level = z.number().int().min(3).max(8).nullable();

export const CertificationSummary = z
  .object({
    code: z.string(),
    register: z.enum(['RNCP', 'RS']),
    title: z.string(),
    level: Level,
    type: z.string().nullable(),
    isActive: z.boolean(),
  })
  .meta({ id: 'CertificationSummary' });

export const Certification = CertificationSummary.extend({
  typeLabel: z.string().nullable(),
  certifiers: z.array(z.string()),
  validUntil: z.string().nullable(),
  registeredOn: z.string().nullable(),
  nsfCodes: z.array(z.string()),
  formacodes: z.array(z.string()),
  apprenticeship: z.boolean().nullable(),
  dataSource: z.string(),
  blocks: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      skills: z.array(z.string()),
      assessment: z.string().nullable(),
      isCampusData: z.boolean(),
    }),
  ),
  metiers: z.array(z.object({ code: z.string(), label: z.string() })),
  /** Certifications this one replaced, and those that replaced it. */
  predecessors: z.array(z.object({ code: z.string(), title: z.string().nullable() })),
  successors: z.array(z.object({ code: z.string(), title: z.string().nullable() })),
}).meta({ id: 'Certification' });

export const listCertifications = defineRoute({
  method: 'GET',
  path: '/api/v1/certifications',
  operationId: 'listCertifications',
  summary: 'Search RNCP and RS certifications by title words or code, optionally at one level',
  tags: ['reference'],
  auth: 'public',
  query: z.object({
    q: z.string().trim().max(120).optional(),
    level: z.coerce.number().int().min(3).max(8).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  }),
  responses: { 200: z.object({ items: z.array(CertificationSummary), total: z.number().int() }).meta({ id: 'CertificationList' }) },
});

export const getCertification = defineRoute({
  method: 'GET',
  path: '/api/v1/certifications/{code}',
  operationId: 'getCertification',
  summary: 'One certification with its blocs de compétences, métiers and successions',
  tags: ['reference'],
  auth: 'public',
  params: z.object({ code: CertificationCode }),
  responses: { 200: Certification },
  errors: { 404: 'No certification has this code.' },
});
