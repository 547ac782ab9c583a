import { boolean, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { metiers } from './reference';

/** ROME 4.0 beyond fiches, appellations and skills: the domain tree and the descriptive facets of a fiche. */

/** The 14 grands domaines (A–N). */
export const romeGrandsDomaines = pgTable('rome_grands_domaines', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
});

/** Domaines professionnels (A11, H15…), under a grand domaine. */
export const romeDomainesProfessionnels = pgTable(
  'rome_domaines_professionnels',
  {
    code: text('code').primaryKey(),
    label: text('label').notNull(),
    grandDomaineCode: text('grand_domaine_code')
      .notNull()
      .references(() => romeGrandsDomaines.code),
  },
  (t) => [index('rome_domaines_gd_idx').on(t.grandDomaineCode)],
);

/** Work contexts (hours, places, physical conditions…), grouped by type. */
export const workContexts = pgTable('work_contexts', {
  ogrCode: text('ogr_code').primaryKey(),
  label: text('label').notNull(),
  typeCode: text('type_code').notNull(),
  typeLabel: text('type_label').notNull(),
});

export const metierWorkContexts = pgTable(
  'metier_work_contexts',
  {
    romeCode: text('rome_code')
      .notNull()
      .references(() => metiers.romeCode, { onDelete: 'cascade' }),
    ogrCode: text('ogr_code')
      .notNull()
      .references(() => workContexts.ogrCode, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.romeCode, t.ogrCode] }), index('metier_work_contexts_ogr_idx').on(t.ogrCode)],
);

/** Secteurs d'activité and their sous-secteurs (one table: codes do not overlap, a sous-secteur has a parent). */
export const activitySectors = pgTable('activity_sectors', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  definition: text('definition'),
  parentCode: text('parent_code'),
});

export const metierActivitySectors = pgTable(
  'metier_activity_sectors',
  {
    romeCode: text('rome_code')
      .notNull()
      .references(() => metiers.romeCode, { onDelete: 'cascade' }),
    sectorCode: text('sector_code')
      .notNull()
      .references(() => activitySectors.code, { onDelete: 'cascade' }),
    isPrincipal: boolean('is_principal').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.romeCode, t.sectorCode] }), index('metier_activity_sectors_sector_idx').on(t.sectorCode)],
);

/** ROME's NAF sectors: NAF divisions (two digits, zero-padded; 00 = « transverse aux secteurs »). */
export const romeNafSectors = pgTable('rome_naf_sectors', {
  division: text('division').primaryKey(),
  label: text('label').notNull(),
});

export const metierNafSectors = pgTable(
  'metier_naf_sectors',
  {
    romeCode: text('rome_code')
      .notNull()
      .references(() => metiers.romeCode, { onDelete: 'cascade' }),
    division: text('division')
      .notNull()
      .references(() => romeNafSectors.division, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.romeCode, t.division] }), index('metier_naf_sectors_division_idx').on(t.division)],
);

/** Centres d'intérêt (« J'ai envie de… ») used to explore métiers by motivation. */
export const interestCentres = pgTable('interest_centres', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  definition: text('definition'),
});

export const metierInterestCentres = pgTable(
  'metier_interest_centres',
  {
    romeCode: text('rome_code')
      .notNull()
      .references(() => metiers.romeCode, { onDelete: 'cascade' }),
    centreCode: text('centre_code')
      .notNull()
      .references(() => interestCentres.code, { onDelete: 'cascade' }),
    isPrincipal: boolean('is_principal').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.romeCode, t.centreCode] }), index('metier_interest_centres_centre_idx').on(t.centreCode)],
);
