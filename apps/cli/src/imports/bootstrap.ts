import { join } from 'node:path';

/**
 * The reference data the demo campus needs, imported once on a fresh checkout by `npm start`
 * (paths relative to DATA_DIR). Sources come in the order they depend on each other.
 */
export const demoReferenceImports: { source: string; path: string }[] = [
  { source: 'communes', path: 'geo' },
  { source: 'rome', path: 'rome-4.0-v460' },
  // Certifications after ROME (their métier links are resolved against it). Any order among them gives the same
  // rows: the register export wins over the Kit, which wins over Certif Info (see upsertCertifications).
  { source: 'rncp', path: 'rncp' },
  { source: 'certif-info', path: 'rncp/certif_info.csv' },
  { source: 'kit-apprentissage', path: 'rncp/Kit_apprentissage_20240426.csv' },
  { source: 'naf', path: 'nomenclatures' },
  { source: 'nsf', path: 'nomenclatures' },
  // Training referentials and outcomes after certifications and ROME (Onisep links are resolved against them), and
  // MEF before InserJeunes (school rows find their diploma code through it).
  { source: 'formacode', path: 'nomenclatures/formacode-2003.csv' },
  { source: 'onisep-formations', path: 'onisep/ideo-formations_initiales_en_france.csv' },
  { source: 'onisep-metiers', path: 'onisep/ideo-metiers_onisep.csv' },
  { source: 'mef', path: 'nomenclatures/nMef.csv' },
  { source: 'inserjeunes', path: 'inserjeunes/ij_region_data.csv' },
  { source: 'inserjeunes-etablissements', path: 'inserjeunes' },
];

export const resolveDataPath = (dataDir: string, path: string) => join(dataDir, path);
