import { z } from 'zod';
import { FUNDINGS } from '@passerelles/domain';
import { defineRoute } from '../define';
import { Slug } from './account';
import { Modality } from './catalogue';

const Id = z.coerce.number().int().positive();
/** A number typed in a form field: an empty field is no value. (No `meta` id on input schemas with transforms: OpenAPI
 * would see an input and an output shape under one name.) */
const FormNumber = <S extends z.ZodType<number, unknown>>(schema: S) => z.preprocess((v) => (v === '' || v === undefined ? null : v), schema.nullable());
const Text = (max: number) => z.string().trim().max(max).optional().transform((v) => (v ? v : null));
const IsoDate = z.iso.date('Une date au format AAAA-MM-JJ.');
const HttpUrl = z.string().trim().max(500).url('Une adresse web complète (https://…).').refine((u) => /^https?:\/\//.test(u), 'Une adresse web en http(s).');
const OptionalUrl = z.union([z.literal('').transform(() => null), HttpUrl]).optional().transform((v) => v ?? null);

export const TRAINING_STATUS_VALUES = ['draft', 'published', 'archived'] as const;
export const TrainingStatus = z.enum(TRAINING_STATUS_VALUES);

/** What a training organisation enters for a training (LHÉO 2.3 fields); the same rules for the API and the web form. */
export const TrainingInput = z
  .object({
    title: z.string().trim().min(3, 'Le titre compte au moins 3 caractères.').max(200),
    certificationCode: z
      .string()
      .trim()
      .regex(/^(RNCP|RS)\d{1,6}$/, 'Un code de fiche RNCP ou RS, par exemple RNCP38884.')
      .optional()
      .or(z.literal('').transform(() => undefined))
      .transform((v) => v ?? null),
    description: Text(4000),
    objective: Text(4000),
    content: Text(8000),
    expectedResults: Text(4000),
    entryLevel: FormNumber(z.coerce.number().int().min(3).max(8)),
    entryRequirements: Text(2000),
    accessibility: Text(2000),
    contactLabel: Text(200),
    contactEmail: z.union([z.literal('').transform(() => null), z.string().trim().email('Adresse e-mail invalide.').max(254)]).optional().transform((v) => v ?? null),
    contactPhone: Text(40),
    url: OptionalUrl,
  });

/** A session: when, where (one of the organisation's sites), how, for how much. */
export const SessionInput = z
  .object({
    siteId: FormNumber(z.coerce.number().int().positive()),
    modality: Modality,
    startDate: z.preprocess((v) => (v === '' || v === undefined ? null : v), IsoDate.nullable()),
    endDate: z.preprocess((v) => (v === '' || v === undefined ? null : v), IsoDate.nullable()),
    durationHours: FormNumber(z.coerce.number().int().min(1).max(10_000)),
    priceEur: FormNumber(z.coerce.number().min(0).max(1_000_000)),
    fundings: z.array(z.enum(FUNDINGS)).max(FUNDINGS.length).default([]),
    capacity: FormNumber(z.coerce.number().int().min(1).max(10_000)),
    seatsLeft: FormNumber(z.coerce.number().int().min(0).max(10_000)),
    registrationUrl: OptionalUrl,
  })
  .refine((s) => !s.startDate || !s.endDate || s.endDate >= s.startDate, { message: 'La fin ne peut pas précéder le début.', path: ['endDate'] })
  .refine((s) => s.seatsLeft === null || s.capacity === null || s.seatsLeft <= s.capacity, { message: 'Plus de places restantes que de places.', path: ['seatsLeft'] });

export const ManagedSession = z
  .object({
    id: z.number().int(),
    siteId: z.number().int().nullable(),
    siteLabel: z.string().nullable(),
    commune: z.string().nullable(),
    modality: Modality,
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    durationHours: z.number().int().nullable(),
    priceEur: z.number().nullable(),
    fundings: z.array(z.enum(FUNDINGS)),
    capacity: z.number().int().nullable(),
    seatsLeft: z.number().int().nullable(),
    registrationUrl: z.string().nullable(),
  })
  .meta({ id: 'ManagedSession' });

export const ManagedTraining = z
  .object({
    id: z.number().int(),
    status: TrainingStatus,
    title: z.string(),
    certificationCode: z.string().nullable(),
    certificationTitle: z.string().nullable(),
    description: z.string().nullable(),
    objective: z.string().nullable(),
    content: z.string().nullable(),
    expectedResults: z.string().nullable(),
    entryLevel: z.number().int().nullable(),
    entryRequirements: z.string().nullable(),
    accessibility: z.string().nullable(),
    contactLabel: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    url: z.string().nullable(),
    isDemo: z.boolean(),
    source: z.enum(['campus', 'lheo']),
    updatedAt: z.string(),
    sessions: z.array(ManagedSession),
  })
  .meta({ id: 'ManagedTraining' });

const Site = z.object({ id: z.number().int(), label: z.string(), commune: z.string().nullable() }).meta({ id: 'OrganisationSite' });

const orgAccess = { organisation: 'member', param: 'slug' } as const;
const errors = { 404: 'No such organisation, training or session.', 422: 'The organisation does not deliver training, or a code/site is unknown.' } as const;

export const listOrganisationTrainings = defineRoute({
  method: 'GET',
  path: '/api/v1/members/{slug}/trainings',
  operationId: 'listOrganisationTrainings',
  summary: 'An organisation’s trainings in every state (draft, published, archived), with their sessions and the organisation’s sites',
  tags: ['organisation space'],
  auth: orgAccess,
  params: z.object({ slug: Slug }),
  responses: {
    200: z
      .object({ organisation: z.object({ slug: z.string(), name: z.string(), deliversTraining: z.boolean() }), sites: z.array(Site), items: z.array(ManagedTraining) })
      .meta({ id: 'OrganisationTrainings' }),
  },
  errors: { 404: errors[404] },
});

export const createTraining = defineRoute({
  method: 'POST',
  path: '/api/v1/members/{slug}/trainings',
  operationId: 'createTraining',
  summary: 'Create a training (as a draft: publish it once its sessions are in)',
  tags: ['organisation space'],
  auth: orgAccess,
  params: z.object({ slug: Slug }),
  body: TrainingInput,
  responses: { 200: ManagedTraining },
  errors,
});

export const updateTraining = defineRoute({
  method: 'PUT',
  path: '/api/v1/members/{slug}/trainings/{id}',
  operationId: 'updateTraining',
  summary: 'Replace a training’s description',
  tags: ['organisation space'],
  auth: orgAccess,
  params: z.object({ slug: Slug, id: Id }),
  body: TrainingInput,
  responses: { 200: ManagedTraining },
  errors,
});

export const setTrainingStatus = defineRoute({
  method: 'POST',
  path: '/api/v1/members/{slug}/trainings/{id}/status',
  operationId: 'setTrainingStatus',
  summary: 'Publish, unpublish (draft) or archive a training; published trainings are in the public search at once',
  tags: ['organisation space'],
  auth: orgAccess,
  params: z.object({ slug: Slug, id: Id }),
  body: z.object({ status: TrainingStatus }),
  responses: { 200: ManagedTraining },
  errors,
});

export const createSession = defineRoute({
  method: 'POST',
  path: '/api/v1/members/{slug}/trainings/{id}/sessions',
  operationId: 'createSession',
  summary: 'Add a session to a training',
  tags: ['organisation space'],
  auth: orgAccess,
  params: z.object({ slug: Slug, id: Id }),
  body: SessionInput,
  responses: { 200: ManagedTraining },
  errors,
});

export const updateSession = defineRoute({
  method: 'PUT',
  path: '/api/v1/members/{slug}/trainings/{id}/sessions/{sessionId}',
  operationId: 'updateSession',
  summary: 'Replace a session',
  tags: ['organisation space'],
  auth: orgAccess,
  params: z.object({ slug: Slug, id: Id, sessionId: Id }),
  body: SessionInput,
  responses: { 200: ManagedTraining },
  errors,
});

export const deleteSession = defineRoute({
  method: 'DELETE',
  path: '/api/v1/members/{slug}/trainings/{id}/sessions/{sessionId}',
  operationId: 'deleteSession',
  summary: 'Remove a session',
  tags: ['organisation space'],
  auth: orgAccess,
  params: z.object({ slug: Slug, id: Id, sessionId: Id }),
  responses: { 200: ManagedTraining },
  errors: { 404: errors[404] },
});
