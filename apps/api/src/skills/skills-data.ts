import { buildMobilityIndex, createPlanner, type MobilityIndex, type Planner, type PlannerOffer } from '@passerelles/domain';
import {
  catalogueVersion, lastImportRunId, loadCatalogueOffers, loadMobilityInputs, loadPathwayReference, romeDataVersion, type CatalogueOffer, type Database,
  type PathwayReference,
} from '@passerelles/db';
import { chainPredecessors, toPlannerOffer } from './planner-input';

/** Today in the campus's time zone (Paris), as an ISO date: sessions that started before it are not offered. */
export function parisToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * What the skills engine computes on, kept in memory by the API process: the mobility index (all similarities, built
 * in under a second for the 1 584 fiches, ADR 007) for one ROME import, and the network's upcoming sessions for one
 * catalogue version and one day. Each is checked against its version (one cheap query) at every use, so an import
 * or a catalogue change made by another process is seen at the next request.
 */
export interface SkillsData {
  mobilityIndex(): Promise<MobilityIndex>;
  offers(): Promise<{ today: string; offers: CatalogueOffer[] }>;
  /** The planner over the upcoming sessions, with the catalogue offer behind each planner offer (same order). */
  pathway(): Promise<PathwayData>;
}

export interface PathwayData {
  today: string;
  planner: Planner;
  /** `sources[i]` is the session behind `planner.offers[i]`. */
  sources: readonly CatalogueOffer[];
  /** Coordinates of each planner offer (NaN when unknown), for per-person distances without allocation. */
  latitudes: Float64Array;
  longitudes: Float64Array;
  /** Position of each planner offer in `planner.offers`. */
  positions: ReadonlyMap<PlannerOffer, number>;
  /** Level of every certification that has one. */
  levels: Readonly<Record<string, number>>;
  /** Title of every certification, for the planner's texts. */
  titles: Readonly<Record<string, string>>;
  reference: PathwayReference;
}

function buildPathway(today: string, offers: CatalogueOffer[], reference: PathwayReference): PathwayData {
  const predecessors = chainPredecessors(reference.chainNext);
  const planned: PlannerOffer[] = [];
  const sources: CatalogueOffer[] = [];
  for (const o of offers) {
    const p = toPlannerOffer(o, reference, predecessors);
    if (!p) continue;
    // Distances are computed from these coordinates (setDistances): sessions at the same point share theirs.
    p.siteKey = o.latitude == null || o.longitude == null ? null : `${o.latitude},${o.longitude}`;
    planned.push(p);
    sources.push(o);
  }
  const planner = createPlanner(planned);
  return {
    today,
    planner,
    positions: new Map(planner.offers.map((o, i) => [o, i])),
    levels: Object.fromEntries([...reference.certifications.values()].filter((c) => c.level !== null).map((c) => [c.code, c.level!])),
    titles: Object.fromEntries([...reference.certifications.values()].map((c) => [c.code, c.title])),
    sources,
    latitudes: Float64Array.from(sources, (o) => o.latitude ?? Number.NaN),
    longitudes: Float64Array.from(sources, (o) => o.longitude ?? Number.NaN),
    reference,
  };
}

function versioned<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  let cached: { key: string; value: Promise<T> } | null = null;
  return (key) => {
    if (cached?.key !== key) {
      const value = load(key);
      cached = { key, value };
      // A failed load is not kept: the next request tries again.
      value.catch(() => {
        if (cached?.value === value) cached = null;
      });
    }
    return cached.value;
  };
}

export function skillsData(database: Database, today: () => string = parisToday): SkillsData {
  const index = versioned(async () => {
    const { metiers, skills } = await loadMobilityInputs(database.db);
    return buildMobilityIndex(metiers, skills);
  });
  const offers = versioned(async (key) => loadCatalogueOffers(database.db, { today: key.split('|')[1]! }));
  const pathway = versioned(async (key) => {
    const [catalogue, reference] = await Promise.all([offers(key.split('#')[0]!), loadPathwayReference(database.db)]);
    return buildPathway(key.split('|')[1]!.split('#')[0]!, catalogue, reference);
  });
  const offersKey = async () => `${await catalogueVersion(database.db)}|${today()}`;
  return {
    async mobilityIndex() {
      return index(String(await romeDataVersion(database.db)));
    },
    async offers() {
      const key = await offersKey();
      return { today: key.split('|')[1]!, offers: await offers(key) };
    },
    async pathway() {
      const [key, imports] = await Promise.all([offersKey(), lastImportRunId(database.db)]);
      return pathway(`${key}#${imports}`);
    },
  };
}
