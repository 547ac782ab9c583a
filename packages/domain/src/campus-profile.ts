/**
 * What makes one CMQ different from another is data: name, territory, sector perimeter, branding.
 */
export interface CampusProfile {
  slug: string;
  name: string;
  shortName: string;
  tagline: { fr: string; en: string };
  sector: string;
  /** INSEE département codes of the territory. */
  departements: string[];
  /** ROME codes of the sector's métiers. */
  romeCodes: string[];
  /** NSF codes of the sector's training domains. */
  nsfCodes: string[];
  /** ROME codes of trades at risk whose holders need secured paths. */
  sensitiveRomeCodes: string[];
  contactEmail: string;
  websiteUrl?: string;
}

export function belongsToSector(profile: Pick<CampusProfile, 'romeCodes'>, romeCode: string): boolean {
  return profile.romeCodes.includes(romeCode.toUpperCase());
}
