import type { RouteResponse, routes } from '@passerelles/contracts';
import type { MapSite } from './TerritoryMap';

type Member = RouteResponse<typeof routes.listMembers>['items'][number];

/** The members' sites that have coordinates, as map markers labelled by `labelOf` (name, place, kind). */
export function memberSites(members: readonly Member[], labelOf: (m: Member, place: string) => string): MapSite[] {
  return members.flatMap((m) =>
    m.sites.flatMap((s, i) =>
      s.latitude !== null && s.longitude !== null
        ? [{ key: `${m.slug}-${i}`, type: m.type, label: labelOf(m, s.commune?.name ?? s.label), latitude: s.latitude, longitude: s.longitude }]
        : [],
    ),
  );
}
