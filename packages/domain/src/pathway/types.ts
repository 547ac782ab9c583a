/**
 * Vocabulary of the pathway planner: what a person can enrol in, what they ask for, and the routes returned.
 * Everything here is plain data, so that the API can serialise it as it is.
 */

/** What an offer leads to: the whole certification, some of its blocs, or the certification through experience. */
export type PlannerOfferKind = 'training' | 'blocs' | 'vae';

/** Entry requirements of an offer. Both empty: open entry. Both set: either one is enough. */
export interface PlannerRequirements {
  /** Lowest national level (3 → 8) accepted at entry; null when the offer asks for no level. */
  minLevel: number | null;
  /** Certifications any one of which opens the offer (e.g. a licence pro open to two named BTS). */
  anyOfCertifications: readonly string[];
}

/** One thing a person can enrol in: a dated session of a training (whole certification or some blocs), or a VAE. */
export interface PlannerOffer {
  /** Stable id, used to break ties: `session:123`, `vae:RNCP35335`. */
  id: string;
  kind: PlannerOfferKind;
  /** Title of the training, as shown to people (« BTS Bioanalyses et contrôles »). */
  title: string;
  organisation: string | null;
  /** Commune name of the place of training. */
  place: string | null;
  /** The certification it prepares. An offer without one gives nothing the planner can count and is never used. */
  certificationCode: string | null;
  /** National level (3 → 8) that completing the whole certification gives. */
  certificationLevel: number | null;
  /** Blocs de compétences covered (kind `blocs`); empty means the whole certification. */
  blockCodes: readonly string[];
  requires: PlannerRequirements;
  /** `apprentissage`, `formation_continue`, `initial_scolaire`, `initial_etudiant`, `contrat_pro`, `vae`… */
  modality: string;
  /** ISO `yyyy-mm-dd`; null is permanent entry: the person starts the day after their previous step ends. */
  startDate: string | null;
  /** ISO `yyyy-mm-dd`; null: start + duration. Ignored for permanent-entry offers. */
  endDate: string | null;
  /** Length of the training in months, > 0 (offers with no positive duration are never used). */
  durationMonths: number;
  /** Price to the person in euros; null when unknown; 0 for apprenticeship and other funded ways. */
  priceEur: number | null;
  fundings: readonly string[];
  /**
   * Distance from the person's commune, in km; null when unknown. Read at each plan, so a planner built once can
   * serve several people if the caller refreshes it. Unknown distance never excludes an offer (see
   * {@link PlannerConstraints.maxDistanceKm}).
   */
  distanceKm: number | null;
  /**
   * Where it takes place, as the caller identifies places (a site id, coordinates): offers sharing a `siteKey` must
   * always be given the same `distanceKm`. The planner then reads one distance per place instead of one per session.
   * Absent or null: the offer is a place of its own.
   */
  siteKey?: string | null;
  /** Employment rate of former learners (0–100) when known. Shown, not used in the cost. */
  employmentRate: number | null;
}

/** Limits a route must respect. Every one is optional; an absent one does not limit. */
export interface PlannerConstraints {
  /**
   * Largest distance of any step. An offer whose distance is unknown is kept (VAE and distance learning have no
   * place; hiding them silently would be worse), costed as {@link UNKNOWN_DISTANCE_KM} and flagged in the text.
   */
  maxDistanceKm?: number;
  /** Accepted modalities; an empty list does not limit. */
  modalities?: readonly string[];
  /** Largest total training time (sum of the steps' durations, waiting not counted). */
  maxMonths?: number;
  /** Largest total of the known prices (unknown prices are not counted; the route says its cost is incomplete). */
  maxBudgetEur?: number;
  /** Earliest start of the first step (ISO date); the planner never starts before `today` anyway. */
  startAfter?: string;
}

export type PlannerConstraintName = keyof PlannerConstraints;

/** What a person asks: where they are, where they want to go, their limits. */
export interface PlannerRequest {
  from: {
    /** Certifications held (RNCP codes). */
    certifications: readonly string[];
    /** Blocs de compétences already validated, if any. */
    blocks?: readonly string[];
    /** Highest national level held; the levels of the held certifications count too. */
    level: number | null;
  };
  /** Reaching ANY of these certifications is success. A métier target is turned into certifications by the caller. */
  to: { certifications: readonly string[] };
  constraints: PlannerConstraints;
  /** All blocs of a certification: holding them all is holding it. */
  certificationBlocks: Readonly<Record<string, readonly string[]>>;
  /** Level of each certification, for held ones and those completed by blocs. */
  certificationLevels: Readonly<Record<string, number>>;
  /**
   * Titles of certifications by code, used in the texts (« le BTS bioanalyses en laboratoire de contrôle
   * (RNCP38884) »); a certification without one is named by its code.
   */
  certificationTitles?: Readonly<Record<string, string>>;
  /** ISO date of the day of planning (the planner never reads the clock). */
  today: string;
  /** How many distinct routes to return; default 3. */
  maxRoutes?: number;
}

/** One step of a route: an offer with the dates the person would follow it. */
export interface PlannedStep {
  offer: PlannerOffer;
  startDate: string;
  endDate: string;
  /** Plain French: which entry requirement was met, and by what (held at the start, or obtained at step N). */
  satisfiedBy: string;
  /** Plain French: why this step is in the route. */
  why: string;
}

export interface PlannedRouteTotals {
  /** Sum of the steps' durations (training time, waiting excluded). */
  months: number;
  /** Sum of the known prices. */
  costEur: number;
  /** False when some step has an unknown price: `costEur` is then a lower bound. */
  knownCost: boolean;
  /** Largest known distance of the steps; null when none is known. */
  maxDistanceKm: number | null;
  /** Highest level held at the end minus the highest level held at the start (0 when no level is gained). */
  levelGain: number;
  /** End of the last step. */
  endDate: string | null;
}

/** A route from the person's profile to one of the targets. */
export interface PlannedRoute {
  steps: PlannedStep[];
  totals: PlannedRouteTotals;
  /** The certification reached (one of the targets). */
  reached: string;
  /** The scalar cost the routes are ranked by (lower is better), see {@link PLANNER_WEIGHTS}. */
  cost: number;
  /** Plain French summary: « 2 étapes, 36 mois, en apprentissage, à 27 km au plus : … ». */
  explanation: string;
}

/** A constraint that, removed alone, lets routes exist. */
export interface RelaxSuggestion {
  constraint: PlannerConstraintName;
  /** What the best route found without it needs (the distance, months, euros, modalities or start date). */
  value?: unknown;
  /** How many routes (at most `maxRoutes`) exist without it. */
  routesIfRelaxed: number;
  /** Plain French: « Sans la limite de distance (30 km) : 2 parcours, le meilleur à 48 km. » */
  label: string;
}

export interface PlanResult {
  /** Best first, all distinct (see {@link routeSignature}). */
  routes: PlannedRoute[];
  /** Present when there is no route. */
  unreachable?: { reason: string; relax: RelaxSuggestion[] };
  /** Targets the person already holds (they are not planned for). */
  alreadyHeld?: string[];
  /** True when the search stopped at its safety limit: the routes are valid but may not be the best. */
  incomplete?: boolean;
}

/**
 * Weights of the route cost. A route costs, in « months equivalent »:
 *
 * Σ over its steps of `months·durationMonths + waitMonths·monthsWaited + km·distanceKm + eur·priceEur`
 * `+ level·(8 − level of the certification reached)`
 *
 * - a month of training weighs 1, a month waited between two steps (or before the first) 0.5;
 * - 25 km away weighs as much as a month (0.04 per km); an unknown distance counts as {@link UNKNOWN_DISTANCE_KM},
 *   except for a VAE, which has no place;
 * - 1 000 € weigh as much as a month; an unknown price counts as {@link UNKNOWN_PRICE_EUR};
 * - the last term rewards the level gained: each level of the target reached is worth 3 months. It is written
 *   against level 8 so that every term stays ≥ 0 (the search needs that); ranking is the same as subtracting
 *   3 × level gain. It counts the level of the target reached, not of the steps, so a detour through a higher
 *   certification never pays.
 */
export const PLANNER_WEIGHTS = { months: 1, waitMonths: 0.5, km: 0.04, eur: 0.001, level: 3 } as const;
/** Distance counted in the cost for an offer (other than a VAE) whose distance is unknown. */
export const UNKNOWN_DISTANCE_KM = 50;
/** Price counted in the cost for an offer whose price is unknown (the budget constraint does not count it). */
export const UNKNOWN_PRICE_EUR = 2000;
/** Routes have at most this many steps. */
export const MAX_ROUTE_STEPS = 4;
/** Days in an average month, for waiting time and fractional durations. */
export const DAYS_PER_MONTH = 30.4375;
