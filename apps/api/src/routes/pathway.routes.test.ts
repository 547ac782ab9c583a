import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApi, type TestApi } from '../test-api';

const TODAY = '2026-03-02';
let api: TestApi;
beforeAll(async () => {
  api = await startDemoApi(TODAY);
});
afterAll(() => api?.close());

const plan = (body: unknown) => api.post('/api/v1/parcours', body);
type Step = { kind: string; certification: { code: string } | null; organisation: { slug: string } | null; modality: string; startDate: string; endDate: string; distanceKm: number | null; satisfiedBy: string; why: string };
type Route = { steps: Step[]; reached: { code: string }; totals: { months: number; maxDistanceKm: number | null }; explanation: string };

describe('POST /api/v1/parcours', () => {
  it('plans from an old Bac pro near Évreux to the BTS Bioanalyses, through real sessions, best first', async () => {
    const { status, body } = await plan({ from: { certifications: ['RNCP7586'], commune: '27229' }, to: { certification: 'RNCP38884' } });
    expect(status).toBe(200);
    expect(body.target).toMatchObject({ kind: 'certification', code: 'RNCP38884', certifications: [{ code: 'RNCP38884', level: 5 }] });
    const routes = body.routes as Route[];
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.length).toBeLessThanOrEqual(3);
    for (const route of routes) {
      expect(route.reached.code).toBe('RNCP38884');
      const last = route.steps.at(-1)!;
      expect(last.certification!.code).toBe('RNCP38884');
      // The old Bac pro (replaced by the PIPAC, level 4) gives the Bac the BTS asks for.
      expect(route.steps[0]!.satisfiedBy).toMatch(/niveau 4/);
      expect(route.steps[0]!.startDate >= TODAY).toBe(true);
      expect(route.explanation).toMatch(/étape/);
    }
    // Distinct: no two routes follow the same certifications with the same organisations and modalities.
    const signature = (r: Route) => JSON.stringify(r.steps.map((s) => [s.kind, s.certification?.code, s.organisation?.slug, s.modality]));
    expect(new Set(routes.map(signature)).size).toBe(routes.length);
  });

  it('opens VAE to an experienced operator whose skills cover the target trade, and keeps within the constraints', async () => {
    const withSkills = await plan({ from: { romeCode: 'H2304', skills: ['100001', '100002'], level: 3, commune: '27701' }, to: { romeCode: 'H2303' } });
    expect(withSkills.status).toBe(200);
    expect(withSkills.body.target).toMatchObject({ kind: 'metier', code: 'H2303', certifications: [{ code: 'RNCP37699' }] });
    const vae = (withSkills.body.routes as Route[]).find((r) => r.steps[0]!.kind === 'vae');
    expect(vae).toBeDefined();
    expect(vae!.steps[0]!.satisfiedBy).toMatch(/compétences cœur du métier .*H2303/);

    const without = await plan({ from: { romeCode: 'H2304', level: 3, commune: '27701' }, to: { romeCode: 'H2303' } });
    expect((without.body.routes as Route[]).some((r) => r.steps.some((s) => s.kind === 'vae'))).toBe(false);

    const limited = await plan({
      from: { level: 3, commune: '27701' },
      to: { romeCode: 'H2303' },
      constraints: { modalities: ['apprentissage'], maxDistanceKm: 30 },
    });
    for (const route of limited.body.routes as Route[]) {
      for (const step of route.steps) {
        expect(step.modality).toBe('apprentissage');
        expect(step.distanceKm).not.toBeNull();
        expect(step.distanceKm!).toBeLessThanOrEqual(30);
      }
    }
  });

  it('says when the target cannot be reached under the constraints, and which one to relax', async () => {
    const { status, body } = await plan({ from: { level: 3, commune: '27701' }, to: { romeCode: 'H2303' }, constraints: { modalities: ['initial_etudiant'] } });
    expect(status).toBe(200);
    expect(body.routes).toEqual([]);
    expect(body.unreachable.reason).toEqual(expect.any(String));
    expect(body.unreachable.relax).toContainEqual(expect.objectContaining({ constraint: 'modalities', routesIfRelaxed: expect.any(Number) }));
  });

  it('says when the person already holds the target', async () => {
    const { body } = await plan({ from: { certifications: ['RNCP7586'] }, to: { certification: 'RNCP37699' } });
    expect(body.alreadyHeld).toEqual([{ code: 'RNCP37699', title: expect.any(String), level: 4 }]);
    expect(body.routes).toEqual([]);
  });

  it('answers 422 for unknown codes and 400 for a malformed request, with the error shape', async () => {
    const cases: [unknown, string][] = [
      [{ from: { certifications: ['RNCP999999'] }, to: { certification: 'RNCP38884' } }, 'from.certifications'],
      [{ from: { romeCode: 'H9999' }, to: { certification: 'RNCP38884' } }, 'from.romeCode'],
      [{ from: { commune: '76095' }, to: { certification: 'RNCP38884' } }, 'from.commune'],
      [{ from: {}, to: { romeCode: 'H2301' } }, 'to.romeCode'],
      [{ from: {}, to: { certification: 'RNCP1' } }, 'to.certification'],
    ];
    for (const [body, field] of cases) {
      const res = await plan(body);
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'UNPROCESSABLE', message: expect.any(String), details: { field } });
    }
    for (const body of [{}, { from: { level: 9 }, to: { certification: 'RNCP38884' } }, { from: {}, to: { both: 1 } }, { from: { extra: 1 }, to: { certification: 'RNCP38884' } }]) {
      const res = await plan(body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('generated well-formed plans', () => {
  it('never fail: every answer is a plan (200) or an unknown code (422), and every route keeps the constraints', async () => {
    const certification = fc.constantFrom('RNCP7586', 'RNCP37699', 'RNCP38884', 'RNCP38883', 'RNCP123456');
    const request = fc.record({
      from: fc.record(
        {
          certifications: fc.array(certification, { maxLength: 2 }),
          level: fc.integer({ min: 3, max: 8 }),
          romeCode: fc.constantFrom('H2301', 'H2303', 'H2304', 'H1234'),
          skills: fc.array(fc.constantFrom('100001', '100002', '100003', '999'), { maxLength: 3 }),
          commune: fc.constantFrom('27229', '27701', '76540', '14118', '76095', '99999'),
        },
        { requiredKeys: [] },
      ),
      to: fc.oneof(fc.record({ romeCode: fc.constantFrom('H2301', 'H2303', 'H2304') }), fc.record({ certification })),
      constraints: fc.record(
        {
          maxDistanceKm: fc.integer({ min: 1, max: 300 }),
          modalities: fc.subarray(['initial_scolaire', 'initial_etudiant', 'apprentissage', 'contrat_pro', 'formation_continue', 'vae']),
          maxMonths: fc.integer({ min: 1, max: 60 }),
          maxBudgetEur: fc.integer({ min: 0, max: 20_000 }),
          startAfter: fc.constantFrom('2026-01-01', '2026-09-01', '2027-06-15'),
        },
        { requiredKeys: [] },
      ),
    });
    await fc.assert(
      fc.asyncProperty(request, async (body) => {
        const res = await plan(body);
        expect([200, 422]).toContain(res.status);
        if (res.status !== 200) return;
        const c = body.constraints;
        for (const route of res.body.routes as Route[]) {
          expect(route.totals.months).toBeLessThanOrEqual((c.maxMonths ?? Infinity) + 1e-9);
          for (const step of route.steps) {
            if (c.modalities?.length) expect(c.modalities).toContain(step.modality);
            if (c.maxDistanceKm !== undefined && step.distanceKm !== null) expect(step.distanceKm).toBeLessThanOrEqual(c.maxDistanceKm);
            expect(step.startDate >= (c.startAfter && c.startAfter > TODAY ? c.startAfter : TODAY)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
