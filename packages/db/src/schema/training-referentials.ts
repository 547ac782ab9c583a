import { index, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';
import { certifications, metiers } from './reference';

/**
 * Formacode, 2003 edition (Centre Inffo): the thesaurus of training subjects. One row per descriptor with the
 * fields of the published file; narrower terms are not stored (they are the rows whose `parentCode` is this one).
 */
export const formacodes = pgTable(
  'formacodes',
  {
    code: text('code').primaryKey(),
    /** The descriptor as published, in capitals without accents (THEORIE GRAPHES). */
    label: text('label').notNull(),
    /** The same words in lower case with accents (théorie graphes): the one to show. */
    lowercaseLabel: text('lowercase_label').notNull(),
    /** Kinds of descriptor: DOM (training subject), DIP (diploma), PUB (public), PAY (country), OUT (means)… */
    kinds: text('kinds').array().notNull().default([]),
    /** Semantic field (3 digits, 65 fields: 110 MATHEMATIQUES); domain descriptors only. */
    fieldCode: text('field_code'),
    fieldLabel: text('field_label'),
    /** Broader term (terme générique): at most one, always a descriptor of the edition. */
    parentCode: text('parent_code'),
    relatedCodes: text('related_codes').array().notNull().default([]),
    /** Non-descriptors (« employé pour »): words a search should lead to this descriptor. */
    synonyms: text('synonyms').array().notNull().default([]),
    definition: text('definition'),
    applicationNote: text('application_note'),
    /** Diploma descriptors: the old French level (I–V, Vbis) as given. */
    diplomaLevel: text('diploma_level'),
    /** NSF groupe de spécialités (3 digits). */
    nsfCode: text('nsf_code'),
    /** ROME v2 (1993) codes, 5 digits: kept as given, they match nothing in ROME 3 or 4. */
    romeV2Codes: text('rome_v2_codes').array().notNull().default([]),
    /** The last column: the descriptor(s) this one corresponds to in a later edition (not all are 2003 codes). */
    equivalentCodes: text('equivalent_codes').array().notNull().default([]),
  },
  (t) => [index('formacodes_parent_idx').on(t.parentCode), index('formacodes_field_idx').on(t.fieldCode)],
);

/**
 * MEF (modules élémentaires de formation, BCN table nMef): one year of one training in Éducation nationale
 * statistics. What turns the MEFSTAT11 of InserJeunes school rows into the diploma code (CFD) certifications hold.
 */
export const mefCodes = pgTable(
  'mef_codes',
  {
    mef: text('mef').primaryKey(),
    mefstat11: text('mefstat11').notNull(),
    /** Code formation diplôme (8 characters). */
    cfd: text('cfd').notNull(),
    dispositif: text('dispositif').notNull(),
    label: text('label').notNull(),
    durationYears: smallint('duration_years'),
    yearOfTraining: smallint('year_of_training'),
    /** ISO dates (yyyy-mm-dd) of the code's validity. */
    openedOn: text('opened_on'),
    closedOn: text('closed_on'),
  },
  (t) => [index('mef_codes_mefstat11_idx').on(t.mefstat11), index('mef_codes_cfd_idx').on(t.cfd)],
);

/** Onisep Idéo: initial trainings in France, one row per training page (FOR.1234). */
export const onisepFormations = pgTable(
  'onisep_formations',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    typeLabel: text('type_label').notNull(),
    typeAcronym: text('type_acronym'),
    /** The training's own acronym (QIABI, INSA…). */
    acronym: text('acronym'),
    durationLabel: text('duration_label').notNull(),
    durationMonths: smallint('duration_months'),
    /** The RNCP code as the file gives it (RNCP35335), whether or not the register is imported. */
    rncpCode: text('rncp_code'),
    /** The certification, set only when it exists in the database at import time. */
    certificationCode: text('certification_code').references(() => certifications.code, { onDelete: 'set null' }),
    /** European level 3–8; null when not registered or not given. */
    level: smallint('level'),
    levelLabel: text('level_label').notNull(),
    /** « code CNIS »: the NSF groupe de spécialités (3 digits). */
    nsfCode: text('nsf_code'),
    authority: text('authority'),
    url: text('url').notNull(),
    /** « domaine/sous-domaine » tags. */
    domains: text('domains').array().notNull().default([]),
  },
  (t) => [index('onisep_formations_certification_idx').on(t.certificationCode), index('onisep_formations_rncp_idx').on(t.rncpCode)],
);

/** Onisep Idéo métiers (MET.123); the file repeats a métier once per publication, stored here once. */
export const onisepMetiers = pgTable('onisep_metiers', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  url: text('url').notNull(),
  /** Groupe formation emploi (GFE R : santé, social…). */
  gfe: text('gfe'),
  /** The ROME code as given (ROME 3); the links below say which ROME 4 fiches it leads to. */
  romeCode: text('rome_code'),
  romeLabel: text('rome_label'),
  domains: text('domains').array().notNull().default([]),
  /** « Publication (collection, year) » for each Onisep publication the métier appears in. */
  publications: text('publications').array().notNull().default([]),
});

export const onisepMetierMetiers = pgTable(
  'onisep_metier_metiers',
  {
    onisepId: text('onisep_id')
      .notNull()
      .references(() => onisepMetiers.id, { onDelete: 'cascade' }),
    romeCode: text('rome_code')
      .notNull()
      .references(() => metiers.romeCode, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.onisepId, t.romeCode] }), index('onisep_metier_metiers_rome_idx').on(t.romeCode)],
);
