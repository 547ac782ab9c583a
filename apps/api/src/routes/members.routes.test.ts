import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCampus, tables, type Db } from '@passerelles/db';
import { insertCertificationSample, insertRomeSample } from '@passerelles/db/testing';
import { startTestApi, type TestApi } from '../test-api';

let api: TestApi;

/** A small real-shaped chain on top of the samples: BTS → BUT → master, one RS certificate, one out-of-sector BTS. */
async function insertChainFixture(db: Db): Promise<void> {
  const { certifications, certificationMetiers, chainLinks, organisations, organisationSites, skillBlocks, trainingSessions, trainings } = tables;
  await db.insert(certifications).values([
    { code: 'TST0005', register: 'RNCP', title: 'Biotechnologies en recherche et en production', level: 5, type: 'BTS', nsfCodes: ['222'], dataSource: 'campus' },
    { code: 'TST0006', register: 'RNCP', title: 'Génie biologique', level: 6, type: 'BUT', nsfCodes: ['118'], dataSource: 'campus' },
    { code: 'TST0007', register: 'RNCP', title: 'Biotechnologies', level: 7, type: 'MASTER', dataSource: 'campus' },
    { code: 'TSTRS01', register: 'RS', title: 'Habilitation zone à atmosphère contrôlée', level: null, nsfCodes: ['222'], dataSource: 'campus' },
    { code: 'TSTOUT5', register: 'RNCP', title: 'Comptabilité et gestion', level: 5, type: 'BTS', nsfCodes: ['314'], dataSource: 'campus' },
  ]);
  await db.insert(certificationMetiers).values([
    { certificationCode: 'TST0005', romeCode: 'H2303' },
    { certificationCode: 'RNCP38884', romeCode: 'H2303' },
    { certificationCode: 'TST0006', romeCode: 'H2303' },
  ]);
  await db.insert(skillBlocks).values([
    { code: 'TST0005BC01', certificationCode: 'TST0005', label: 'Conduite d’une production', isCampusData: true },
  ]);
  await db.insert(chainLinks).values([
    { fromCode: 'RNCP37699', toCode: 'TST0005', note: 'Après le bac pro, en apprentissage.' },
    { fromCode: 'TST0006', toCode: 'TST0007', note: 'Sur dossier.' },
  ]).onConflictDoNothing();
  const org = (await db.select().from(organisations)).find((o) => o.slug === 'cfa-industrie-pharmaceutique-normandie');
  const [site] = await db.insert(organisationSites).values({ organisationId: org!.id, label: 'Fixture Rouen', communeCode: '76540', latitude: 49.44, longitude: 1.1 }).returning();
  const make = async (code: string, title: string, status: 'published' | 'draft' = 'published') => {
    const [t] = await db.insert(trainings).values({ organisationId: org!.id, certificationCode: code, title, status }).returning();
    return t!.id;
  };
  const bac = await make('RNCP37699', 'Fixture — Bac pro PIPAC');
  const bts = await make('TST0005', 'Fixture — BTS biotechnologies');
  await make('TST0006', 'Fixture — BUT génie biologique');
  await make('TSTRS01', 'Fixture — habilitation ZAC');
  await make('TSTOUT5', 'Fixture — BTS comptabilité');
  await make('RNCP38884', 'Fixture — BTS bioanalyses (brouillon)', 'draft');
  await db.insert(trainingSessions).values([
    { trainingId: bac, siteId: site!.id, modality: 'apprentissage' },
    { trainingId: bac, siteId: site!.id, modality: 'initial_scolaire' },
    { trainingId: bts, siteId: site!.id, modality: 'apprentissage' },
  ]);
}

beforeAll(async () => {
  api = await startTestApi(async (db) => {
    await insertRomeSample(db);
    await insertCertificationSample(db);
    // Communes first: the seed takes its sites' communes from the imported list.
    await db.insert(tables.communes).values([
      { inseeCode: '27229', name: 'Évreux', departement: '27', latitude: 49.02, longitude: 1.15 },
      { inseeCode: '27701', name: 'Val-de-Reuil', departement: '27', latitude: 49.27, longitude: 1.21 },
      { inseeCode: '76540', name: 'Rouen', departement: '76', latitude: 49.44, longitude: 1.1 },
    ]);
    await seedDemoCampus(db);
    await insertChainFixture(db);
  });
});
afterAll(() => api?.close());

const get = (url: string) => api.get(url);
type Member = { slug: string; type: string; name: string; sites: { commune: { departement: string } | null }[]; trainingCount: number };

describe('members API', () => {
  it('lists every member by name with its sites, communes and training count', async () => {
    const { status, body } = await get('/api/v1/members');
    expect(status).toBe(200);
    expect(body.total).toBe(body.items.length);
    expect(body.total).toBeGreaterThan(30);
    const names = body.items.map((m: Member) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })));
    const cfa = body.items.find((m: Member) => m.slug === 'cfa-industrie-pharmaceutique-normandie');
    expect(cfa).toMatchObject({ type: 'training_organisation', qualiopi: true, isDemo: true });
    expect(cfa.sites.map((s: { label: string }) => s.label)).toContain('Fixture Rouen');
    expect(cfa.sites.find((s: { label: string }) => s.label === 'Fixture Rouen').commune).toEqual({ code: '76540', name: 'Rouen', departement: '76' });
    // Published trainings only: the fixture's draft is not counted.
    const published = (await get('/api/v1/members/cfa-industrie-pharmaceutique-normandie')).body.trainings.length;
    expect(cfa.trainingCount).toBe(published);
    expect(published).toBeGreaterThanOrEqual(5);
  });

  it('filters by type and by the département of any site; facets count each choice with the other filters kept', async () => {
    const all = (await get('/api/v1/members')).body;
    const companies = (await get('/api/v1/members?type=company')).body;
    expect(companies.items.every((m: Member) => m.type === 'company')).toBe(true);
    expect(companies.total).toBe(all.facets.type.find((f: { value: string }) => f.value === 'company').count);
    // The type facet ignores the type filter: every type keeps its count.
    expect(companies.facets.type).toEqual(all.facets.type);

    const eure = (await get('/api/v1/members?departement=27')).body;
    expect(eure.total).toBe(all.facets.departement.find((f: { value: string }) => f.value === '27').count);
    expect(eure.items.every((m: Member) => m.sites.some((s) => s.commune?.departement === '27'))).toBe(true);
    // The CFA has sites in the Eure and (fixture) Seine-Maritime: it is in both.
    const both = (await get('/api/v1/members?departement=27&departement=76')).body;
    expect(both.items.map((m: Member) => m.slug)).toContain('cfa-industrie-pharmaceutique-normandie');

    const combined = (await get('/api/v1/members?type=company&departement=27')).body;
    expect(combined.items.every((m: Member) => m.type === 'company' && m.sites.some((s) => s.commune?.departement === '27'))).toBe(true);
    expect(combined.facets.departement.find((f: { value: string }) => f.value === '27').count).toBe(combined.total);
  });

  it('finds members by name words, accents and case folded; wildcards are plain letters', async () => {
    const evreux = (await get('/api/v1/members?q=EVREUX')).body;
    expect(evreux.items.map((m: Member) => m.slug)).toContain('iut-evreux');
    expect(evreux.items.every((m: Member) => /[ée]vreux/i.test(m.name))).toBe(true);
    expect((await get('/api/v1/members?q=%25')).body.total).toBe(0);
    expect((await get('/api/v1/members?q=zzzz')).body).toEqual({ items: [], total: 0, facets: { type: [], departement: [] } });
  });

  it('rejects an unknown type or a malformed département with 400', async () => {
    expect((await get('/api/v1/members?type=spaceship')).status).toBe(400);
    expect((await get('/api/v1/members?departement=276')).status).toBe(400);
  });

  it('gives a member with identifiers and its published offer: certification, session count, modalities', async () => {
    const { status, body } = await get('/api/v1/members/cfa-industrie-pharmaceutique-normandie');
    expect(status).toBe(200);
    expect(body).toMatchObject({ slug: 'cfa-industrie-pharmaceutique-normandie', siret: null, uai: null, qualiopi: true });
    const bac = body.trainings.find((t: { title: string }) => t.title === 'Fixture — Bac pro PIPAC');
    expect(bac).toMatchObject({ certification: { code: 'RNCP37699', level: 4, type: 'BAC PRO' }, sessionCount: 2, modalities: ['initial_scolaire', 'apprentissage'] });
    expect(body.trainings.some((t: { title: string }) => t.title.includes('brouillon'))).toBe(false);
    const school = (await get('/api/v1/members/lycee-senghor-evreux')).body;
    expect(school.uai).toBe('0271579V');
  });

  it('answers an unknown slug with 404 and a malformed one with 400', async () => {
    const missing = await get('/api/v1/members/nobody-here');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('nobody-here') });
    expect((await get('/api/v1/members/Not_A_Slug')).status).toBe(400);
  });
});

describe('chain API', () => {
  type Chain = { nodes: { code: string; level: number; offers: { organisationSlug: string; commune: string | null; modalities: string[]; trainingId: number }[] }[]; edges: { from: string; to: string; kind: string; weight: number; note?: string | null }[] };
  let chain: Chain;
  beforeAll(async () => {
    const res = await get('/api/v1/chain');
    expect(res.status).toBe(200);
    chain = res.body;
  });

  it('draws offered sector certifications and curated ends, levels 3–8 only', () => {
    const codes = chain.nodes.map((n) => n.code);
    expect(codes).toEqual(expect.arrayContaining(['RNCP37699', 'TST0005', 'TST0006', 'TST0007']));
    expect(codes).not.toContain('TSTRS01'); // no level
    expect(codes).not.toContain('TSTOUT5'); // out of the sector
    expect(chain.nodes.every((n) => n.level >= 3 && n.level <= 8)).toBe(true);
    const levels = chain.nodes.map((n) => n.level);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    // TST0007 is only a curated end: drawn, offered nowhere.
    expect(chain.nodes.find((n) => n.code === 'TST0007')!.offers).toEqual([]);
  });

  it('says where and how each certification is offered', () => {
    const bac = chain.nodes.find((n) => n.code === 'RNCP37699')!;
    expect(bac.offers).toContainEqual(expect.objectContaining({
      organisationSlug: 'cfa-industrie-pharmaceutique-normandie', commune: 'Rouen', modalities: ['initial_scolaire', 'apprentissage'], trainingId: expect.any(Number),
    }));
  });

  it('links certifications by curated links (with their note), shared blocs and shared métiers one level up', () => {
    const edge = (from: string, to: string) => chain.edges.find((e) => e.from === from && e.to === to);
    expect(edge('RNCP37699', 'TST0005')).toMatchObject({ kind: 'curated', note: 'Après le bac pro, en apprentissage.' });
    expect(edge('TST0006', 'TST0007')).toMatchObject({ kind: 'curated' });
    // RNCP37699 and TST0005 share a bloc label and a métier too, but the pair keeps its strongest reason only.
    expect(chain.edges.filter((e) => [e.from, e.to].sort().join() === 'RNCP37699,TST0005')).toHaveLength(1);
    expect(edge('TST0005', 'TST0006')).toMatchObject({ kind: 'shared_metiers', weight: 1 });
    const codes = new Set(chain.nodes.map((n) => n.code));
    expect(chain.edges.every((e) => codes.has(e.from) && codes.has(e.to))).toBe(true);
  });
});
