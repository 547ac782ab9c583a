import { frenchDate } from './dates';
import type { PlannerConstraintName, PlannerOffer } from './types';

const LEVEL_NAMES: Record<number, string> = { 3: 'CAP', 4: 'Bac', 5: 'Bac+2', 6: 'Bac+3', 7: 'Bac+5', 8: 'Doctorat' };

/** « niveau 4 (Bac) ». */
export function levelLabel(level: number): string {
  const name = LEVEL_NAMES[level];
  return name ? `niveau ${level} (${name})` : `niveau ${level}`;
}

const MODALITY_PHRASES: Record<string, string> = {
  apprentissage: 'en apprentissage',
  contrat_pro: 'en contrat de professionnalisation',
  formation_continue: 'en formation continue',
  initial: 'en formation initiale',
  initial_scolaire: 'en formation initiale',
  initial_etudiant: 'en formation initiale',
  vae: 'par la VAE',
};

/** « en apprentissage », « par la VAE ». */
export function modalityPhrase(modality: string): string {
  return MODALITY_PHRASES[modality] ?? `en ${modality.replace(/_/g, ' ')}`;
}

const NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
export const frenchNumber = (n: number): string => NUMBER.format(n);
export const euros = (n: number): string => `${NUMBER.format(Math.round(n))} €`;

/** Non-breaking space, before « : » as French typography wants. */
const NBSP = '\u00a0';
/** « : » with the non-breaking space before it. */
export const COLON = `${NBSP}:`;

type Titles = Readonly<Record<string, string>> | undefined;

const FEMININE = new Set(['licence', 'mention', 'certification', 'qualification', 'spécialisation', 'formation', 'habilitation']);

/** The article of a certification title: « le BTS… », « la licence… », « l’attestation… ». */
function article(title: string): string {
  const first = title.split(/[\s’']/)[0]!.toLowerCase();
  if (/^[aeiouyéèêâîôûh]/.test(first) && first !== first.toUpperCase()) return 'l’';
  return FEMININE.has(first) ? 'la ' : 'le ';
}

/** « le BTS bioanalyses en laboratoire de contrôle (RNCP38884) »; « la certification RNCP38884 » without a title. */
export function certificationName(code: string, titles: Titles): string {
  const title = titles?.[code]?.trim();
  return title ? `${article(title)}${title} (${code})` : `la certification ${code}`;
}

/** « BTS bioanalyses en laboratoire de contrôle, RNCP38884 »; « RNCP38884 » without a title. */
function certificationShort(code: string, titles: Titles): string {
  const title = titles?.[code]?.trim();
  return title ? `${title}, ${code}` : code;
}

/** What opened a step: nothing needed, a level, or a certification; `atStep` 0 is the person's starting profile. */
export type Satisfaction =
  | { kind: 'open' }
  | { kind: 'level'; level: number; atStep: number }
  | { kind: 'certification'; code: string; atStep: number };

/** « Vous avez le niveau 4 (Bac) requis : entrée directe. », « Obtenu à l’étape 1 : BTS Bioanalyses et contrôles. » */
export function satisfactionText(s: Satisfaction, offer: PlannerOffer, steps: readonly PlannerOffer[], titles?: Titles): string {
  if (s.kind === 'open') return offer.kind === 'vae' ? `Aucun diplôme requis${COLON} la VAE valide votre expérience.` : `Aucun prérequis${COLON} entrée directe.`;
  if (s.atStep === 0) {
    return s.kind === 'level'
      ? `Vous avez le ${levelLabel(s.level)} requis${COLON} entrée directe.`
      : `Vous détenez ${certificationName(s.code, titles)}, qui ouvre l’entrée.`;
  }
  const by = steps[s.atStep - 1]?.title ?? '';
  return s.kind === 'level'
    ? `Le ${levelLabel(s.level)} requis est obtenu à l’étape ${s.atStep}${COLON} ${by}.`
    : `Obtenu à l’étape ${s.atStep}${COLON} ${by}.`;
}

/** Why a step is there: the target it gives, or the later step it opens. */
export function whyText(
  offer: PlannerOffer,
  index: number,
  opens: readonly { step: number; satisfaction: Satisfaction }[],
  completes: string | null,
  reached: string | null,
  levelAfter: number,
  titles?: Titles,
): string {
  const blocs = offer.kind === 'blocs' && offer.blockCodes.length ? `Valide ${offer.blockCodes.length === 1 ? 'le bloc' : 'les blocs'} ${offer.blockCodes.join(', ')}` : null;
  const code = offer.certificationCode ?? '';
  if (reached) {
    const name = certificationName(reached, titles);
    return blocs && completes
      ? `${blocs}${COLON} avec les blocs déjà acquis, vous obtenez ${name}, ${levelLabel(levelAfter)}.`
      : `Délivre ${name}, ${levelLabel(levelAfter)}.`;
  }
  const next = opens[0];
  if (next) {
    const what = next.satisfaction.kind === 'level' ? `le ${levelLabel(next.satisfaction.level)}` : certificationName(code, titles);
    return blocs && completes
      ? `${blocs}${COLON} vous obtenez ${certificationName(completes, titles)}, qui ouvre l’étape ${next.step}.`
      : `Donne ${what}, qui ouvre l’étape ${next.step}.`;
  }
  if (blocs) return `${blocs} (${certificationShort(code, titles)})${COLON} la certification est complétée à l’étape ${index + 2}.`;
  return `Prépare ${certificationName(code, titles)}.`;
}

/** « 2 étapes, 36 mois, en apprentissage, à 27 km au plus : BTS … (Organisme, Lieu) puis … Coût : gratuit. » */
export function routeText(
  offers: readonly PlannerOffer[],
  totals: { months: number; costEur: number; knownCost: boolean; maxDistanceKm: number | null; endDate: string | null },
): string {
  const parts: string[] = [`${offers.length} ${offers.length > 1 ? 'étapes' : 'étape'}`, `${frenchNumber(totals.months)} mois`];
  const modalities = [...new Set(offers.map((o) => o.modality))];
  parts.push(modalities.map(modalityPhrase).join(' puis '));
  const unknownPlace = offers.some((o) => o.distanceKm === null && o.kind !== 'vae');
  if (totals.maxDistanceKm !== null) {
    const within = totals.maxDistanceKm < 1 ? 'à moins de 1 km' : `à ${frenchNumber(totals.maxDistanceKm)} km au plus`;
    parts.push(`${within}${unknownPlace ? ' (une distance inconnue)' : ''}`);
  } else if (unknownPlace) parts.push('distance inconnue');
  const steps = offers
    .map((o) => {
      const where = [o.organisation, o.place].filter((x): x is string => !!x).join(', ');
      return where ? `${o.title} (${where})` : o.title;
    })
    .join(' puis ');
  const cost = totals.knownCost ? (totals.costEur === 0 ? 'gratuit' : euros(totals.costEur)) : totals.costEur === 0 ? 'à préciser' : `au moins ${euros(totals.costEur)}`;
  const end = totals.endDate ? ` Fin prévue le ${frenchDate(totals.endDate)}.` : '';
  return `${parts.join(', ')}${COLON} ${steps}. Coût${COLON} ${cost}.${end}`;
}

/** « la limite de distance (30 km) », for the relax suggestions. */
export function constraintText(name: PlannerConstraintName, value: unknown): string {
  switch (name) {
    case 'maxDistanceKm':
      return `la limite de distance (${frenchNumber(Number(value))} km)`;
    case 'modalities':
      return `le choix de modalité (${(value as readonly string[]).map(modalityPhrase).join(', ')})`;
    case 'maxMonths':
      return `la durée maximale (${frenchNumber(Number(value))} mois)`;
    case 'maxBudgetEur':
      return `le budget (${euros(Number(value))})`;
    case 'startAfter':
      return `la date de début (après le ${frenchDate(String(value))})`;
  }
}
