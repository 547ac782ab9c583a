import type { Funding, Modality } from '../modalities';

/** A place as LHÉO writes it: a site of an organisation, with its commune when known. */
export interface LheoPlace {
  label: string;
  address: string | null;
  inseeCode: string | null;
  communeName: string | null;
  postalCode: string | null;
  departement: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface LheoOrganisation {
  slug: string;
  name: string;
  siret: string | null;
  uai: string | null;
  websiteUrl: string | null;
  isDemo: boolean;
  /** Its first site, for its coordinates. */
  place: LheoPlace | null;
}

/** One session of the platform: one LHÉO action with its one session. */
export interface LheoSession {
  id: number;
  externalId: string | null;
  modality: Modality;
  startDate: string | null;
  endDate: string | null;
  durationHours: number | null;
  /** Decimal text as stored (« 1250.00 »). */
  priceEur: string | null;
  fundings: Funding[];
  capacity: number | null;
  seatsLeft: number | null;
  registrationUrl: string | null;
  isDemo: boolean;
  place: LheoPlace | null;
}

export interface LheoContact {
  label: string | null;
  email: string | null;
  phone: string | null;
  url: string | null;
}

/** One published training of the campus offer, as the export writes it. */
export interface LheoFormation {
  id: number;
  externalId: string | null;
  title: string;
  description: string | null;
  objective: string | null;
  content: string | null;
  expectedResults: string | null;
  entryLevel: number | null;
  /** Level of the certification the training leads to (3–8). */
  exitLevel: number | null;
  entryRequirements: string | null;
  accessibility: string | null;
  contact: LheoContact;
  formacodes: string[];
  url: string | null;
  certificationCode: string | null;
  isDemo: boolean;
  organisation: LheoOrganisation;
  sessions: LheoSession[];
}
