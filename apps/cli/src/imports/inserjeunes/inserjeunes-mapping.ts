import type { EstablishmentOutcomeRecord, OutcomeRecord } from '@passerelles/db';

/** Pure rules of the InserJeunes files (DEPP / DARES). */

export const IJ_COLUMNS = [
  'id', 'millesime', 'code_region_ij', 'code_region', 'voie', 'cfd', 'mefstat11', 'nb_annee_term', 'nb_en_emploi_12_mois', 'nb_en_emploi_18_mois',
  'nb_en_emploi_24_mois', 'nb_en_emploi_6_mois', 'nb_poursuite_etudes', 'nb_sortant', 'taux_emploi_12_mois', 'taux_emploi_18_mois',
  'taux_emploi_24_mois', 'taux_emploi_6_mois', 'taux_poursuite_etudes',
] as const;
export type IjRow = Record<(typeof IJ_COLUMNS)[number], string>;

export interface FieldProblem {
  field: string;
  reason: string;
}

/**
 * The publication rule seen in the file: a rate is published only when its denominator (leavers for employment,
 * final-year pupils for further study) reaches 20 — below, it is left empty (secret statistique). Employment at
 * 18 and 24 months is empty for cohorts not yet followed that long.
 */
export const MIN_PUBLISHED_DENOMINATOR = 20;

const COUNTS = {
  leavers: 'nb_sortant', inFurtherStudy: 'nb_poursuite_etudes', employed6Months: 'nb_en_emploi_6_mois', employed12Months: 'nb_en_emploi_12_mois',
  employed18Months: 'nb_en_emploi_18_mois', employed24Months: 'nb_en_emploi_24_mois',
} as const;
const RATES = {
  employmentRate6Months: 'taux_emploi_6_mois', employmentRate12Months: 'taux_emploi_12_mois', employmentRate18Months: 'taux_emploi_18_mois',
  employmentRate24Months: 'taux_emploi_24_mois', furtherStudyRate: 'taux_poursuite_etudes',
} as const;

/** '' → null (not published), digits → number, anything else undefined. */
function count(raw: string): number | null | undefined {
  const text = raw.trim();
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/**
 * Why the empty cells of a row are empty, in words, for the `note` column and the report: each masked field is
 * explained by one rule, or by « non diffusé » when no rule of the file explains it.
 */
export function maskedReasons(v: IjRow, masked: string[]): string[] {
  const reasons: string[] = [];
  const explained = new Set<string>();
  const explain = (fields: string[], reason: string) => {
    const hit = fields.filter((f) => masked.includes(f) && !explained.has(f));
    if (!hit.length) return;
    hit.forEach((f) => explained.add(f));
    reasons.push(reason);
  };
  const leavers = count(v.nb_sortant);
  const term = count(v.nb_annee_term) ?? 0;
  // Followed at 6 months but not at 18: the cohort has not been followed that long yet.
  if (leavers != null && count(v.nb_en_emploi_6_mois) != null && count(v.nb_en_emploi_18_mois) === null) {
    explain(['nb_en_emploi_18_mois', 'nb_en_emploi_24_mois', 'taux_emploi_18_mois', 'taux_emploi_24_mois'], 'emploi à 18 et 24 mois pas encore observé pour ce millésime');
  }
  if (leavers != null && leavers < MIN_PUBLISHED_DENOMINATOR) {
    explain(['taux_emploi_6_mois', 'taux_emploi_12_mois', 'taux_emploi_18_mois', 'taux_emploi_24_mois'], `taux d'emploi masqués (secret statistique : moins de ${MIN_PUBLISHED_DENOMINATOR} sortants)`);
  }
  if (term < MIN_PUBLISHED_DENOMINATOR) {
    explain(['taux_poursuite_etudes'], `taux de poursuite d'études masqué (secret statistique : moins de ${MIN_PUBLISHED_DENOMINATOR} élèves en année terminale)`);
  }
  explain(masked, 'valeurs non diffusées par le producteur');
  return reasons;
}

/** One row as an outcome; `cfd` of school rows is filled by the caller from the MEF table. */
export function mapOutcome(v: IjRow): { record: OutcomeRecord } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const id = v.id.trim();
  if (!id) problems.push({ field: 'id', reason: 'identifiant absent' });
  const cohort = v.millesime.trim();
  if (!/^\d{4}_\d{4}$/.test(cohort)) problems.push({ field: 'millesime', reason: `millésime « ${cohort} » invalide (2021_2022 attendu)` });
  const region = v.code_region.trim();
  if (!/^\d{2}$/.test(region)) problems.push({ field: 'code_region', reason: `code région « ${region} » invalide (2 chiffres)` });
  const route = v.voie.trim();
  const cfd = v.cfd.trim();
  const mefstat11 = v.mefstat11.trim();
  if (route === 'scolaire') {
    if (!/^[0-9A-Z]{11}$/.test(mefstat11)) problems.push({ field: 'mefstat11', reason: `MEFSTAT11 « ${mefstat11} » invalide (11 caractères) pour une ligne scolaire` });
  } else if (route === 'apprentissage') {
    if (!/^[0-9A-Z]{8}$/.test(cfd)) problems.push({ field: 'cfd', reason: `CFD « ${cfd} » invalide (8 caractères) pour une ligne apprentissage` });
  } else problems.push({ field: 'voie', reason: `voie « ${route} » inconnue (scolaire ou apprentissage)` });
  const term = count(v.nb_annee_term);
  if (term == null) problems.push({ field: 'nb_annee_term', reason: `effectif « ${v.nb_annee_term} » invalide` });
  const masked: string[] = [];
  const read = (field: (typeof IJ_COLUMNS)[number], max?: number): number | null => {
    const value = count(v[field]);
    if (value === undefined || (max !== undefined && value !== null && value > max)) {
      problems.push({ field, reason: `valeur « ${v[field]} » invalide (${max ? 'pourcentage 0–100' : 'entier'} ou vide attendu)` });
      return null;
    }
    if (value === null) masked.push(field);
    return value;
  };
  const counts = Object.fromEntries(Object.entries(COUNTS).map(([key, field]) => [key, read(field)])) as Record<keyof typeof COUNTS, number | null>;
  const rates = Object.fromEntries(Object.entries(RATES).map(([key, field]) => [key, read(field, 100)])) as Record<keyof typeof RATES, number | null>;
  if (problems.length) return { problems };
  const reasons = maskedReasons(v, masked);
  return {
    record: {
      id, cohort, regionCode: region, route: route as OutcomeRecord['route'], mefstat11: route === 'scolaire' ? mefstat11 : null,
      cfd: route === 'apprentissage' ? cfd : null, finalYearStudents: term ?? 0, ...counts, ...rates, maskedFields: masked,
      note: reasons.length ? reasons.join(' ; ') : null,
    },
  };
}

export const ESTABLISHMENT_COMMON = [
  "n°UAI de l'établissement", "Libellé de l'établissement", 'Région', "Taux de poursuite d'études", 'Taux', 'Taux attendu', 'Valeur ajoutée',
  "Part en poursuite d'études", 'Part en emploi 6 mois après la sortie', 'Part des autres situations',
] as const;
export const POPULATION_COLUMN = 'Dont apprentis en EPLE';
export type EstablishmentRow = Record<(typeof ESTABLISHMENT_COMMON)[number] | typeof POPULATION_COLUMN, string>;

/** depp-2022-etablissements-2021_2022-pro.csv → cohort 2021_2022, route pro. */
export function establishmentFileFacts(fileName: string): { edition: string; cohort: string; route: 'pro' | 'apprentissage' } | null {
  const match = /^depp-(\d{4})-etablissements-(\d{4}_\d{4})-(pro|apprentissage)\.csv$/.exec(fileName);
  return match ? { edition: match[1]!, cohort: match[2]!, route: match[3] as 'pro' | 'apprentissage' } : null;
}

/** The DEPP files name regions in capitals without accents. */
export const REGION_CODES: Record<string, string> = {
  GUADELOUPE: '01', MARTINIQUE: '02', GUYANE: '03', 'LA REUNION': '04', MAYOTTE: '06', 'ILE-DE-FRANCE': '11', 'CENTRE-VAL DE LOIRE': '24',
  'BOURGOGNE-FRANCHE-COMTE': '27', NORMANDIE: '28', 'HAUTS-DE-FRANCE': '32', 'GRAND EST': '44', 'PAYS DE LA LOIRE': '52', BRETAGNE: '53',
  'NOUVELLE-AQUITAINE': '75', OCCITANIE: '76', 'AUVERGNE-RHONE-ALPES': '84', "PROVENCE-ALPES-COTE D'AZUR": '93', CORSE: '94',
};

const POPULATIONS: Record<string, EstablishmentOutcomeRecord['population']> = {
  ensemble: 'ensemble', 'dont apprentis': 'apprentis', 'dont élèves en voie pro sco': 'scolaires',
};

const FIGURES = {
  furtherStudyRate: "Taux de poursuite d'études", employmentRate: 'Taux', expectedEmploymentRate: 'Taux attendu', valueAdded: 'Valeur ajoutée',
  shareInFurtherStudy: "Part en poursuite d'études", shareEmployed6Months: 'Part en emploi 6 mois après la sortie', shareOther: 'Part des autres situations',
} as const;

export function mapEstablishment(
  v: EstablishmentRow,
  file: { name: string; cohort: string; route: 'pro' | 'apprentissage' },
): { record: EstablishmentOutcomeRecord } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const uai = v["n°UAI de l'établissement"].trim().toUpperCase();
  if (!/^\d{7}[A-Z]$/.test(uai)) problems.push({ field: "n°UAI de l'établissement", reason: `UAI « ${uai} » invalide (7 chiffres et une lettre)` });
  const name = v["Libellé de l'établissement"].trim();
  if (!name) problems.push({ field: "Libellé de l'établissement", reason: 'libellé absent' });
  const regionLabel = v['Région'].trim();
  const regionCode = REGION_CODES[regionLabel.toUpperCase()];
  if (!regionCode) problems.push({ field: 'Région', reason: `région « ${regionLabel} » inconnue` });
  const rawPopulation = file.route === 'pro' ? (v[POPULATION_COLUMN] ?? '').trim() : 'ensemble';
  const population = POPULATIONS[rawPopulation];
  if (!population) problems.push({ field: POPULATION_COLUMN, reason: `population « ${rawPopulation} » inconnue (ensemble, dont apprentis, dont élèves en voie pro sco)` });
  const masked: string[] = [];
  const figures = Object.fromEntries(
    Object.entries(FIGURES).map(([key, field]) => {
      const text = v[field].trim();
      // « nd »: non diffusé (too few pupils); null, never 0.
      if (text === 'nd' || text === '') {
        masked.push(field);
        return [key, null];
      }
      const ok = /^-?\d{1,3}$/.test(text) && Math.abs(Number(text)) <= 100;
      if (!ok) problems.push({ field, reason: `valeur « ${text} » invalide (entier, ou nd)` });
      return [key, ok ? Number(text) : null];
    }),
  ) as Record<keyof typeof FIGURES, number | null>;
  if (problems.length) return { problems };
  return {
    record: {
      cohort: file.cohort, route: file.route, uai, population: population!, name, regionLabel, regionCode: regionCode!, ...figures, maskedFields: masked,
      sourceFile: file.name,
    },
  };
}
