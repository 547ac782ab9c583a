import { z } from 'zod';
import { defineRoute } from '../define';

export const exportLheo = defineRoute({
  method: 'GET',
  path: '/api/v1/lheo/export',
  operationId: 'exportLheo',
  expensive: true,
  summary: 'The campus offer (published trainings and their sessions) as an LHÉO 2.3 XML document, valid against the official lheo.xsd',
  tags: ['catalogue'],
  auth: 'public',
  produces: 'application/xml',
  query: z.object({
    organisation: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Un identifiant d’organisation est fait de minuscules, de chiffres et de tirets.')
      .max(100)
      .optional()
      .meta({ description: 'Slug of one organisation: only its offer', example: 'lycee-galilee-franqueville' }),
  }),
  responses: {
    200: z.string().meta({
      description:
        'LHÉO 2.3 document (namespace http://lheo.gouv.fr/2.3). One action with one session per platform session; values LHÉO has no element for, and the demo flag, are in <extras info="passerelles">.',
    }),
  },
  errors: { 404: 'No organisation has that slug, or the offer asked for holds no published training with a session (an LHÉO offer cannot be empty)' },
});
