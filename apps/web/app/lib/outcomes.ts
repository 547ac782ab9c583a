/**
 * InserJeunes outcomes, made readable: « Sur 100 jeunes sortis de cette formation en Normandie, 62 étaient en
 * emploi 6 mois après ». A rate the producer did not publish is never shown as 0: it is « non publié », and
 * when the cohort is too small to publish (InserJeunes masks under 20 leavers) the sentence says so.
 */
export const MASK_THRESHOLD = 20;

interface OutcomeLike {
  cohort: string;
  region: string | null;
  leavers: number | null;
  employment6: number | null;
  employment12: number | null;
  employment24: number | null;
  furtherStudy: number | null;
}

export type Figure = { kind: 'rate'; per100: number } | { kind: 'masked' } | { kind: 'unpublished' };

/** A published rate as a whole number out of 100 (accepts 0–100 as published, or a 0–1 share). */
export function per100(value: number): number {
  const percent = value > 0 && value < 1 ? value * 100 : value;
  return Math.round(Math.min(100, Math.max(0, percent)));
}

/** One figure of an outcome line: the rate, or why there is none. */
export function figure(outcome: OutcomeLike, value: number | null): Figure {
  if (value !== null && Number.isFinite(value)) return { kind: 'rate', per100: per100(value) };
  return outcome.leavers === null || outcome.leavers < MASK_THRESHOLD ? { kind: 'masked' } : { kind: 'unpublished' };
}

/** « 2021_2022 » → « 2021-2022 ». */
export function cohortYears(cohort: string): string {
  return cohort.replace(/[_/]/g, '-');
}

/** INSEE region codes as InserJeunes gives them; a name is kept as given. */
const REGIONS: Record<string, string> = {
  '11': 'Île-de-France',
  '24': 'Centre-Val de Loire',
  '27': 'Bourgogne-Franche-Comté',
  '28': 'Normandie',
  '32': 'Hauts-de-France',
  '44': 'Grand Est',
  '52': 'Pays de la Loire',
  '53': 'Bretagne',
  '75': 'Nouvelle-Aquitaine',
  '76': 'Occitanie',
  '84': 'Auvergne-Rhône-Alpes',
  '93': 'Provence-Alpes-Côte d’Azur',
  '94': 'Corse',
};

export function regionName(region: string | null): string | null {
  if (!region?.trim()) return null;
  return REGIONS[region.trim()] ?? region.trim();
}

/** The most recent cohorts first, then by route (school before apprenticeship) for a stable reading order. */
export function sortOutcomes<T extends OutcomeLike & { route: string }>(outcomes: readonly T[]): T[] {
  return [...outcomes].sort((a, b) => b.cohort.localeCompare(a.cohort) || a.route.localeCompare(b.route) || (a.region ?? '').localeCompare(b.region ?? ''));
}
