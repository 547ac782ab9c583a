import type { CommuneRecord } from '@passerelles/db';

/** INSEE commune codes: 5 characters, Corsica with 2A / 2B, overseas with 97x / 98x. */
export const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/** The 2020 coordinates file lost leading zeros (« 1001 » for 01001): put them back. */
export const padInseeCode = (code: string): string => code.trim().padStart(5, '0');

/** A latitude/longitude pair, null when both cells are empty, undefined when they are not coordinates. */
export function coordinates(latitude: string, longitude: string): [number, number] | null | undefined {
  if (latitude.trim() === '' && longitude.trim() === '') return null;
  const lat = Number(latitude);
  const lon = Number(longitude);
  if (latitude.trim() === '' || longitude.trim() === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return [lat, lon];
}

/** One element of communes-cog-*.json, as far as the import needs it. */
export interface CogCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  region?: string;
  codesPostaux?: string[];
  population?: number;
}

/** Checks the shape of a COG element; returns the reason it cannot be used, or null. */
export function cogProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'objet attendu';
  const v = value as Record<string, unknown>;
  if (typeof v.type !== 'string') return 'champ « type » absent';
  if (typeof v.code !== 'string' || !INSEE_CODE.test(v.code)) return `code INSEE « ${String(v.code)} » invalide`;
  if (typeof v.nom !== 'string' || v.nom.trim() === '') return 'nom absent';
  if (typeof v.departement !== 'string' || v.departement === '') return 'département absent';
  if (v.codesPostaux !== undefined && !(Array.isArray(v.codesPostaux) && v.codesPostaux.every((c) => typeof c === 'string'))) {
    return 'codesPostaux : liste de codes attendue';
  }
  if (v.population !== undefined && !Number.isInteger(v.population)) return 'population : entier attendu';
  return null;
}

/**
 * Only current communes are imported: communes déléguées / associées and Paris-Lyon-Marseille arrondissements
 * are parts of a commune, and a délégué one may even share its code with its commune nouvelle.
 */
export const isCurrentCommune = (c: { type: string }) => c.type === 'commune-actuelle';

export function toCommuneRecord(c: CogCommune, coords: [number, number] | undefined): CommuneRecord {
  return {
    inseeCode: c.code,
    name: c.nom.trim(),
    departement: c.departement,
    region: c.region ?? null,
    postalCodes: [...new Set(c.codesPostaux ?? [])].sort(),
    population: c.population ?? null,
    latitude: coords?.[0] ?? null,
    longitude: coords?.[1] ?? null,
  };
}
