import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/index';
import { getNetworkFigures } from './repositories/figures.repository';
import { getCampusProfile, saveCampusProfile } from './repositories/campus.repository';
import { sql } from 'drizzle-orm';
import { migratedPgliteImage, migrationsFolder, openDatabase, tables } from './index';
import { queryRows } from './query';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
});

describe(`database (${process.env.TEST_DB_KIND ?? 'pglite'})`, () => {
  it('applies every migration and reports the version', async () => {
    const version = await database.migrationVersion();
    expect(version.applied).toBeGreaterThanOrEqual(2);
    expect(version.latest).toMatch(/^\d{4}_/);
  });

  it('migrating twice changes nothing', async () => {
    const before = await database.migrationVersion();
    await database.migrate();
    expect(await database.migrationVersion()).toEqual(before);
  });

  it('has the French search extensions', async () => {
    const [r] = await queryRows<{ v: string }>(
      database.db,
      sql`select unaccent('Opératrice') || ' ' || similarity('pharma', 'pharmacie')::text as v`,
    );
    expect(r?.v).toMatch(/^Operatrice 0\./);
  });

  it('counts the network figures from the tables', async () => {
    expect(await getNetworkFigures(database.db)).toEqual({
      members: 0, trainingProviders: 0, companies: 0, trainings: 0, sessions: 0, certifications: 0, metiers: 0,
    });
    const [school] = await database.db
      .insert(tables.organisations)
      .values({ slug: 'lycee-test', name: 'Lycée test', type: 'school' })
      .returning();
    await database.db.insert(tables.organisations).values({ slug: 'ent', name: 'Entreprise', type: 'company' });
    await database.db.insert(tables.organisations).values({ slug: 'ext', name: 'Hors réseau', type: 'company', isMember: false });
    await database.db.insert(tables.trainings).values({ organisationId: school!.id, title: 'BTS' });
    const figures = await getNetworkFigures(database.db);
    expect(figures).toMatchObject({ members: 2, trainingProviders: 1, companies: 1, trainings: 1 });
  });

  it('stores and updates the campus profile', async () => {
    const profile = {
      slug: 'c', name: 'Campus', shortName: 'C', tagline: { fr: 'f', en: 'e' }, sector: 's',
      departements: ['27'], romeCodes: ['H2302'], nsfCodes: [], sensitiveRomeCodes: [], contactEmail: 'a@b.fr',
    };
    await saveCampusProfile(database.db, profile);
    await saveCampusProfile(database.db, { ...profile, name: 'Campus renommé' });
    expect((await getCampusProfile(database.db))?.name).toBe('Campus renommé');
  });
});

describe('an in-memory PGlite database opened from a migrated image', () => {
  it('has every migration, the extensions and empty tables, and is a copy the image does not share', async () => {
    const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    const image = await migratedPgliteImage();
    const a = await openDatabase({ kind: 'pglite', dataDir: null, image });
    const b = await openDatabase({ kind: 'pglite', dataDir: null, image });
    try {
      expect(await a.migrationVersion()).toMatchObject({ applied: journal.entries.length, latest: journal.entries.at(-1)!.tag });
      const [r] = await queryRows<{ v: string }>(a.db, sql`select unaccent('Opératrice') as v`);
      expect(r?.v).toBe('Operatrice');
      expect((await getNetworkFigures(a.db)).members).toBe(0);
      await a.db.insert(tables.organisations).values({ slug: 'ent', name: 'Entreprise', type: 'company' });
      expect((await getNetworkFigures(a.db)).members).toBe(1);
      expect((await getNetworkFigures(b.db)).members).toBe(0);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
