import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, insertCertificationSample, insertRomeSample, type TestDatabase } from '../testing/index';
import { queryRows } from '../query';
import { nextRentree, seedDemoCampus } from './demo-campus';

const TODAY = new Date('2026-03-02T08:00:00Z');

async function counts(db: TestDatabase['db']) {
  const [row] = await queryRows<Record<string, number>>(db, sql`
    select (select count(*)::int from organisations) as organisations,
           (select count(*)::int from organisation_sites) as sites,
           (select count(*)::int from trainings) as trainings,
           (select count(*)::int from training_sessions) as sessions,
           (select count(*)::int from training_skill_blocks) as blocks,
           (select count(*)::int from chain_links) as links,
           (select count(*)::int from session_search) as searchable`);
  return row!;
}

describe('demo campus seed', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.dispose());

  it('seeds trainings without certifications when no reference data was imported', async () => {
    const summary = await seedDemoCampus(database.db, { today: TODAY });
    expect(summary.sessions).toBeGreaterThanOrEqual(150);
    const [row] = await queryRows<{ linked: number }>(database.db, sql`select count(certification_code)::int as linked from trainings`);
    expect(row!.linked).toBe(0);
  });

  it('is idempotent and links the certifications that exist', async () => {
    await insertRomeSample(database.db);
    await insertCertificationSample(database.db);
    const first = await seedDemoCampus(database.db, { today: TODAY });
    const before = await counts(database.db);
    const ids = await queryRows<{ id: number }>(database.db, sql`select id from trainings order by id`);
    const second = await seedDemoCampus(database.db, { today: TODAY });
    expect(second).toEqual(first);
    expect(await counts(database.db)).toEqual(before);
    expect(await queryRows<{ id: number }>(database.db, sql`select id from trainings order by id`)).toEqual(ids);
    expect(before.sessions).toBe(first.sessions);
    expect(before.sessions).toBeGreaterThanOrEqual(150);
    expect(before.searchable).toBe(before.sessions);
    expect(before.organisations).toBeGreaterThanOrEqual(35);
    expect(before.links).toBe(8);
    expect(before.blocks).toBeGreaterThan(0);
    const [pipac] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from trainings where certification_code = 'RNCP37699'`);
    expect(pipac!.n).toBeGreaterThanOrEqual(4);
  });

  it('keeps real offers unflagged with their Parcoursup capacity, and dates within the next 12 months', async () => {
    const real = await queryRows<{ slug: string; capacity: number; is_demo: boolean; seats_left: number | null }>(database.db, sql`
      select o.slug, s.capacity, s.is_demo, s.seats_left from training_sessions s join trainings t on t.id = s.training_id
      join organisations o on o.id = t.organisation_id where o.uai = '0271579V'`);
    expect(real).toEqual([{ slug: 'lycee-senghor-evreux', capacity: 30, is_demo: false, seats_left: null }]);
    const [range] = await queryRows<{ first: string; last: string; demo: number }>(database.db, sql`
      select min(start_date)::text as first, max(start_date)::text as last, count(*) filter (where is_demo)::int as demo from training_sessions`);
    expect(range!.first >= '2026-03-02').toBe(true);
    expect(range!.last <= '2027-03-02').toBe(true);
    expect(range!.demo).toBeGreaterThan(100);
    const [contacts] = await queryRows<{ missing: number }>(database.db, sql`select count(*)::int as missing from trainings where contact_label is null`);
    expect(contacts!.missing).toBe(0);
  });

  it('starts the school year on the next 1 September', () => {
    expect(nextRentree(new Date('2026-03-02T00:00:00Z')).toISOString().slice(0, 10)).toBe('2026-09-01');
    expect(nextRentree(new Date('2026-09-01T00:00:00Z')).toISOString().slice(0, 10)).toBe('2026-09-01');
    expect(nextRentree(new Date('2026-09-02T00:00:00Z')).toISOString().slice(0, 10)).toBe('2027-09-01');
  });
});
