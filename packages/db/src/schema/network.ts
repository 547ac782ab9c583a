import { sql } from 'drizzle-orm';
import {
  boolean, date, doublePrecision, index, integer, jsonb, numeric, pgTable, serial, text, timestamp,
} from 'drizzle-orm/pg-core';
import type { CampusProfile, Funding, Modality, OrganisationType } from '@passerelles/domain';
import { certifications, communes } from './reference';

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
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('trainings_org_idx').on(t.organisationId), index('trainings_certification_idx').on(t.certificationCode)],
);

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
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('training_sessions_training_idx').on(t.trainingId)],
);
