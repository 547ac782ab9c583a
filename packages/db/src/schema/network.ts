import { sql } from 'drizzle-orm';
import {
  boolean, date, doublePrecision, index, integer, jsonb, numeric, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { CampusProfile, Funding, Modality, OrganisationType } from '@passerelles/domain';
import { certifications, communes, skillBlocks } from './reference';

/** One row: the campus this instance serves. Its profile is data, edited by the campus admin. */
export const campus = pgTable('campus', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  profile: jsonb('profile').$type<CampusProfile>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const organisations = pgTable(
  'organisations',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    type: text('type').$type<OrganisationType>().notNull(),
    siret: text('siret'),
    uai: text('uai'),
    naf: text('naf'),
    websiteUrl: text('website_url'),
    description: text('description'),
    qualiopi: boolean('qualiopi').notNull().default(false),
    isMember: boolean('is_member').notNull().default(true),
    /** Invented for the demo campus: shown with a « donnée de démonstration » mark. */
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisations_type_idx').on(t.type)],
);

export const organisationSites = pgTable(
  'organisation_sites',
  {
    id: serial('id').primaryKey(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    address: text('address'),
    communeCode: text('commune_code').references(() => communes.inseeCode),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
  },
  (t) => [index('organisation_sites_org_idx').on(t.organisationId)],
);

/** Publication state of a training: only `published` ones are searchable. */
export const TRAINING_STATUSES = ['draft', 'published', 'archived'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];
/** Where a training comes from: entered by the campus, or imported from a LHÉO offer. */
export const TRAINING_SOURCES = ['campus', 'lheo'] as const;
export type TrainingSource = (typeof TRAINING_SOURCES)[number];

/**
 * A training (LHÉO `formation`): what an organisation teaches, towards one certification. Texts follow LHÉO 2.3:
 * objectif-formation, contenu-formation, resultats-attendus, niveau-entree-obligatoire, conditions-specifiques,
 * modalites-handicap (accessibility), contact-formation (an organisational contact, never a private person).
 */
export const trainings = pgTable(
  'trainings',
  {
    id: serial('id').primaryKey(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    certificationCode: text('certification_code').references(() => certifications.code),
    title: text('title').notNull(),
    description: text('description'),
    /** LHÉO objectif-formation. */
    objective: text('objective'),
    /** LHÉO contenu-formation. */
    content: text('content'),
    /** LHÉO resultats-attendus. */
    expectedResults: text('expected_results'),
    /** Level required on entry (3–8, the European levels); null: none. */
    entryLevel: smallint('entry_level'),
    /** LHÉO conditions-specifiques / prerequisites, as text. */
    entryRequirements: text('entry_requirements'),
    /** Reception of disabled people (référent handicap, adaptations). */
    accessibility: text('accessibility'),
    contactLabel: text('contact_label'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    contactUrl: text('contact_url'),
    /** Formacode® codes (LHÉO code-FORMACODE). */
    formacodes: text('formacodes').array().notNull().default(sql`'{}'::text[]`),
    url: text('url'),
    status: text('status').$type<TrainingStatus>().notNull().default('published'),
    source: text('source').$type<TrainingSource>().notNull().default('campus'),
    /** The offer's id in its source (LHÉO numero de formation), unique per organisation. */
    externalId: text('external_id'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('trainings_org_idx').on(t.organisationId),
    index('trainings_certification_idx').on(t.certificationCode),
    uniqueIndex('trainings_org_external_id_idx').on(t.organisationId, t.externalId),
  ],
);

/**
 * A session (LHÉO `action` + `session`): where, when, how and for whom a training runs. The place is one of the
 * organisation's sites (its commune gives the distance).
 */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: serial('id').primaryKey(),
    trainingId: integer('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    siteId: integer('site_id').references(() => organisationSites.id, { onDelete: 'set null' }),
    modality: text('modality').$type<Modality>().notNull(),
    startDate: date('start_date'),
    endDate: date('end_date'),
    durationHours: integer('duration_hours'),
    priceEur: numeric('price_eur', { precision: 10, scale: 2 }),
    fundings: text('fundings').array().$type<Funding[]>().notNull().default(sql`'{}'::text[]`),
    capacity: integer('capacity'),
    seatsLeft: integer('seats_left'),
    registrationUrl: text('registration_url'),
    /** LHÉO numero d'action (and session) when imported; unique within its training. */
    externalId: text('external_id'),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('training_sessions_training_idx').on(t.trainingId),
    index('training_sessions_site_idx').on(t.siteId),
    uniqueIndex('training_sessions_training_external_id_idx').on(t.trainingId, t.externalId),
  ],
);

/** Blocs de compétences a training covers (all of its certification's, or some for a partial path). */
export const trainingSkillBlocks = pgTable(
  'training_skill_blocks',
  {
    trainingId: integer('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    blockCode: text('block_code')
      .notNull()
      .references(() => skillBlocks.code, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.trainingId, t.blockCode] }), index('training_skill_blocks_block_idx').on(t.blockCode)],
);

/**
 * Curated progressions of the campus (Bac pro PIPAC → BTS → BUT / LP → master): certification codes, not
 * references, like certification successions (a step may point at a certification no import holds yet).
 */
export const chainLinks = pgTable(
  'chain_links',
  {
    fromCode: text('from_code').notNull(),
    toCode: text('to_code').notNull(),
    note: text('note'),
    /** Entered by the campus (always true for now; kept so imported links can never pass for curated ones). */
    isCampusData: boolean('is_campus_data').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.fromCode, t.toCode] }), index('chain_links_to_idx').on(t.toCode)],
);

/**
 * One row: the version of the searchable catalogue, bumped by every refresh of the search views. Caches of search
 * answers key on it, so a refresh by any process (an import, the seed, an edit) is seen at the next request.
 */
export const catalogueState = pgTable('catalogue_state', {
  id: smallint('id').primaryKey().default(1),
  version: integer('version').notNull().default(0),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
});
