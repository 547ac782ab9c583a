import { buildMobilityIndex, type MobilityIndex } from '@passerelles/domain';
import { catalogueVersion, loadCatalogueOffers, loadMobilityInputs, romeDataVersion, type CatalogueOffer, type Database } from '@passerelles/db';

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
  return {
    async mobilityIndex() {
      return index(String(await romeDataVersion(database.db)));
    },
    async offers() {
      const day = today();
      return { today: day, offers: await offers(`${await catalogueVersion(database.db)}|${day}`) };
    },
  };
}
