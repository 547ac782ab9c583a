/**
 * Closing a skills gap with the network's offer: a weighted set cover. The skills to acquire weigh (core skills of
 * the target more than others); each offer (a session of a training) covers some of them at a cost (its hours,
 * more when it is far). The greedy rule — take the offer with the most newly covered weight per unit of cost,
 * again and again — is the classic approximation (within ln n of the best cover), deterministic here (ties by id),
 * and easy to explain step by step: « cette formation couvre 5 des compétences qui vous manquent ».
 */

export interface GapSkill {
  ogrCode: string;
  /** Core skills of the target weigh more (see `gapWeights`). */
  weight: number;
}

export interface CoverOffer {
  id: string;
  /** One offer per training is kept: the cheapest of its sessions (see `coverGap`). */
  trainingId: string;
  /** Skill codes this offer teaches (among the gap's, others are ignored). */
  covers: readonly string[];
  /** Duration in hours; unknown durations count as `unknownHours`. */
  hours: number | null;
  /** Distance from the person, when a place was given. */
  distanceKm: number | null;
}

export interface CoverOptions {
  /** Hours assumed for an offer that does not say (a long course: it should not look free). */
  unknownHours: number;
  /** Each `distanceStepKm` of distance adds 100 % to an offer's cost (0: distance does not count). */
  distanceStepKm: number;
}

export const DEFAULT_COVER_OPTIONS: CoverOptions = { unknownHours: 1200, distanceStepKm: 100 };

export interface CoverStep<O extends CoverOffer> {
  offer: O;
  /** Gap skills this step is the first to cover, most weighty first. */
  newlyCovered: string[];
  cost: number;
}

export interface CoverResult<O extends CoverOffer> {
  steps: CoverStep<O>[];
  /** Gap skills no offer covers, most weighty first. */
  uncovered: string[];
  /** Share (0..1) of the gap's weight the steps cover. */
  coveredShare: number;
}

/** Core skills count twice: they are what the target métier is about. */
export function gapWeights(missing: readonly { ogrCode: string; isCore: boolean }[]): GapSkill[] {
  return missing.map((s) => ({ ogrCode: s.ogrCode, weight: s.isCore ? 2 : 1 }));
}

/** The cost of an offer: its hours, times 1 + distance / `distanceStepKm`. Always > 0. */
export function offerCost(offer: CoverOffer, options: CoverOptions = DEFAULT_COVER_OPTIONS): number {
  const hours = offer.hours !== null && offer.hours > 0 ? offer.hours : options.unknownHours;
  const distance = offer.distanceKm !== null && options.distanceStepKm > 0 ? offer.distanceKm / options.distanceStepKm : 0;
  return hours * (1 + distance);
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Picks offers until the gap is covered or nothing covers what is left. At most `maxSteps` steps; one offer per
 * training (its cheapest session, ties by id).
 */
export function coverGap<O extends CoverOffer>(
  gap: readonly GapSkill[],
  offers: readonly O[],
  { maxSteps = 5, options = DEFAULT_COVER_OPTIONS }: { maxSteps?: number; options?: CoverOptions } = {},
): CoverResult<O> {
  const weight = new Map<string, number>();
  for (const s of gap) weight.set(s.ogrCode, Math.max(weight.get(s.ogrCode) ?? 0, s.weight));
  const heavierFirst = (a: string, b: string) => weight.get(b)! - weight.get(a)! || byId(a, b);

  // The cheapest session of each training that covers something of the gap.
  const candidates = new Map<string, { offer: O; cost: number; covers: string[] }>();
  for (const offer of offers) {
    const covers = [...new Set(offer.covers.filter((c) => weight.has(c)))];
    if (!covers.length) continue;
    const cost = offerCost(offer, options);
    const kept = candidates.get(offer.trainingId);
    if (!kept || cost < kept.cost || (cost === kept.cost && byId(offer.id, kept.offer.id) < 0)) candidates.set(offer.trainingId, { offer, cost, covers });
  }

  const left = new Set(weight.keys());
  const pool = [...candidates.values()].sort((a, b) => byId(a.offer.id, b.offer.id));
  const steps: CoverStep<O>[] = [];
  while (left.size && steps.length < maxSteps) {
    let best: { index: number; gain: number; ratio: number } | null = null;
    for (const [index, c] of pool.entries()) {
      let gain = 0;
      for (const s of c.covers) if (left.has(s)) gain += weight.get(s)!;
      if (gain === 0) continue;
      const ratio = gain / c.cost;
      if (!best || ratio > best.ratio) best = { index, gain, ratio };
    }
    if (!best) break;
    const [chosen] = pool.splice(best.index, 1);
    const newlyCovered = chosen!.covers.filter((s) => left.has(s)).sort(heavierFirst);
    for (const s of newlyCovered) left.delete(s);
    steps.push({ offer: chosen!.offer, newlyCovered, cost: chosen!.cost });
  }
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  const uncoveredWeight = [...left].reduce((a, s) => a + weight.get(s)!, 0);
  return { steps, uncovered: [...left].sort(heavierFirst), coveredShare: total ? Math.round(((total - uncoveredWeight) / total) * 1000) / 1000 : 1 };
}
