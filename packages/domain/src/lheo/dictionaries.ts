import { FUNDINGS, type Funding, type Modality } from '../modalities';

/** Namespaces of the LHÉO versions the platform reads; it writes 2.3. */
export const LHEO_NAMESPACES = { '2.2': 'http://www.lheo.org/2.2', '2.3': 'http://lheo.gouv.fr/2.3' } as const;
export type LheoVersion = keyof typeof LHEO_NAMESPACES;

/** `info` of the platform's own `<extras>`: values LHÉO has no element for, so an export imports back unchanged. */
export const PASSERELLES_EXTRAS = 'passerelles';

/**
 * LHÉO placeholders for values a producer does not know. Onisep writes 99999999999 for a missing numéro de
 * déclaration d'activité; the platform writes zeros for an unknown SIRET / NDA and reads both back as « unknown ».
 */
export const UNKNOWN_SIRET = '00000000000000';
export const UNKNOWN_ACTIVITY_NUMBER = '00000000000';
export const UNKNOWN_POSTAL_CODE = '00000';
/** Dates of `periode`: 00000000 for an unknown start, 99999999 for an unknown / open end. */
export const UNKNOWN_START = '00000000';
export const UNKNOWN_END = '99999999';
/** Written where LHÉO requires a text the platform does not hold; read back as empty. */
export const NOT_PROVIDED = 'Non communiqué.';
/** Formacode « public » code for « tout public » (code-public-vise is mandatory, the platform holds no public). */
export const PUBLIC_ALL = '80006';

export const isUnknownSiret = (s: string | null | undefined) => !s || /^(0{14}|9{14})$/.test(s);

/**
 * LHÉO dictionary of funders (code-financeur) and the platform's funding kinds. Several LHÉO codes fall into one
 * platform kind (OPCA and OPACIF → OPCO); codes with no platform kind (European funds, AGEFIPH, State, other
 * local authorities…) are reported, not guessed. CPF has no funder code in the dictionary: the platform writes it
 * in its extras, and reads it there (or from a certification's code-CPF).
 */
export const FINANCEUR_LABELS: Record<string, string> = {
  '0': 'Autre', '1': 'Code(s) obsolète(s)', '2': 'Collectivité territoriale - Conseil régional', '3': 'Fonds européens - FSE',
  '4': 'Pôle emploi / France Travail', '5': 'Entreprise', '6': 'ACSÉ (anciennement FASILD)', '7': 'AGEFIPH',
  '8': 'Collectivité territoriale - Conseil général', '9': 'Collectivité territoriale - Commune', '10': 'Bénéficiaire de l’action',
  '11': 'État - Ministère chargé de l’emploi', '12': 'État - Ministère de l’éducation nationale', '13': 'État - Autre',
  '14': 'Fonds européens - Autre', '15': 'Collectivité territoriale - Autre', '16': 'OPCA / OPCO', '17': 'OPACIF',
};
const FINANCEUR_TO_FUNDING: Record<string, Funding> = { '2': 'region', '4': 'france_travail', '5': 'employer', '10': 'self', '16': 'opco', '17': 'opco' };
const FUNDING_TO_FINANCEUR: Partial<Record<Funding, string>> = { region: '2', france_travail: '4', employer: '5', self: '10', opco: '16' };

export const fundingOfFinanceur = (code: string): Funding | null => FINANCEUR_TO_FUNDING[code.trim()] ?? null;
export const financeurOfFunding = (funding: Funding): string | null => FUNDING_TO_FINANCEUR[funding] ?? null;
export const isFunding = (value: string): value is Funding => (FUNDINGS as readonly string[]).includes(value);

/**
 * Levels (code-niveau-entree / code-niveau-sortie). LHÉO 2.3 keeps the old national levels (4 = V … 8 = I) and adds
 * 11–18 for the European levels 1–8. The platform holds the European level 3–8, or null (none / not known).
 */
export function levelOfLheoCode(code: string): number | null {
  const n = Number(code.trim());
  if (n >= 13 && n <= 18) return n - 10;
  const old: Record<number, number> = { 4: 3, 5: 4, 6: 5, 7: 6, 8: 7 };
  return old[n] ?? null;
}
/** The 2.3 code of a European level; null (no level required) is « 1 : sans niveau spécifique ». */
export const lheoCodeOfLevel = (level: number | null): string => (level !== null && level >= 3 && level <= 8 ? String(level + 10) : '1');

/** Texts the platform writes for a modality (modalites-alternance, rythme-formation). */
export const MODALITY_ALTERNANCE: Record<Modality, string> = {
  initial_scolaire: 'Formation initiale sous statut scolaire, avec stages en entreprise.',
  initial_etudiant: 'Formation initiale sous statut étudiant, avec stages en entreprise.',
  apprentissage: 'Alternance en contrat d’apprentissage.',
  contrat_pro: 'Alternance en contrat de professionnalisation.',
  formation_continue: 'Sans objet (formation continue).',
  vae: 'Sans objet (validation des acquis de l’expérience).',
};

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The platform's modality for an action written by someone else. LHÉO has no modality element: the words of
 * modalites-alternance / rythme-formation / the title say it (apprentissage, professionnalisation, VAE), the
 * Onisep extra « formation-initiale » says school-based initial training; anything else is continuing education.
 */
export function guessModality(texts: string[], initialTraining: boolean): Modality {
  const text = fold(texts.join(' '));
  if (/\bapprenti(ssage|s|e)?\b/.test(text)) return 'apprentissage';
  if (/professionnalisation/.test(text)) return 'contrat_pro';
  if (/\bvae\b|validation des acquis/.test(text)) return 'vae';
  if (initialTraining) return /etudiant/.test(text) ? 'initial_etudiant' : 'initial_scolaire';
  return 'formation_continue';
}
