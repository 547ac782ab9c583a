import { z } from 'zod';
import { FUNDINGS, MODALITIES, ORGANISATION_TYPES } from '@passerelles/domain';
import { defineRoute } from '../define';

export const Modality = z.enum(MODALITIES);
const Funding = z.enum(FUNDINGS);
const OrganisationType = z.enum(ORGANISATION_TYPES);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Date au format AAAA-MM-JJ.');
export const Departement = z.string().regex(/^(\d{2}|2A|2B|97\d)$/, 'Un code de département, par exemple 27.');
export const InseeCode = z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'Un code commune INSEE à 5 caractères, par exemple 27229.');

/** A repeated query parameter (`level=4&level=5`) or a single one, as an array. */
export const many = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]), z.array(item).max(20).optional());

export const FacetValue = z.object({ value: z.string(), count: z.number().int() }).meta({ id: 'FacetValue' });

const CommuneRef = z.object({ code: z.string(), name: z.string(), departement: z.string() });
const CertificationRef = z.object({ code: z.string(), title: z.string(), level: z.number().int().nullable(), type: z.string().nullable() });
const OrganisationRef = z.object({ id: z.number().int(), slug: z.string(), name: z.string(), type: OrganisationType });

export const SessionItem = z
  .object({
    id: z.number().int(),
    startDate: IsoDate.nullable(),
    endDate: IsoDate.nullable(),
    modality: Modality,
    durationHours: z.number().int().nullable(),
    priceEur: z.number().nullable(),
    fundings: z.array(Funding),
    capacity: z.number().int().nullable(),
    seatsLeft: z.number().int().nullable(),
    isDemo: z.boolean(),
    training: z.object({ id: z.number().int(), title: z.string() }),
    certification: CertificationRef.nullable(),
    organisation: OrganisationRef,
    commune: CommuneRef.nullable(),
    /** Set when the search gave a place (`commune`). */
    distanceKm: z.number().nullable(),
  })
  .meta({ id: 'SessionItem' });

export const SessionFacets = z
  .object({
    level: z.array(FacetValue),
    modality: z.array(FacetValue),
    funding: z.array(FacetValue),
    departement: z.array(FacetValue),
    certificationType: z.array(FacetValue),
    sector: z.array(FacetValue),
  })
  .meta({ id: 'SessionFacets' });

export const SessionSearchQuery = z.object({
  q: z.string().trim().max(200).optional().meta({ description: 'French full text: words of the training or certification title' }),
  level: many(z.coerce.number().int().min(3).max(8)),
  modality: many(Modality),
  funding: many(Funding),
  departement: many(Departement),
  certificationType: many(z.string().max(40)),
  /** `in`: certifications of the campus's sector only. */
  sector: z.enum(['in', 'out']).optional(),
  commune: InseeCode.optional().meta({ description: 'INSEE code of the place distances are measured from' }),
  radiusKm: z.coerce.number().min(1).max(500).optional().meta({ description: 'Only sessions within this distance of `commune`' }),
  startAfter: IsoDate.optional(),
  sort: z.enum(['relevance', 'distance', 'start']).default('relevance'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const searchSessions = defineRoute({
  method: 'GET',
  path: '/api/v1/sessions',
  operationId: 'searchSessions',
  expensive: true,
  summary: 'Search the training sessions of the network: French full text, facets with counts, distance from a commune, sorts, pages',
  tags: ['catalogue'],
  auth: 'public',
  query: SessionSearchQuery,
  responses: {
    200: z
      .object({ items: z.array(SessionItem), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), facets: SessionFacets })
      .meta({ id: 'SessionSearchResult' }),
  },
  errors: { 422: 'A distance filter or sort needs a known `commune`.' },
});

export const Outcome = z
  .object({
    cohort: z.string(),
    region: z.string().nullable(),
    route: z.enum(['scolaire', 'apprentissage']),
    leavers: z.number().int().nullable(),
    employment6: z.number().nullable(),
    employment12: z.number().nullable(),
    employment24: z.number().nullable(),
    furtherStudy: z.number().nullable(),
  })
  .meta({ id: 'Outcome' });

export const Training = z
  .object({
    id: z.number().int(),
    title: z.string(),
    objective: z.string().nullable(),
    content: z.string().nullable(),
    entryLevel: z.number().int().nullable(),
    entryRequirements: z.string().nullable(),
    accessibility: z.string().nullable(),
    /** An organisational contact, never a private person's details. */
    contact: z.object({ label: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable(), url: z.string().nullable() }),
    isDemo: z.boolean(),
    certification: CertificationRef.nullable(),
    blocks: z.array(z.object({ code: z.string(), label: z.string() })),
    organisation: OrganisationRef.extend({ qualiopi: z.boolean(), websiteUrl: z.string().nullable() }),
    sessions: z.array(SessionItem.omit({ training: true, certification: true, organisation: true })),
    outcomes: z.array(Outcome),
  })
  .meta({ id: 'Training' });

export const getTraining = defineRoute({
  method: 'GET',
  path: '/api/v1/trainings/{id}',
  operationId: 'getTraining',
  summary: 'One training with its certification, blocs, sessions and outcome indicators',
  tags: ['catalogue'],
  auth: 'public',
  params: z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) }),
  responses: { 200: Training },
  errors: { 404: 'No training has this id.' },
});

const Site = z.object({ label: z.string(), commune: CommuneRef.nullable(), latitude: z.number().nullable(), longitude: z.number().nullable() });

export const MemberSummary = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    type: OrganisationType,
    qualiopi: z.boolean(),
    isDemo: z.boolean(),
    sites: z.array(Site),
    trainingCount: z.number().int(),
  })
  .meta({ id: 'MemberSummary' });

export const listMembers = defineRoute({
  method: 'GET',
  path: '/api/v1/members',
  operationId: 'listMembers',
  summary: 'The members of the campus network, with their sites, filtered by type and département',
  tags: ['catalogue'],
  auth: 'public',
  query: z.object({ type: many(OrganisationType), departement: many(Departement), q: z.string().trim().max(120).optional() }),
  responses: {
    200: z
      .object({ items: z.array(MemberSummary), total: z.number().int(), facets: z.object({ type: z.array(FacetValue), departement: z.array(FacetValue) }) })
      .meta({ id: 'MemberList' }),
  },
});

export const getMember = defineRoute({
  method: 'GET',
  path: '/api/v1/members/{slug}',
  operationId: 'getMember',
  summary: 'One member of the network with its sites and its training offer',
  tags: ['catalogue'],
  auth: 'public',
  params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/, 'Identifiant de membre invalide.') }),
  responses: {
    200: MemberSummary.extend({
      siret: z.string().nullable(),
      uai: z.string().nullable(),
      naf: z.string().nullable(),
      description: z.string().nullable(),
      websiteUrl: z.string().nullable(),
      trainings: z.array(z.object({ id: z.number().int(), title: z.string(), certification: CertificationRef.nullable(), sessionCount: z.number().int(), modalities: z.array(Modality) })),
    }).meta({ id: 'Member' }),
  },
  errors: { 404: 'No member has this identifier.' },
});

export const ChainNode = z
  .object({
    code: z.string(),
    title: z.string(),
    level: z.number().int(),
    type: z.string().nullable(),
    /** Where and how it is offered in the network (empty when it is a sector certification not offered nearby). */
    offers: z.array(z.object({ organisation: z.string(), organisationSlug: z.string(), commune: z.string().nullable(), modalities: z.array(Modality), trainingId: z.number().int() })),
  })
  .meta({ id: 'ChainNode' });

export const ChainEdge = z
  .object({
    from: z.string(),
    to: z.string(),
    /** Why the step makes sense: a curated campus link, a successor, shared blocs, or shared métiers one level up. */
    kind: z.enum(['curated', 'succession', 'shared_blocks', 'shared_metiers']),
    weight: z.number(),
    /** The campus's word on a curated link (« en alternance, sur dossier »); absent for the other kinds. */
    note: z.string().nullable().optional(),
  })
  .meta({ id: 'ChainEdge' });

export const getChain = defineRoute({
  method: 'GET',
  path: '/api/v1/chain',
  operationId: 'getChain',
  summary: 'The readable chain: the sector certifications of the territory by level (3 → 8) and the progressions between them',
  tags: ['catalogue'],
  auth: 'public',
  responses: { 200: z.object({ nodes: z.array(ChainNode), edges: z.array(ChainEdge) }).meta({ id: 'Chain' }) },
});
