import { redirect } from 'react-router';
import { routes, type ApiClient, type RouteResponse } from '@passerelles/contracts';
import { isApiError } from './records';
import { CATALOGUES } from '../i18n/use-i18n';
import type { Locale } from '../i18n/locales';

/**
 * A place typed by a person in a search form (`lieu`: « Pacy-sur-Eure », « 27120 », « Sainte-Marie (15) »),
 * turned into one commune. Every page with a « near » field (the training search, a reconversion path) uses this
 * one implementation: the same words find the same commune everywhere.
 */

export type Commune = RouteResponse<typeof routes.getCommune>;
export type PlaceChoice = RouteResponse<typeof routes.listCommunes>['items'][number];

/** The longest place the forms accept (the look-up's own limit). */
export const PLACE_MAX_LENGTH = 100;

const INSEE = /^(\d{5}|2[AB]\d{3})$/;

/** A commune's INSEE code from the address (`commune=27229`, `2a004` → `2A004`), or null when it cannot be one. */
export function communeCode(raw: string | null): string | null {
  const code = (raw ?? '').trim().toUpperCase();
  return INSEE.test(code) ? code : null;
}

/** A search radius from the address: whole kilometres, 1 to 500 (the APIs' limits), else null. */
export function radiusKm(raw: string | null): number | null {
  if (raw === null || !/^\d{1,6}$/.test(raw.trim())) return null;
  const n = Number(raw);
  return n >= 1 && n <= 500 ? n : null;
}

/** A typed place as the address carries it: trimmed, spaces collapsed, at most what the look-up accepts. */
export function cleanPlace(raw: string | null): string {
  return (raw ?? '').trim().replace(/\s+/g, ' ').slice(0, PLACE_MAX_LENGTH);
}

/**
 * A typed place split into the words to look up and the département a person (or the form) added in brackets:
 * « Sainte-Marie (15) » → { name: 'Sainte-Marie', departement: '15' }.
 */
export function splitPlace(place: string): { name: string; departement: string | undefined } {
  const m = /^(.*\S)\s*\(\s*(\d{2}|2A|2B|97\d)\s*\)$/i.exec(place.trim());
  return m ? { name: m[1]!, departement: m[2]!.toUpperCase() } : { name: place.trim(), departement: undefined };
}

/** How the form shows a chosen commune, so that sending it back finds the same one. */
export function placeLabel(commune: { name: string; departement: string }): string {
  return `${commune.name} (${commune.departement})`;
}

/**
 * Which commune a typed place means, from the look-up's answer (best first): the only exact name, else the only
 * answer; several (homonyms, a postal code shared by several communes) or none are for the person to settle.
 */
export function settlePlace<C extends { code: string; match: string }>(candidates: C[]): { one: C } | { many: C[] } | { none: true } {
  if (candidates.length === 0) return { none: true };
  const exact = candidates.filter((c) => c.match === 'exact');
  if (exact.length === 1) return { one: exact[0]! };
  if (exact.length > 1) return { many: exact };
  return candidates.length === 1 ? { one: candidates[0]! } : { many: candidates };
}

/** What a page shows about a typed place that is not (yet) one commune. */
export interface PlaceQuestion {
  /** Several communes answer: each becomes a link to the same page from there. */
  choices: PlaceChoice[];
  /** No commune answers: the page says so and works without a place. */
  notFound: boolean;
}

export const NO_PLACE_QUESTION: PlaceQuestion = { choices: [], notFound: false };

/**
 * A loader's step for a typed place: one commune → redirect to the page's address for it (`addressFor`), so the
 * address carries the commune's code; several or none → what to ask. Without a typed place, nothing to ask.
 */
export async function settleTypedPlace(api: ApiClient, place: string, addressFor: (commune: string) => string): Promise<PlaceQuestion> {
  if (!place) return NO_PLACE_QUESTION;
  const found = await typedCommune(api, place);
  if ('code' in found) throw redirect(addressFor(found.code));
  return 'many' in found ? { choices: found.many, notFound: false } : { choices: [], notFound: true };
}

/** A commune by its INSEE code, to show its name in the form; null when the platform does not know it. */
export async function namedCommune(api: ApiClient, code: string): Promise<Commune | null> {
  try {
    return await api(routes.getCommune, { params: { code } });
  } catch (e) {
    if (isApiError(e, 404)) return null;
    throw e;
  }
}

/**
 * A commune typed in a posted form (a name, a postal code, « Sainte-Marie (15) »): its INSEE code, or what to ask.
 * The same look-up as the search forms, so the same words find the same commune.
 */
export async function typedCommune(api: ApiClient, typed: string): Promise<{ code: string } | { many: PlaceChoice[] } | { none: true }> {
  const place = cleanPlace(typed);
  if (!place) return { none: true };
  const { name, departement } = splitPlace(place);
  const { items } = await api(routes.listCommunes, { query: { q: name, departement, limit: 8 } });
  const settled = settlePlace(items);
  return 'one' in settled ? { code: settled.one.code } : settled;
}

/** What a form says next to a commune field the look-up could not settle; null when it found one commune. */
export function communeProblem(found: Awaited<ReturnType<typeof typedCommune>>, typed: string, locale: Locale): string | null {
  const t = CATALOGUES[locale].place;
  if ('code' in found) return null;
  if (!cleanPlace(typed)) return t.missing;
  if ('none' in found) return t.notFound(cleanPlace(typed));
  return t.pick(cleanPlace(typed), found.many.map((c) => placeLabel(c)).join(', '));
}
