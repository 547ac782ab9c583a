import { useMatches } from 'react-router';

/**
 * Public pages are server-rendered HTML and ship no JavaScript by default: React Router's client
 * runtime alone weighs about 109 KB gzipped, over the 100 KB per-route budget (PERFORMANCE.md, P4),
 * and these pages need none of it. A route that needs client behaviour opts in with
 * `export const handle = { hydrate: true } satisfies RouteHandle`.
 */
export interface RouteHandle {
  hydrate?: boolean;
}

export function useHydration(): boolean {
  const matches = useMatches();
  // The dev server needs the client scripts for hot reloading.
  if (import.meta.env.DEV) return true;
  return matches.some((m) => (m.handle as RouteHandle | undefined)?.hydrate === true);
}
