import { boolean, date, doublePrecision, index, integer, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

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

/** Fiches métiers of ROME 4.0. `parentCode` is the ROME 3 fiche a ROME 4 sub-fiche refines (itself for the 532 ROME 3 codes). */
export const metiers = pgTable(
  'metiers',
  {
    romeCode: text('rome_code').primaryKey(),
    label: text('label').notNull(),
    parentCode: text('parent_code'),
    /** Domaine professionnel (e.g. H15); its first letter is the grand domaine. */
    domainCode: text('domain_code'),
    definition: text('definition'),
    access: text('access'),
    ogrCode: text('ogr_code'),
    riasecMajor: text('riasec_major'),
    riasecMinor: text('riasec_minor'),
    transitionEco: text('transition_eco'),
  },
  (t) => [index('metiers_domain_idx').on(t.domainCode), index('metiers_parent_idx').on(t.parentCode)],
);

export const appellations = pgTable(
  'appellations',
  {
    code: text('code').primaryKey(),
    romeCode: text('rome_code')
      .notNull()
      .references(() => metiers.romeCode, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    shortLabel: text('short_label'),
    /** The appellation that names the fiche itself (classification PRINCIPALE). */
    isPrincipal: boolean('is_principal').notNull().default(false),
    /** « Peu usité »: kept for search, shown last. */
    isRare: boolean('is_rare').notNull().default(false),
  },
  (t) => [index('appellations_rome_idx').on(t.romeCode)],
);

/** ROME skill (savoir-faire, savoir-être) and knowledge (savoir) items. */
export const skills = pgTable('skills', {
  ogrCode: text('ogr_code').primaryKey(),
  label: text('label').notNull(),
  kind: text('kind', { enum: ['savoir_faire', 'savoir_etre', 'savoir'] }).notNull(),
  /** Macro-compétences are skills too (the savoir-être ones are all macro); others point to theirs. */
  isMacro: boolean('is_macro').notNull().default(false),
  macroCode: text('macro_code'),
  macroLabel: text('macro_label'),
  /** Savoir-faire: Technique, Technique expert, Transverse; savoir: the knowledge category. */
  category: text('category'),
  subCategory: text('sub_category'),
  riasecMajor: text('riasec_major'),
  riasecMinor: text('riasec_minor'),
}, (t) => [index('skills_kind_idx').on(t.kind), index('skills_macro_idx').on(t.macroCode)]);

export const metierSkills = pgTable(
  'metier_skills',
  {
    romeCode: text('rome_code')
      .notNull()
      .references(() => metiers.romeCode, { onDelete: 'cascade' }),
    ogrCode: text('ogr_code')
      .notNull()
      .references(() => skills.ogrCode, { onDelete: 'cascade' }),
    /** coeur_metier « Principale »: the item is at the core of the métier. */
    isCore: boolean('is_core').notNull().default(false),
    /** coeur_metier « Émergente »: a skill the métier is growing into. */
    isEmerging: boolean('is_emerging').notNull().default(false),
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
    /** End of registration (date de fin d'enregistrement / d'échéance). */
    validUntil: timestamp('valid_until', { mode: 'string' }),
    /** Full name of the abbreviation in `type` (BTS → Brevet de technicien supérieur). */
    typeLabel: text('type_label'),
    /** « Enregistrement de droit » (State diplomas) or « sur demande ». */
    registrationType: text('registration_type'),
    /** Registration date: decision (sur demande), else effect or publication date (de droit). */
    registeredOn: date('registered_on', { mode: 'string' }),
    /** SIRET of the certifiers where the source gives them (same certifiers as `certifiers`, names). */
    certifierSirets: text('certifier_sirets').array().notNull().default([]),
    /** NSF codes as the register gives them: groupe (221) or groupe + fonction letter (221w). */
    nsfCodes: text('nsf_codes').array().notNull().default([]),
    formacodes: text('formacodes').array().notNull().default([]),
    /** Éducation nationale diploma codes (CFD, 8 characters) of the diplomas this fiche registers. */
    cfdCodes: text('cfd_codes').array().notNull().default([]),
    /** Open to apprenticeship (Kit apprentissage); null when no source says. */
    apprenticeship: boolean('apprenticeship'),
    /**
     * The richest source that described the certification: rncp (register export) > kit-apprentissage > certif-info.
     * A poorer source only completes what a richer one left empty, so the import order does not matter.
     */
    dataSource: text('data_source').notNull().default('campus'),
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
    /** `skills` cut into one item per competence (the register runs them together in one text). */
    skillList: text('skill_list').array().notNull().default([]),
    /** Modalités d'évaluation of the bloc. */
    assessment: text('assessment'),
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
    /** Which import (or the campus) gave the link: a re-import prunes only its own links. */
    origin: text('origin').notNull().default('campus'),
  },
  (t) => [primaryKey({ columns: [t.certificationCode, t.romeCode] }), index('certification_metiers_rome_idx').on(t.romeCode)],
);
