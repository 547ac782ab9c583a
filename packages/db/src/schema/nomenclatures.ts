import { index, pgTable, text } from 'drizzle-orm/pg-core';

/** NAF rév. 2 (INSEE): the 21 sections and the 732 sous-classes (0111Z…). */
export const nafSections = pgTable('naf_sections', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
});

export const nafCodes = pgTable(
  'naf_codes',
  {
    code: text('code').primaryKey(),
    label: text('label').notNull(),
    /** The first two digits: joins to ROME's NAF sectors. */
    division: text('division').notNull(),
    sectionCode: text('section_code')
      .notNull()
      .references(() => nafSections.code),
  },
  (t) => [index('naf_codes_division_idx').on(t.division), index('naf_codes_section_idx').on(t.sectionCode)],
);

/**
 * NSF (nomenclature des spécialités de formation, 1994) as published in the BCN tables: catégories (1 digit),
 * domaines (2 digits) and groupes de spécialités (3 digits) in one tree. Codes never collide across levels.
 */
export const nsfSpecialites = pgTable(
  'nsf_specialites',
  {
    code: text('code').primaryKey(),
    level: text('level', { enum: ['categorie', 'domaine', 'groupe'] }).notNull(),
    label: text('label').notNull(),
    parentCode: text('parent_code'),
  },
  (t) => [index('nsf_specialites_parent_idx').on(t.parentCode)],
);
