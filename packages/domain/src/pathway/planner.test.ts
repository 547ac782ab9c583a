import { describe, expect, it } from 'vitest';
import { suggestAmbition } from './ambition';
import { createPlanner, planRoutes } from './planner';
import type { PlannerOffer, PlannerRequest } from './types';

/** Non-breaking space: French typography puts one before « : ». */
const NB = '\u00a0';
const BAC_PRO = 'RNCP-BACPRO';
const BTS = 'RNCP-BTS-BIOAC';
const LP = 'RNCP-LP-BIOPROD';
const TP = 'RNCP-TP-OPERATEUR';

const offer = (id: string, over: Partial<PlannerOffer>): PlannerOffer => ({
  id,
  kind: 'training',
  title: `Formation ${id}`,
  organisation: 'Lycée Aristide Briand',
  place: 'Évreux',
  certificationCode: BTS,
  certificationLevel: 5,
  blockCodes: [],
  requires: { minLevel: null, anyOfCertifications: [] },
  modality: 'apprentissage',
  startDate: '2026-09-01',
  endDate: null,
  durationMonths: 24,
  priceEur: 0,
  fundings: [],
  distanceKm: 27,
  employmentRate: null,
  ...over,
});

const bts = offer('session:1', { title: 'BTS Bioanalyses et contrôles', requires: { minLevel: 4, anyOfCertifications: [] }, endDate: '2028-06-30' });
const lp = offer('session:2', {
  title: 'Licence pro Bio-industries',
  organisation: 'Université de Rouen',
  place: 'Rouen',
  certificationCode: LP,
  certificationLevel: 6,
  requires: { minLevel: null, anyOfCertifications: [BTS] },
  startDate: '2028-09-01',
  durationMonths: 12,
  distanceKm: 52,
});

const request = (over: Partial<PlannerRequest> = {}): PlannerRequest => ({
  from: { certifications: [BAC_PRO], level: 4 },
  to: { certifications: [BTS] },
  constraints: {},
  certificationBlocks: { [TP]: [`${TP}BC01`, `${TP}BC02`] },
  certificationLevels: { [BAC_PRO]: 4, [BTS]: 5, [LP]: 6, [TP]: 3 },
  today: '2026-03-15',
  ...over,
});

describe('planRoutes, by hand', () => {
  it('takes a Bac pro holder straight into a BTS', () => {
    const { routes, unreachable } = planRoutes([bts, lp], request());
    expect(unreachable).toBeUndefined();
    expect(routes).toHaveLength(1);
    const [route] = routes;
    expect(route!.steps.map((s) => s.offer.id)).toEqual(['session:1']);
    expect(route!.steps[0]!.satisfiedBy).toBe(`Vous avez le niveau 4 (Bac) requis${NB}: entrée directe.`);
    expect(route!.steps[0]!.why).toBe(`Délivre la certification ${BTS}, niveau 5 (Bac+2).`);
    expect(route!.steps[0]).toMatchObject({ startDate: '2026-09-01', endDate: '2028-06-30' });
    expect(route!.totals).toEqual({ months: 24, costEur: 0, knownCost: true, maxDistanceKm: 27, levelGain: 1, endDate: '2028-06-30' });
    expect(route!.explanation).toBe(
      `1 étape, 24 mois, en apprentissage, à 27 km au plus${NB}: BTS Bioanalyses et contrôles (Lycée Aristide Briand, Évreux). Coût${NB}: gratuit. Fin prévue le 30/06/2028.`,
    );
    expect(route!.reached).toBe(BTS);
  });

  it('goes through a BTS to reach a licence pro, saying which step opens the next', () => {
    const { routes } = planRoutes([lp, bts], request({ to: { certifications: [LP] } }));
    expect(routes).toHaveLength(1);
    const steps = routes[0]!.steps;
    expect(steps.map((s) => s.offer.id)).toEqual(['session:1', 'session:2']);
    expect(steps[1]!.satisfiedBy).toBe(`Obtenu à l’étape 1${NB}: BTS Bioanalyses et contrôles.`);
    expect(steps[0]!.why).toBe('Donne la certification RNCP-BTS-BIOAC, qui ouvre l’étape 2.');
    expect(routes[0]!.totals).toMatchObject({ months: 36, maxDistanceKm: 52, levelGain: 2, endDate: '2029-08-31' });
    expect(routes[0]!.explanation.startsWith(`2 étapes, 36 mois, en apprentissage, à 52 km au plus${NB}: BTS Bioanalyses et contrôles`)).toBe(true);
  });

  it('does not chain a session that starts before the previous one ends: it waits for the next one', () => {
    const early = { ...lp, id: 'session:3', startDate: '2028-01-10' };
    const late = { ...lp, id: 'session:4', startDate: '2029-09-01' };
    const { routes } = planRoutes([bts, early, late], request({ to: { certifications: [LP] } }));
    expect(routes.map((r) => r.steps.map((s) => s.offer.id))).toEqual([['session:1', 'session:4']]);
  });

  it('combines blocs into the certification they make up', () => {
    const bloc = (id: string, code: string, start: string) =>
      offer(id, { kind: 'blocs', title: `Bloc ${code}`, certificationCode: TP, certificationLevel: 3, blockCodes: [code], modality: 'formation_continue', startDate: start, durationMonths: 3, priceEur: 1200 });
    const { routes } = planRoutes(
      [bloc('session:10', `${TP}BC01`, '2026-04-01'), bloc('session:11', `${TP}BC02`, '2026-09-01')],
      request({ from: { certifications: [], level: null }, to: { certifications: [TP] } }),
    );
    expect(routes).toHaveLength(1);
    const steps = routes[0]!.steps;
    expect(steps.map((s) => s.offer.id)).toEqual(['session:10', 'session:11']);
    expect(steps[0]!.why).toBe(`Valide le bloc ${TP}BC01 (${TP})${NB}: la certification est complétée à l’étape 2.`);
    expect(steps[1]!.why).toBe(`Valide le bloc ${TP}BC02${NB}: avec les blocs déjà acquis, vous obtenez la certification ${TP}, niveau 3 (CAP).`);
    expect(routes[0]!.totals).toMatchObject({ costEur: 2400, months: 6, levelGain: 3 });

    // One bloc already held: the other one is enough.
    const rest = planRoutes([bloc('session:11', `${TP}BC02`, '2026-09-01')], request({ from: { certifications: [], level: null, blocks: [`${TP}BC01`] }, to: { certifications: [TP] } }));
    expect(rest.routes.map((r) => r.steps.length)).toEqual([1]);
  });

  it('names certifications by their titles when given, with their codes', () => {
    const certificationTitles = { [BTS]: 'BTS bioanalyses en laboratoire de contrôle', [LP]: 'Licence professionnelle bio-industries', [BAC_PRO]: 'Bac pro laboratoire' };
    const direct = planRoutes([bts], request({ certificationTitles }));
    expect(direct.routes[0]!.steps[0]!.why).toBe(`Délivre le BTS bioanalyses en laboratoire de contrôle (${BTS}), niveau 5 (Bac+2).`);
    const viaCert = { ...lp, id: 'session:9', startDate: '2026-09-01', requires: { minLevel: null, anyOfCertifications: [BAC_PRO] } };
    const held = planRoutes([viaCert], request({ to: { certifications: [LP] }, certificationTitles }));
    expect(held.routes[0]!.steps[0]!.satisfiedBy).toBe(`Vous détenez le Bac pro laboratoire (${BAC_PRO}), qui ouvre l’entrée.`);
    expect(held.routes[0]!.steps[0]!.why).toBe(`Délivre la Licence professionnelle bio-industries (${LP}), niveau 6 (Bac+3).`);
    const chained = planRoutes([lp, bts], request({ to: { certifications: [LP] }, certificationTitles }));
    expect(chained.routes[0]!.steps[0]!.why).toBe(`Donne le BTS bioanalyses en laboratoire de contrôle (${BTS}), qui ouvre l’étape 2.`);
    // Without titles, the code.
    expect(planRoutes([viaCert], request({ to: { certifications: [LP] } })).routes[0]!.steps[0]!.satisfiedBy).toBe(`Vous détenez la certification ${BAC_PRO}, qui ouvre l’entrée.`);
  });

  it('reports an impossible modality as unreachable, and that relaxing it gives routes', () => {
    const continuing = { ...bts, id: 'session:5', modality: 'formation_continue', priceEur: 4500 };
    const result = planRoutes([continuing], request({ constraints: { modalities: ['apprentissage'], maxDistanceKm: 100 } }));
    expect(result.routes).toEqual([]);
    expect(result.unreachable?.reason).toBe('Aucun parcours ne respecte toutes vos contraintes. En levant une seule d’entre elles, des parcours existent.');
    expect(result.unreachable?.relax).toEqual([
      {
        constraint: 'modalities',
        value: ['formation_continue'],
        routesIfRelaxed: 1,
        label: `Sans le choix de modalité (en apprentissage)${NB}: 1 parcours, le meilleur en formation continue.`,
      },
    ]);
  });

  it('says when no constraint is to blame, and when nothing leads to the target', () => {
    const noWay = planRoutes([lp], request({ to: { certifications: [LP] }, constraints: { maxDistanceKm: 80 } }));
    expect(noWay.unreachable).toEqual({ reason: 'Aucun parcours ne respecte vos contraintes, et lever une seule d’entre elles ne suffit pas.', relax: [] });
    expect(planRoutes([bts], request({ to: { certifications: [LP] } })).unreachable?.reason).toBe('Aucune formation du réseau ne prépare la certification visée.');
    expect(planRoutes([bts], request({ from: { certifications: [BTS], level: 5 } }))).toEqual({ routes: [], alreadyHeld: [BTS] });
  });

  it('chooses the apprenticeship when the budget rules out the cheaper-in-time paid course', () => {
    const paid = offer('session:6', { ...bts, id: 'session:6', modality: 'formation_continue', durationMonths: 12, endDate: null, priceEur: 6000, distanceKm: 10, organisation: 'GRETA' });
    const free = { ...bts, distanceKm: 40 };
    const open = planRoutes([paid, free], request());
    expect(open.routes.map((r) => r.steps[0]!.offer.id)).toEqual(['session:6', 'session:1']);
    const capped = planRoutes([paid, free], request({ constraints: { maxBudgetEur: 1000 } }));
    expect(capped.routes.map((r) => r.steps[0]!.offer.id)).toEqual(['session:1']);
    expect(capped.routes[0]!.explanation).toContain('en apprentissage');
  });

  it('keeps one route per training and place: a later session of the same one is not another route', () => {
    const again = { ...bts, id: 'session:7', startDate: '2027-09-01', endDate: '2029-06-30' };
    const elsewhere = { ...bts, id: 'session:8', organisation: 'Lycée Galilée', place: 'Rouen', distanceKm: 45 };
    const { routes } = planRoutes([again, bts, elsewhere], request({ maxRoutes: 3 }));
    expect(routes.map((r) => r.steps[0]!.offer.id)).toEqual(['session:1', 'session:8']);
    expect(routes[0]!.cost).toBeLessThan(routes[1]!.cost);
  });

  it('keeps offers whose distance is unknown under a distance limit, and says so', () => {
    const unknown = { ...bts, distanceKm: null };
    const { routes } = planRoutes([unknown], request({ constraints: { maxDistanceKm: 20 } }));
    expect(routes).toHaveLength(1);
    expect(routes[0]!.totals.maxDistanceKm).toBeNull();
    expect(routes[0]!.explanation).toContain('distance inconnue');
  });
});

describe('suggestAmbition', () => {
  const planner = createPlanner([bts, lp]);
  const base = request();
  const { to: _to, maxRoutes: _max, ...profile } = base;

  it('proposes the next level up, following the chain first', () => {
    const suggestion = suggestAmbition(planner, profile, { [BAC_PRO]: [BTS] });
    expect(suggestion).toMatchObject({ certificationCode: BTS, level: 5, source: 'chain' });
    expect(suggestion!.route.steps).toHaveLength(1);
  });

  it('names the certification in its texts when titles are given', () => {
    const suggestion = suggestAmbition(planner, { ...profile, certificationTitles: { [BTS]: 'BTS bioanalyses et contrôles' } }, {});
    expect(suggestion!.route.steps[0]!.why).toBe(`Délivre le BTS bioanalyses et contrôles (${BTS}), niveau 5 (Bac+2).`);
  });

  it('falls back on any certification of the next level, then on higher levels', () => {
    expect(suggestAmbition(planner, profile, {})).toMatchObject({ certificationCode: BTS, level: 5, source: 'level' });
    const btsHolder = { ...profile, from: { certifications: [BTS], level: 5 } };
    expect(suggestAmbition(planner, btsHolder, {})).toMatchObject({ certificationCode: LP, level: 6 });
    expect(suggestAmbition(createPlanner([bts]), btsHolder, {})).toBeNull();
  });
});
