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

/** What opened a step: nothing needed, a level, or a certification; `atStep` 0 is the person's starting profile. */
export type Satisfaction =
  | { kind: 'open' }
  | { kind: 'level'; level: number; atStep: number }
  | { kind: 'certification'; code: string; atStep: number };

/** « Vous avez le niveau 4 (Bac) requis : entrée directe. », « Obtenu à l'étape 1 : BTS Bioanalyses et contrôles. » */
export function satisfactionText(s: Satisfaction, offer: PlannerOffer, steps: readonly PlannerOffer[]): string {
  if (s.kind === 'open') return offer.kind === 'vae' ? 'Aucun diplôme requis : la VAE valide votre expérience.' : 'Aucun prérequis : entrée directe.';
  if (s.atStep === 0) {
    return s.kind === 'level'
      ? `Vous avez le ${levelLabel(s.level)} requis : entrée directe.`
      : `Vous détenez la certification ${s.code} requise : entrée directe.`;
  }
  const by = steps[s.atStep - 1]?.title ?? '';
  return s.kind === 'level'
    ? `Le ${levelLabel(s.level)} requis est obtenu à l'étape ${s.atStep} : ${by}.`
    : `Obtenu à l'étape ${s.atStep} : ${by}.`;
}

/** Why a step is there: the target it gives, or the later step it opens. */
export function whyText(
  offer: PlannerOffer,
  index: number,
  opens: readonly { step: number; satisfaction: Satisfaction }[],
  completes: string | null,
  reached: string | null,
  levelAfter: number,
): string {
  const blocs = offer.kind === 'blocs' && offer.blockCodes.length ? `Valide ${offer.blockCodes.length === 1 ? 'le bloc' : 'les blocs'} ${offer.blockCodes.join(', ')}` : null;
  if (reached) {
    const gives = blocs && completes ? `${blocs} : avec ceux déjà acquis, la certification visée ${reached} est complète` : `Délivre la certification visée ${reached}`;
    return `${gives} (${levelLabel(levelAfter)}).`;
  }
  const next = opens[0];
  if (next) {
    const what = next.satisfaction.kind === 'level' ? `le ${levelLabel(next.satisfaction.level)}` : `la certification ${offer.certificationCode ?? ''}`;
    const start = blocs && completes ? `${blocs} qui complètent la certification ${completes}, et donne` : blocs ? `${blocs}, et donne` : 'Donne';
    return `${start} ${what} exigé${next.satisfaction.kind === 'level' ? '' : 'e'} à l'entrée de l'étape ${next.step}.`;
  }
  if (blocs) return `${blocs} de la certification ${offer.certificationCode ?? ''}, complétés à l'étape ${index + 2}.`;
  return `Prépare la certification ${offer.certificationCode ?? ''}.`;
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
  if (totals.maxDistanceKm !== null) parts.push(`à ${frenchNumber(totals.maxDistanceKm)} km au plus${unknownPlace ? ' (une distance inconnue)' : ''}`);
  else if (unknownPlace) parts.push('distance inconnue');
  const steps = offers
    .map((o) => {
      const where = [o.organisation, o.place].filter((x): x is string => !!x).join(', ');
      return where ? `${o.title} (${where})` : o.title;
    })
    .join(' puis ');
  const cost = totals.knownCost ? (totals.costEur === 0 ? 'gratuit' : euros(totals.costEur)) : totals.costEur === 0 ? 'à préciser' : `au moins ${euros(totals.costEur)}`;
  const end = totals.endDate ? ` Fin prévue le ${frenchDate(totals.endDate)}.` : '';
  return `${parts.join(', ')} : ${steps}. Coût : ${cost}.${end}`;
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
