import type { PlannerOffer } from '@passerelles/domain';
import type { CatalogueOffer, PathwayReference } from '@passerelles/db';

/**
 * From the catalogue to the planner's offers (pure). The rules, stated once:
 * - entry: the level the training asks (`entry_level`); when it says none, a certification of level 5 or more asks
 *   the level below it (a BTS asks the Bac), levels 3 and 4 ask nothing; holding a certification that precedes it in
 *   the campus chain opens it too;
 * - kind: a VAE session validates the certification through experience (it is offered only to people whose métier
 *   qualifies, see `vaeCertifications`); a training covering only some of its certification's blocs gives those
 *   blocs; any other gives the whole certification;
 * - duration: from the session's dates, else its hours (140 h of training a month, full time), else a year;
 * - price: apprenticeship and professionalisation contracts cost the learner nothing (the employer and the OPCO
 *   pay), so do school places; otherwise the session's price, unknown when it gives none.
 */
export const VAE_REQUIREMENT_PREFIX = 'experience:';
const HOURS_PER_MONTH = 140;
const DAY_MS = 86_400_000;

export function defaultEntryLevel(certificationLevel: number | null): number | null {
  return certificationLevel !== null && certificationLevel >= 5 ? certificationLevel - 1 : null;
}

export function durationMonths(o: Pick<CatalogueOffer, 'startDate' | 'endDate' | 'durationHours'>): number {
  if (o.startDate && o.endDate) {
    const days = (Date.parse(o.endDate) - Date.parse(o.startDate)) / DAY_MS;
    if (days > 0) return Math.max(0.5, Math.round((days / 30.4375) * 2) / 2);
  }
  if (o.durationHours && o.durationHours > 0) return Math.max(0.5, Math.round((o.durationHours / HOURS_PER_MONTH) * 2) / 2);
  return 12;
}

export function learnerPrice(o: Pick<CatalogueOffer, 'modality' | 'priceEur'>): number | null {
  if (o.modality === 'apprentissage' || o.modality === 'contrat_pro' || o.modality === 'initial_scolaire') return 0;
  return o.priceEur;
}

export function chainPredecessors(chainNext: PathwayReference['chainNext']): Map<string, string[]> {
  const before = new Map<string, string[]>();
  for (const [from, tos] of Object.entries(chainNext)) for (const to of tos) before.set(to, [...(before.get(to) ?? []), from].sort());
  return before;
}

export function toPlannerOffer(o: CatalogueOffer, ref: PathwayReference, predecessors: Map<string, string[]>): PlannerOffer | null {
  if (!o.certification) return null;
  const code = o.certification.code;
  const level = o.certification.level ?? ref.certifications.get(code)?.level ?? null;
  const allBlocks = ref.blocks[code] ?? [];
  const partial = o.blockCodes.length > 0 && allBlocks.some((b) => !o.blockCodes.includes(b));
  const vae = o.modality === 'vae';
  return {
    id: `session:${String(o.sessionId).padStart(10, '0')}`,
    kind: vae ? 'vae' : partial ? 'blocs' : 'training',
    title: o.trainingTitle,
    organisation: o.organisation.name,
    place: o.commune?.name ?? null,
    certificationCode: code,
    certificationLevel: level,
    blockCodes: partial ? o.blockCodes : [],
    requires: vae
      ? { minLevel: null, anyOfCertifications: [`${VAE_REQUIREMENT_PREFIX}${code}`] }
      : { minLevel: o.entryLevel ?? defaultEntryLevel(level), anyOfCertifications: predecessors.get(code) ?? [] },
    modality: o.modality,
    startDate: o.startDate,
    endDate: o.endDate,
    durationMonths: durationMonths(o),
    priceEur: learnerPrice(o),
    fundings: o.fundings,
    distanceKm: null,
    employmentRate: o.employmentRate,
  };
}

/** Held certifications with those that replaced them in the registers (holding the old one counts as the new). */
export function withSuccessors(held: readonly string[], successors: PathwayReference['successors']): string[] {
  const out = new Set(held);
  const queue = [...held];
  while (queue.length) {
    for (const next of successors[queue.shift()!] ?? []) {
      if (!out.has(next)) {
        out.add(next);
        queue.push(next);
      }
    }
  }
  return [...out].sort();
}
