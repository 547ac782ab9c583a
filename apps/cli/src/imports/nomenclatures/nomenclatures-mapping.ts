/** Pure rules of the NAF and NSF files. */

/** NAF rév. 2 sous-classe: 4 digits and a letter, written with or without the dot (01.11Z / 0111Z); stored without. */
export function nafCode(value: string): string | null {
  const compact = value.trim().replace('.', '').toUpperCase();
  return /^\d{4}[A-Z]$/.test(compact) ? compact : null;
}

export const NAF_SECTION = /^[A-U]$/;

/** The BCN tables write labels in capitals; the groupes also carry an « édition » label in ordinary case. */
export function nsfLabel(longLabel: string, editionLabel?: string): string {
  return editionLabel?.trim() || longLabel.trim();
}

export type NsfLevel = 'categorie' | 'domaine' | 'groupe';
/** Catégories have 1 digit, domaines 2, groupes 3: the level is in the code. */
export const NSF_CODE: Record<NsfLevel, RegExp> = { categorie: /^\d$/, domaine: /^\d{2}$/, groupe: /^\d{3}$/ };
