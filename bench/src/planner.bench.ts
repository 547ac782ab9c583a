// `npm run bench:planner`: the pathway planner (P5) on a synthetic national graph — 300 000 offers (sessions of
// 30 000 trainings, some VAE), 5 000 certifications of levels 3 to 8 with realistic entry requirements — generated
// in memory from a seeded PRNG (deterministic). Plans ~500 random realistic requests and prints percentiles, next to
// one plain pass over all the offers in the same run (the cost of merely reading the catalogue once).
import { createPlanner, type PlannerOffer, type PlannerRequest } from '@passerelles/domain';

const PLANS = Number(process.env.BENCH_PLANS ?? 500);
const SCALE = { certifications: 5_000, trainings: 30_000, offers: 300_000, organisations: 3_000, communes: 2_000, domains: 60 };
const TODAY = '2026-02-01';

/** mulberry32: small, fast, seeded. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(42);
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
function weighted<T>(pairs: readonly [T, number][]): T {
  let x = rand() * pairs.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of pairs) if ((x -= w) < 0) return v;
  return pairs[pairs.length - 1]![0];
}

interface Cert {
  code: string;
  level: number;
  domain: number;
  blocks: string[];
}

// Certifications: a ladder per domain, more of them at the middle levels.
const LEVEL_SHARE: [number, number][] = [[3, 18], [4, 18], [5, 24], [6, 22], [7, 16], [8, 2]];
const certs: Cert[] = [];
for (let i = 0; i < SCALE.certifications; i++) {
  const code = `RNCP${String(30000 + i)}`;
  certs.push({ code, level: weighted(LEVEL_SHARE), domain: i % SCALE.domains, blocks: Array.from({ length: int(3, 5) }, (_, b) => `${code}BC0${b + 1}`) });
}
const byDomainLevel = new Map<string, Cert[]>();
for (const c of certs) {
  const key = `${c.domain}:${c.level}`;
  (byDomainLevel.get(key) ?? byDomainLevel.set(key, []).get(key)!).push(c);
}
const around = (c: Cert, delta: number) => byDomainLevel.get(`${c.domain}:${c.level + delta}`) ?? [];

const communes = Array.from({ length: SCALE.communes }, (_, i) => ({ name: `Commune ${i}`, lat: 42.5 + rand() * 8.5, lon: -4.5 + rand() * 12.5 }));
// Sessions at the same commune share their distance: they say so with a site key, as the API does with coordinates.
const siteOf = new Map(communes.map((c, i) => [c, `commune:${i}`]));
const MODALITIES_BY_LEVEL: Record<number, [string, number][]> = {
  3: [['initial_scolaire', 50], ['apprentissage', 35], ['formation_continue', 15]],
  4: [['initial_scolaire', 50], ['apprentissage', 35], ['formation_continue', 15]],
  5: [['initial_etudiant', 40], ['apprentissage', 40], ['formation_continue', 15], ['contrat_pro', 5]],
  6: [['initial_etudiant', 45], ['apprentissage', 40], ['formation_continue', 10], ['contrat_pro', 5]],
  7: [['initial_etudiant', 60], ['apprentissage', 30], ['formation_continue', 10]],
  8: [['initial_etudiant', 100]],
};

function requirementsFor(c: Cert): PlannerOffer['requires'] {
  const named = (delta: number) => {
    const pool = around(c, delta);
    return pool.length ? Array.from({ length: int(1, 3) }, () => pick(pool).code) : [];
  };
  switch (c.level) {
    case 3:
      return { minLevel: null, anyOfCertifications: [] };
    case 4:
      return rand() < 0.5 ? { minLevel: null, anyOfCertifications: [] } : { minLevel: 3, anyOfCertifications: [] };
    case 5:
      return { minLevel: 4, anyOfCertifications: rand() < 0.1 ? named(-1) : [] };
    case 6: {
      const x = rand();
      if (x < 0.6) return { minLevel: 5, anyOfCertifications: [] };
      if (x < 0.8) return { minLevel: null, anyOfCertifications: named(-1) };
      return { minLevel: 4, anyOfCertifications: [] };
    }
    case 7:
      return rand() < 0.7 ? { minLevel: 6, anyOfCertifications: [] } : { minLevel: null, anyOfCertifications: named(-1) };
    default:
      return { minLevel: 7, anyOfCertifications: [] };
  }
}

const MONTHS_BY_LEVEL: Record<number, number[]> = { 3: [12, 24], 4: [24, 36], 5: [24], 6: [12, 36], 7: [24], 8: [36] };
const offers: PlannerOffer[] = [];
const places: { lat: number; lon: number }[] = [];
// VAE for one certification in five, open from the level below (experience at that level).
for (const c of certs) {
  if (rand() >= 0.2) continue;
  offers.push({
    id: `vae:${c.code}`, kind: 'vae', title: `VAE ${c.code}`, organisation: null, place: null, certificationCode: c.code,
    certificationLevel: c.level, blockCodes: [], requires: { minLevel: c.level - 1, anyOfCertifications: [] }, modality: 'vae',
    startDate: null, endDate: null, durationMonths: int(8, 12), priceEur: rand() < 0.3 ? null : int(15, 30) * 100, fundings: ['cpf'],
    distanceKm: null, employmentRate: null,
  });
  places.push({ lat: Number.NaN, lon: Number.NaN });
}
const sessionsPerTraining = Math.ceil((SCALE.offers - offers.length) / SCALE.trainings);
let sessionId = 0;
for (let t = 0; t < SCALE.trainings && offers.length < SCALE.offers; t++) {
  const c = pick(certs);
  const modality = weighted(MODALITIES_BY_LEVEL[c.level]!);
  const requires = requirementsFor(c);
  const commune = pick(communes);
  const organisation = `Organisme ${int(1, SCALE.organisations)}`;
  const months = pick(MONTHS_BY_LEVEL[c.level]!) / (modality === 'formation_continue' ? 2 : 1);
  const price = () => (rand() < 0.1 ? null : modality === 'apprentissage' || modality === 'contrat_pro' ? 0 : modality === 'formation_continue' ? int(15, 90) * 100 : int(0, 6) * 100);
  for (let s = 0; s < sessionsPerTraining && offers.length < SCALE.offers; s++) {
    const blocs = rand() < 0.1;
    const permanent = modality === 'formation_continue' && rand() < 0.3;
    const startDate = permanent ? null : `${int(2026, 2030)}-${pick(['01-05', '09-01', '09-01', '10-01'])}`;
    offers.push({
      id: `session:${++sessionId}`, kind: blocs ? 'blocs' : 'training', title: `Formation ${c.code} (${t})`, organisation, place: commune.name,
      certificationCode: c.code, certificationLevel: c.level, blockCodes: blocs ? c.blocks.slice(0, int(1, 2)) : [], requires,
      modality: blocs ? 'formation_continue' : modality, startDate, endDate: null, durationMonths: blocs ? int(2, 6) : months,
      priceEur: blocs ? int(8, 30) * 100 : price(), fundings: [], distanceKm: null, employmentRate: rand() < 0.5 ? int(40, 95) : null,
      siteKey: siteOf.get(commune)!,
    });
    places.push(commune);
  }
}
const certificationBlocks = Object.fromEntries(certs.map((c) => [c.code, c.blocks]));
const certificationLevels = Object.fromEntries(certs.map((c) => [c.code, c.level]));

function setDistances(from: { lat: number; lon: number }) {
  const k = Math.cos((from.lat * Math.PI) / 180);
  for (let i = 0; i < offers.length; i++) {
    const p = places[i]!;
    offers[i]!.distanceKm = Number.isNaN(p.lat) ? null : Math.round(111.2 * Math.hypot(p.lat - from.lat, (p.lon - from.lon) * k));
  }
}

function randomRequest(): PlannerRequest {
  const constraints: PlannerRequest['constraints'] = {};
  if (rand() < 0.6) constraints.maxDistanceKm = pick([30, 50, 100, 150]);
  if (rand() < 0.25) constraints.modalities = pick([['apprentissage'], ['formation_continue', 'vae'], ['apprentissage', 'contrat_pro'], ['initial_etudiant', 'initial_scolaire']]);
  if (rand() < 0.15) constraints.maxMonths = pick([24, 36, 48]);
  if (rand() < 0.2) constraints.maxBudgetEur = pick([0, 1500, 5000]);
  if (rand() < 0.2) constraints.startAfter = pick(['2026-06-01', '2027-01-01']);
  const base = { constraints, certificationBlocks, certificationLevels, today: TODAY, maxRoutes: 3 };
  if (rand() < 0.1) {
    const targets = Array.from({ length: int(1, 3) }, () => pick(certs.filter((c) => c.level <= 4)).code);
    return { ...base, from: { certifications: [], level: null }, to: { certifications: targets } };
  }
  const held = pick(certs.filter((c) => c.level <= 6));
  const up = rand() < 0.7 ? 1 : 2;
  const pool = around(held, up).length ? around(held, up) : around(held, 1);
  const targets = pool.length ? Array.from({ length: int(1, 3) }, () => pick(pool).code) : [pick(certs).code];
  return { ...base, from: { certifications: [held.code], level: held.level }, to: { certifications: targets } };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const t0 = performance.now();
const planner = createPlanner(offers);
const buildMs = performance.now() - t0;
console.log(`graph     ${offers.length} offers (${offers.filter((o) => o.kind === 'vae').length} VAE), ${SCALE.trainings} trainings, ${certs.length} certifications; planner built in ${buildMs.toFixed(0)} ms`);

const requests = Array.from({ length: PLANS }, () => ({ req: randomRequest(), from: pick(communes) }));
for (const { req, from } of requests.slice(0, 20)) {
  setDistances(from);
  planner.plan(req); // warm-up
}
const times: number[] = [];
const scans: number[] = [];
let withRoutes = 0;
let routes = 0;
let steps = 0;
let incomplete = 0;
let relaxable = 0;
let unreachable = 0;
for (const [i, { req, from }] of requests.entries()) {
  if (process.env.BENCH_ONLY && !process.env.BENCH_ONLY.split(',').includes(String(i))) continue;
  setDistances(from);
  const s = performance.now();
  let n = 0;
  for (const o of offers) if (o.distanceKm !== null && o.distanceKm <= (req.constraints.maxDistanceKm ?? 1e9) && o.modality !== '') n++;
  scans.push(performance.now() - s);
  if (n < 0) console.log(n); // keeps the pass from being optimised away
  const t = performance.now();
  const result = planner.plan(req);
  const ms = performance.now() - t;
  times.push(ms);
  if (process.env.BENCH_SLOW && ms > Number(process.env.BENCH_SLOW)) {
    const lv = (c: string) => certificationLevels[c];
    console.log(`slow #${i} ${ms.toFixed(0)} ms: from ${req.from.level} ${req.from.certifications.join(',')} to ${req.to.certifications.map(lv).join(',')} ${JSON.stringify(req.constraints)} → ${result.routes.length} routes${result.incomplete ? ' incomplete' : ''}${result.unreachable ? ` unreachable (${result.unreachable.relax.map((r) => r.constraint).join(',')})` : ''}`);
  }
  if (result.routes.length) withRoutes++;
  routes += result.routes.length;
  steps += result.routes.reduce((x, r) => x + r.steps.length, 0);
  if (result.incomplete) incomplete++;
  if (result.unreachable) unreachable++;
  if (result.unreachable?.relax.length) relaxable++;
}
times.sort((a, b) => a - b);
scans.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(
  `plan      p50 ${percentile(times, 50).toFixed(2)} ms  p95 ${percentile(times, 95).toFixed(2)} ms  p99 ${percentile(times, 99).toFixed(2)} ms  max ${times[times.length - 1]!.toFixed(2)} ms  (mean ${mean.toFixed(2)} ms)`,
);
console.log(
  `reference one pass over the ${offers.length} offers p50 ${percentile(scans, 50).toFixed(2)} ms  ratio plan/pass p50 ${(percentile(times, 50) / percentile(scans, 50)).toFixed(1)}×  p95 ${(percentile(times, 95) / percentile(scans, 95)).toFixed(1)}×`,
);
console.log(
  `results   ${withRoutes}/${times.length} plans found routes (${routes} routes, ${(steps / Math.max(1, routes)).toFixed(2)} steps each on average); ${unreachable} unreachable, ${relaxable} of them with a constraint to relax; ${incomplete} incomplete (stopped at the safety limit)`,
);
console.log(`target    P5: one plan p95 ≤ 50 ms — ${percentile(times, 95) <= 50 ? 'met' : 'NOT met'}`);
