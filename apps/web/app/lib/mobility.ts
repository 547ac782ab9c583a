import { MODALITIES, type Modality } from '@passerelles/domain';
import { cleanPlace, communeCode, radiusKm } from './place';

/**
 * The reconversion path page's state, read from and written to its address
 * (`/metiers/H2304/mobilites/H2303?commune=27229&radiusKm=50&modality=apprentissage`), so a path can be shared,
 * reloaded and asked for without JavaScript. Values the API would refuse are dropped, not failed on.
 */

/**
 * The ways to learn offered on the form: the ones open to an adult changing trade. Without a choice the API
 * takes them all; VAE is left out (it certifies experience, it does not teach a missing skill), and so are
 * school-pupil places.
 */
export const PATH_MODALITIES: readonly Modality[] = MODALITIES.filter((m) => m !== 'initial_scolaire' && m !== 'vae');

export interface PathState {
  commune: string | null;
  /** A place typed by a person (`lieu`) that is not yet one commune. */
  place: string;
  radiusKm: number | null;
  modality: Modality[];
}

export function parsePathSearch(params: URLSearchParams): PathState {
  const commune = communeCode(params.get('commune'));
  const wanted = new Set(params.getAll('modality').map((m) => m.trim()));
  return {
    commune,
    place: commune ? '' : cleanPlace(params.get('lieu')),
    radiusKm: radiusKm(params.get('radiusKm')),
    // In the form's order, each once: equal choices make equal addresses.
    modality: PATH_MODALITIES.filter((m) => wanted.has(m)),
  };
}

/** The query string of a state, in a stable order, without empty fields. */
export function pathSearchString(state: PathState, changes: Partial<PathState> = {}): string {
  const s = { ...state, ...changes };
  const params = new URLSearchParams();
  if (s.commune) params.set('commune', s.commune);
  else if (s.place) params.set('lieu', s.place);
  if (s.radiusKm !== null) params.set('radiusKm', String(s.radiusKm));
  for (const m of s.modality) params.append('modality', m);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** What the API needs: a radius only with a commune (otherwise it answers 422). */
export function pathApiQuery(state: PathState): { commune?: string; radiusKm?: number; modality?: Modality[] } {
  return {
    ...(state.commune ? { commune: state.commune } : {}),
    ...(state.commune && state.radiusKm !== null ? { radiusKm: state.radiusKm } : {}),
    ...(state.modality.length ? { modality: state.modality } : {}),
  };
}

/** Whether the address asks for a distance limit that cannot apply (no commune, none being settled). */
export function radiusWithoutPlace(state: PathState): boolean {
  return state.commune === null && !state.place && state.radiusKm !== null;
}

/** A 0..1 proximity as a whole percentage, never 0 for a métier that shares something. */
export function percent(score: number): number {
  const n = Math.round(Math.min(1, Math.max(0, score)) * 100);
  return n === 0 && score > 0 ? 1 : n;
}

/** The first `n` items to name, and how many more there are (« A, B, C et 11 autres »). */
export function firstFew<T>(items: readonly T[], n: number): { shown: T[]; more: number } {
  const shown = items.slice(0, n);
  return { shown, more: items.length - shown.length };
}
