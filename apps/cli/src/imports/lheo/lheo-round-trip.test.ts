import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows, readLheoOffer, seedDemoCampus, tables, type Db } from '@passerelles/db';
import { createTestDatabase, insertCertificationSample, insertRomeSample, type TestDatabase } from '@passerelles/db/testing';
import { writeLheoDocument } from '@passerelles/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lheoSource } from './lheo-import';
import { validateLheo } from './testing/lheo-xsd';

let source: TestDatabase;
let target: TestDatabase;
let folder: string;

/** Communes of the demo sites, so that sites have a commune (and the export a postal code). */
const COMMUNES = [
  ['27229', 'Évreux', '27', ['27000']], ['76475', 'Franqueville-Saint-Pierre', '76', ['76520']], ['14118', 'Caen', '14', ['14000']],
  ['76351', 'Le Havre', '76', ['76600', '76610', '76620']], ['76758', 'Yvetot', '76', ['76190']], ['50502', 'Saint-Lô', '50', ['50000']],
  ['27701', 'Val-de-Reuil', '27', ['27100']], ['27681', 'Vernon', '27', ['27200']], ['76540', 'Rouen', '76', ['76000', '76100']],
  ['76451', 'Mont-Saint-Aignan', '76', ['76130']], ['76575', 'Saint-Étienne-du-Rouvray', '76', ['76800']], ['27375', 'Louviers', '27', ['27400']],
] as const;

async function prepare(db: Db) {
  await insertRomeSample(db);
  await insertCertificationSample(db);
  await db.insert(tables.communes).values(COMMUNES.map(([inseeCode, name, departement, postalCodes]) => ({ inseeCode, name, departement, region: '28', postalCodes: [...postalCodes], latitude: 49, longitude: 1 })))
    .onConflictDoNothing();
}

/** A training with every field filled, and awkward values: markup characters, a long text, quotes, a control character. */
async function insertRichTraining(db: Db) {
  const [org] = await db.select().from(tables.organisations).where(sql`slug = 'greta-eure'`);
  const [site] = await db.select().from(tables.organisationSites).where(sql`organisation_id = ${org!.id}`).orderBy(tables.organisationSites.id);
  const [cert] = await db.select({ code: tables.certifications.code }).from(tables.certifications).limit(1);
  const [training] = await db.insert(tables.trainings).values({
    organisationId: org!.id, title: 'Technicien <BPF> & « qualité » "aseptique"', description: 'Formation courte.\nDeuxième ligne.',
    objective: `Maîtriser les BPF : pH < 7 && T > 20 °C.\u0001 ${'Long texte. '.repeat(400)}`.trim(), content: 'Module 1\nModule 2', expectedResults: 'Attestation',
    entryLevel: 4, entryRequirements: 'Bac scientifique ou expérience', accessibility: 'Référent handicap : accueil adapté',
    contactLabel: 'Service formation continue', contactEmail: 'formation@example.org', contactPhone: '02 32 00 00 00', contactUrl: 'https://example.org/contact',
    formacodes: ['31734', '11054', '12345', '22345', '32345', '42345'], url: 'https://example.org/formation', certificationCode: cert?.code ?? null, isDemo: true,
  }).returning();
  await db.insert(tables.trainingSessions).values([
    { trainingId: training!.id, siteId: site!.id, modality: 'contrat_pro', startDate: '2026-10-05', endDate: '2027-06-30', durationHours: 455, priceEur: '6825.50',
      fundings: ['opco', 'cpf', 'employer'], capacity: 12, seatsLeft: 3, registrationUrl: 'https://example.org/inscription?session=1&x=2', isDemo: true },
    { trainingId: training!.id, siteId: null, modality: 'vae', startDate: null, endDate: null, durationHours: null, priceEur: null, fundings: [], capacity: null, seatsLeft: null, isDemo: false },
  ]);
  // A draft and an archived training never leave the platform.
  await db.insert(tables.trainings).values([
    { organisationId: org!.id, title: 'Brouillon', status: 'draft' },
    { organisationId: org!.id, title: 'Archivée', status: 'archived' },
  ]);
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'passerelles-lheo-'));
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await prepare(source.db);
  await seedDemoCampus(source.db);
  await insertRichTraining(source.db);
  // The target holds the same members (and certifications, communes), but no training.
  await prepare(target.db);
  const members = await source.db.select().from(tables.organisations);
  await target.db.insert(tables.organisations).values(members.map(({ id: _id, createdAt: _c, ...o }) => o));
});
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await Promise.all([source?.dispose(), target?.dispose()]);
});

/** The meaningful content of an offer, keyed by organisation and title, ids and bookkeeping left out. */
async function offer(db: Db) {
  const trainings = await queryRows<Record<string, unknown>>(db, sql`
    select o.slug, t.title, t.description, t.objective, t.content, t.expected_results, t.entry_level, t.entry_requirements, t.accessibility,
      t.contact_label, t.contact_email, t.contact_phone, t.contact_url, t.formacodes, t.url, t.certification_code, t.is_demo,
      coalesce((select json_agg(json_build_object('modality', s.modality, 'start', s.start_date, 'end', s.end_date, 'hours', s.duration_hours,
        'price', s.price_eur, 'fundings', (select array_agg(f order by f) from unnest(s.fundings) f), 'capacity', s.capacity, 'left', s.seats_left,
        'registration', s.registration_url, 'demo', s.is_demo, 'commune', si.commune_code)
        order by s.start_date nulls last, s.modality, s.duration_hours, s.capacity, si.commune_code) from training_sessions s left join organisation_sites si on si.id = s.site_id
        where s.training_id = t.id), '[]') as sessions
    from trainings t join organisations o on o.id = t.organisation_id
    where t.status = 'published' and exists (select 1 from training_sessions s where s.training_id = t.id)
    order by o.slug, t.title, t.objective`);
  return trainings;
}

describe('LHÉO round trip: export → import gives the same offer', () => {
  let xml: string;

  it('exports the published offer as LHÉO 2.3 valid against the official lheo.xsd, demo data flagged', async () => {
    const { formations } = await readLheoOffer(source.db);
    expect(formations.map((f) => f.title)).not.toContain('Brouillon');
    expect(formations.map((f) => f.title)).not.toContain('Archivée');
    xml = writeLheoDocument(formations, { generatedAt: '2026-01-01T00:00:00.000Z' });
    const validation = validateLheo(xml);
    expect(validation.errors).toEqual([]);
    expect(xml).toContain('<lheo xmlns="http://lheo.gouv.fr/2.3">');
    expect(xml).toContain('<intitule-formation>Technicien &lt;BPF&gt; &amp; « qualité » &quot;aseptique&quot;</intitule-formation>');
    expect(xml).toContain('<extra info="donnee-demonstration">1</extra>');
    expect(xml).not.toContain('\u0001');
  });

  it('imports the export into a database holding the same members and finds the same trainings and sessions', async () => {
    const path = join(folder, 'offre.xml');
    writeFileSync(path, xml);
    const report = await lheoSource.run(target, path, { dryRun: false });
    expect(report.error).toBeUndefined();
    expect(report).toMatchObject({ status: 'succeeded', fileVersion: 'LHÉO 2.3' });
    const expected = await offer(source.db);
    expect(expected.length).toBeGreaterThan(1);
    const got = await offer(target.db);
    // The control character cannot travel in XML: it is the one difference.
    const strip = (rows: Record<string, unknown>[]) => rows.map((r) => ({ ...r, objective: typeof r.objective === 'string' ? r.objective.replace('\u0001', '') : r.objective }));
    expect(strip(got)).toEqual(strip(expected));
    const sessions = (rows: Record<string, unknown>[]) => rows.reduce((n, r) => n + (r.sessions as unknown[]).length, 0);
    expect(sessions(got)).toBe(sessions(expected));
    expect(report.tables.training_sessions?.inserted).toBe(sessions(expected));
  });

  it('imports it again without any change', async () => {
    const report = await lheoSource.run(target, join(folder, 'offre.xml'), { dryRun: false });
    expect(report).toMatchObject({ status: 'succeeded', updated: 0 });
    expect(report.tables.trainings).toMatchObject({ inserted: 0, updated: 0, removed: 0 });
  });
});
