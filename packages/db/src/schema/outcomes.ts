import { index, integer, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';

/**
 * InserJeunes outcomes by cohort × region × training (DEPP / DARES). School rows are published by MEFSTAT11,
 * apprenticeship rows by CFD; school rows get their CFD through the MEF table, so a certification (cfd_codes)
 * finds both. Counts and rates are as published: a value the producer did not publish stays null, never 0, and
 * `maskedFields` / `note` say why.
 */
export const outcomes = pgTable(
  'outcomes',
  {
    /** The producer's row id (2019_2020_10_scolaire_32221022002). */
    id: text('id').primaryKey(),
    /** Millésime: the two school years of the cohort (2019_2020). */
    cohort: text('cohort').notNull(),
    /** INSEE region code (28 = Normandie). */
    regionCode: text('region_code').notNull(),
    route: text('route', { enum: ['scolaire', 'apprentissage'] }).notNull(),
    mefstat11: text('mefstat11'),
    /** Given for apprenticeship rows; found through the MEF table for school rows (null when it is unknown). */
    cfd: text('cfd'),
    finalYearStudents: integer('final_year_students').notNull(),
    leavers: integer('leavers'),
    inFurtherStudy: integer('in_further_study'),
    employed6Months: integer('employed_6_months'),
    employed12Months: integer('employed_12_months'),
    employed18Months: integer('employed_18_months'),
    employed24Months: integer('employed_24_months'),
    /** Percentages (0–100) as published. */
    employmentRate6Months: smallint('employment_rate_6_months'),
    employmentRate12Months: smallint('employment_rate_12_months'),
    employmentRate18Months: smallint('employment_rate_18_months'),
    employmentRate24Months: smallint('employment_rate_24_months'),
    furtherStudyRate: smallint('further_study_rate'),
    /** Columns the file left empty. */
    maskedFields: text('masked_fields').array().notNull().default([]),
    note: text('note'),
  },
  (t) => [index('outcomes_cfd_idx').on(t.cfd), index('outcomes_mefstat11_idx').on(t.mefstat11), index('outcomes_region_cohort_idx').on(t.regionCode, t.cohort)],
);

/**
 * DEPP outcomes and value added by establishment (UAI), one file per cohort and kind of establishment:
 * `pro` (lycées, with « ensemble », « dont apprentis », « dont élèves en voie pro sco » lines) or `apprentissage`
 * (CFA, one line each). `nd` (non diffusé) is kept as null.
 */
export const establishmentOutcomes = pgTable(
  'establishment_outcomes',
  {
    cohort: text('cohort').notNull(),
    route: text('route', { enum: ['pro', 'apprentissage'] }).notNull(),
    uai: text('uai').notNull(),
    population: text('population', { enum: ['ensemble', 'apprentis', 'scolaires'] }).notNull(),
    name: text('name').notNull(),
    regionLabel: text('region_label').notNull(),
    regionCode: text('region_code').notNull(),
    furtherStudyRate: smallint('further_study_rate'),
    /** « Taux »: employment rate 6 months after leaving; « Taux attendu » the rate expected for such pupils. */
    employmentRate: smallint('employment_rate'),
    expectedEmploymentRate: smallint('expected_employment_rate'),
    /** Rate minus expected rate, in points. */
    valueAdded: smallint('value_added'),
    shareInFurtherStudy: smallint('share_in_further_study'),
    shareEmployed6Months: smallint('share_employed_6_months'),
    shareOther: smallint('share_other'),
    maskedFields: text('masked_fields').array().notNull().default([]),
    /** The file the line comes from. */
    sourceFile: text('source_file').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohort, t.route, t.uai, t.population] }), index('establishment_outcomes_uai_idx').on(t.uai), index('establishment_outcomes_region_idx').on(t.regionCode)],
);
