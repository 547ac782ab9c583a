import { useRouteLoaderData } from 'react-router';
import type { loader } from '../root';

export type CampusData = Awaited<ReturnType<typeof loader>>;

/** The campus profile and figures loaded once per request by the root route. */
export function useCampus(): CampusData {
  const data = useRouteLoaderData<typeof loader>('root');
  // Child routes render only when the root loader succeeded; reaching here without data is a bug.
  if (!data) throw new Error('useCampus() used outside a successful root route');
  return data;
}
