import { boolean, doublePrecision, index, integer, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** Communes of the official list (COG), with coordinates where known. */
export const communes = pgTable(
  'communes',
  {
    inseeCode: text('insee_code').primaryKey(),
    name: text('name').notNull(),
    departement: text('departement').notNull(),
    region: text('region'),
    postalCodes: text('postal_codes').array().notNull().default([]),
    population: integer('population'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
  },
  (t) => [index('communes_departement_idx').on(t.departement)],
);

/** Fiches métiers of ROME 4.0. */
export const metiers = pgTable('metiers', {
  romeCode: text('rome_code').primaryKey(),
  label: text('label').notNull(),
  parentCode: text('parent_code'),
  domainCode: text('domain_code'),
  definition: text('definition'),
  access: text('access'),
});

export const appellations = pgTable(
  'appellations',
  {
    code: text('code').primaryKey(),
    romeCode: text('rome_code')
      .notNull()
      .references(() => metiers.romeCode, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    shortLabel: text('short_label'),
  },
  (t) => [index('appellations_rome_idx').on(t.romeCode)],
);

/** ROME skill (savoir-faire, savoir-être) and knowledge (savoir) items. */
export const skills = pgTable('skills', {
  ogrCode: text('ogr_code').primaryKey(),
  label: text('label').notNull(),
  kind: text('kind', { enum: ['savoir_faire', 'savoir_etre', 'savoir'] }).notNull(),
  macroCode: text('macro_code'),
  macroLabel: text('macro_label'),
  category: text('category'),
});

export const metierSkills = pgTable(
  'metier_skills',
  {
    romeCode: text('rome_code')
      .notNull()
      .references(() => metiers.romeCode, { onDelete: 'cascade' }),
    ogrCode: text('ogr_code')
      .notNull()
      .references(() => skills.ogrCode, { onDelete: 'cascade' }),
    isCore: boolean('is_core').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.romeCode, t.ogrCode] }), index('metier_skills_ogr_idx').on(t.ogrCode)],
);

/** Certifications of the RNCP and RS registers. */
export const certifications = pgTable(
  'certifications',
  {
    code: text('code').primaryKey(),
    register: text('register', { enum: ['RNCP', 'RS'] }).notNull(),
    title: text('title').notNull(),
    level: smallint('level'),
    type: text('type'),
    certifiers: text('certifiers').array().notNull().default([]),
    isActive: boolean('is_active').notNull().default(true),
    validUntil: timestamp('valid_until', { mode: 'string' }),
  },
  (t) => [index('certifications_level_idx').on(t.level)],
);

export const skillBlocks = pgTable(
  'skill_blocks',
  {
    code: text('code').primaryKey(),
    certificationCode: text('certification_code')
      .notNull()
      .references(() => certifications.code, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    skills: text('skills'),
    /** Blocs entered by the campus (not in the imported register) are flagged so they are never passed off as RNCP data. */
    isCampusData: boolean('is_campus_data').notNull().default(false),
  },
  (t) => [index('skill_blocks_certification_idx').on(t.certificationCode)],
);

export const certificationMetiers = pgTable(
  'certification_metiers',
  {
    certificationCode: text('certification_code')
      .notNull()
      .references(() => certifications.code, { onDelete: 'cascade' }),
    romeCode: text('rome_code')
      .notNull()
      .references(() => metiers.romeCode, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.certificationCode, t.romeCode] }), index('certification_metiers_rome_idx').on(t.romeCode)],
);
