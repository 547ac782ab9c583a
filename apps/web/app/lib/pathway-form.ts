import { MODALITIES, type Modality } from '@passerelles/domain';
import { cleanPlace, communeCode } from './place';

/**
 * The pathway planner's page state, read from and written to its address (`/mon-parcours?depart=niveau-4&cible=H1503`),
 * so a plan can be shared and works without JavaScript. Three questions (where you are, where you want to go, where
 * you live) and optional limits. Values the API would refuse are dropped here rather than failing the page.
 */
export type Start = { kind: 'none' } | { kind: 'level'; level: number } | { kind: 'certification'; code: string };
export type Target = { kind: 'metier'; code: string } | { kind: 'certification'; code: string };

export interface PathwayState {
  start: Start | null;
  target: Target | null;
  commune: string | null;
  /** A typed place not yet settled to one commune. */
  place: string;
  /** The person's current métier (opens VAE). */
  metier: string | null;
  modalities: Modality[];
  maxDistanceKm: number | null;
  maxMonths: number | null;
  maxBudgetEur: number | null;
  startAfter: string | null;
}

const ROME = /^[A-Z]\d{4}$/;
const CERTIFICATION = /^(RNCP|RS)\d{1,6}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const DISTANCES_KM = [10, 20, 30, 50, 100] as const;
export const DURATIONS_MONTHS = [6, 12, 24, 36] as const;
export const BUDGETS_EUR = [0, 1000, 3000, 10000] as const;

function oneOf<T extends number>(allowed: readonly T[], raw: string | null): T | null {
  const n = raw === null || !/^\d{1,6}$/.test(raw) ? Number.NaN : Number(raw);
  return (allowed as readonly number[]).includes(n) ? (n as T) : null;
}

export function parseStart(raw: string | null): Start | null {
  const v = (raw ?? '').trim().toUpperCase();
  if (v === 'AUCUN') return { kind: 'none' };
  const level = /^NIVEAU-([3-8])$/.exec(v);
  if (level) return { kind: 'level', level: Number(level[1]) };
  return CERTIFICATION.test(v) ? { kind: 'certification', code: v } : null;
}

export function startValue(start: Start): string {
  return start.kind === 'none' ? 'aucun' : start.kind === 'level' ? `niveau-${start.level}` : start.code;
}

export function parseTarget(raw: string | null): Target | null {
  const v = (raw ?? '').trim().toUpperCase();
  if (ROME.test(v)) return { kind: 'metier', code: v };
  return CERTIFICATION.test(v) ? { kind: 'certification', code: v } : null;
}

export function parsePathway(params: URLSearchParams): PathwayState {
  const commune = communeCode(params.get('commune'));
  const metier = (params.get('metier') ?? '').trim().toUpperCase();
  const startAfter = (params.get('debut') ?? '').trim();
  return {
    start: parseStart(params.get('depart')),
    target: parseTarget(params.get('cible')),
    commune,
    place: commune ? '' : cleanPlace(params.get('lieu')),
    metier: ROME.test(metier) ? metier : null,
    modalities: [...new Set(params.getAll('modalite').filter((m): m is Modality => (MODALITIES as readonly string[]).includes(m)))].sort(),
    maxDistanceKm: oneOf(DISTANCES_KM, params.get('distance')),
    maxMonths: oneOf(DURATIONS_MONTHS, params.get('duree')),
    maxBudgetEur: oneOf(BUDGETS_EUR, params.get('budget')),
    startAfter: ISO_DATE.test(startAfter) && !Number.isNaN(Date.parse(startAfter)) ? startAfter : null,
  };
}

/** The query string of a state, in a stable order, without empty values (equal plans, equal addresses). */
export function pathwayString(state: PathwayState, changes: Partial<PathwayState> = {}): string {
  const s = { ...state, ...changes };
  const params = new URLSearchParams();
  if (s.start) params.set('depart', startValue(s.start));
  if (s.target) params.set('cible', s.target.code);
  if (s.commune) params.set('commune', s.commune);
  else if (s.place) params.set('lieu', s.place);
  if (s.metier) params.set('metier', s.metier);
  for (const m of s.modalities) params.append('modalite', m);
  if (s.maxDistanceKm !== null) params.set('distance', String(s.maxDistanceKm));
  if (s.maxMonths !== null) params.set('duree', String(s.maxMonths));
  if (s.maxBudgetEur !== null) params.set('budget', String(s.maxBudgetEur));
  if (s.startAfter) params.set('debut', s.startAfter);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** How many optional limits are set (shown on the « more criteria » toggle). */
export function limitCount(state: PathwayState): number {
  return [state.metier, state.modalities.length ? 1 : null, state.maxDistanceKm, state.maxMonths, state.maxBudgetEur, state.startAfter].filter(
    (v) => v !== null,
  ).length;
}

/** The planner's request body, or null while the two main questions are unanswered. */
export function pathwayRequest(state: PathwayState) {
  if (!state.start || !state.target) return null;
  const constraints = {
    ...(state.maxDistanceKm !== null && state.commune ? { maxDistanceKm: state.maxDistanceKm } : {}),
    ...(state.modalities.length ? { modalities: state.modalities } : {}),
    ...(state.maxMonths !== null ? { maxMonths: state.maxMonths } : {}),
    ...(state.maxBudgetEur !== null ? { maxBudgetEur: state.maxBudgetEur } : {}),
    ...(state.startAfter ? { startAfter: state.startAfter } : {}),
  };
  return {
    from: {
      ...(state.start.kind === 'certification' ? { certifications: [state.start.code] } : {}),
      ...(state.start.kind === 'level' ? { level: state.start.level } : {}),
      ...(state.metier ? { romeCode: state.metier } : {}),
      ...(state.commune ? { commune: state.commune } : {}),
    },
    to: state.target.kind === 'metier' ? { romeCode: state.target.code } : { certification: state.target.code },
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** The state without one limit: where a « relax this constraint » suggestion links to. */
export function withoutConstraint(state: PathwayState, constraint: string): Partial<PathwayState> | null {
  switch (constraint) {
    case 'maxDistanceKm':
      return { maxDistanceKm: null };
    case 'modalities':
      return { modalities: [] };
    case 'maxMonths':
      return { maxMonths: null };
    case 'maxBudgetEur':
      return { maxBudgetEur: null };
    case 'startAfter':
      return { startAfter: null };
    default:
      return null;
  }
}
