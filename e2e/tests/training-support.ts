import { expect, type APIRequestContext } from '@playwright/test';
import type { RouteResponse, routes } from '@passerelles/contracts';

export type SessionSearch = RouteResponse<typeof routes.searchSessions>;
export type Training = RouteResponse<typeof routes.getTraining>;

/** What the API finds for a search: the pages must show the same sessions (nothing hard-coded in tests). */
export async function searchSessions(request: APIRequestContext, params: Record<string, string | number | string[]>): Promise<SessionSearch> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of Array.isArray(value) ? value : [value]) query.append(key, String(v));
  const response = await request.get(`/api/v1/sessions?${query.toString()}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as SessionSearch;
}

export async function fetchTraining(request: APIRequestContext, id: number): Promise<Training> {
  const response = await request.get(`/api/v1/trainings/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Training;
}

/** The trainings of the network, read through the search (every session, one page of 100 at a time). */
export async function allTrainingIds(request: APIRequestContext): Promise<number[]> {
  const ids = new Set<number>();
  for (let page = 1; ; page++) {
    const found = await searchSessions(request, { page, pageSize: 100 });
    for (const s of found.items) ids.add(s.training.id);
    if (page * found.pageSize >= found.total) break;
  }
  return [...ids].sort((a, b) => a - b);
}

/** The first training whose outcomes include both a published employment rate and a masked one. */
export async function trainingWithOutcomes(request: APIRequestContext): Promise<Training> {
  for (const id of await allTrainingIds(request)) {
    const training = await fetchTraining(request, id);
    const published = training.outcomes.some((o) => o.employment6 !== null);
    const masked = training.outcomes.some((o) => o.employment6 === null && (o.leavers ?? 0) < 20);
    if (published && masked) return training;
  }
  throw new Error('The demo campus has no training with both published and masked outcomes');
}

/** "à 27 km" / "27 km away" → 27. */
export function kmIn(text: string): number {
  const match = /(\d[\d\s\u202f.,]*)\s*km/.exec(text);
  if (!match) throw new Error(`No distance in « ${text} »`);
  return Number(match[1]!.replace(/[\s\u202f]/g, '').replace(',', '.'));
}

export const JOURNEY = { q: 'bioanalyses', commune: '27229', communeName: 'Évreux', radiusKm: 30 } as const;
