import { ORGANISATION_TYPE_LABELS, projectPoint, spreadOverlapping, type OrganisationType } from '@passerelles/domain';
import type { RouteResponse, routes } from '@passerelles/contracts';
import { useI18n } from '../../i18n/use-i18n';
import { MEMBER_MARKERS, markerPath } from '../../lib/member-markers';

export type TerritoryMapData = RouteResponse<typeof routes.getTerritoryMap>;

export interface MapSite {
  key: string;
  type: OrganisationType;
  /** What assistive technology announces for the marker: name, place and kind. */
  label: string;
  latitude: number;
  longitude: number;
}

/** A marker of a kind of member, alone (legends, lists): decorative, its text says the kind. */
export function MarkerIcon({ type, size = 16 }: { type: OrganisationType; size?: number }) {
  const { shape, colour } = MEMBER_MARKERS[type];
  return (
    <svg className="marker-icon" width={size} height={size} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      <path d={markerPath(shape, 5.5)} fill={colour} stroke="#fff" strokeWidth="1.2" />
    </svg>
  );
}

/**
 * The territory drawn from the bundled boundaries, with member sites as markers (shape and colour by kind).
 * A complement to the list beside it: each marker is labelled, none is a tab stop.
 */
export function TerritoryMap({ map, sites, label, markerSize = 7.5 }: { map: TerritoryMapData; sites: MapSite[]; label: string; markerSize?: number }) {
  const { t, locale } = useI18n();
  const projection = map.projection;
  if (!projection || !map.departements.length) return <p className="muted">{t.members.mapMissing}</p>;
  const placed = spreadOverlapping(
    sites.map((s) => ({ ...s, ...projectPoint(projection, { lon: s.longitude, lat: s.latitude }) })),
    markerSize * 1.3,
  );
  const types = [...new Set(sites.map((s) => s.type))];
  return (
    <figure className="territory-map">
      <svg className="territory-map__svg" viewBox={`0 0 ${map.viewBox.width} ${map.viewBox.height}`} role="group" aria-label={label}>
        <g aria-hidden="true">
          {map.departements.map((d) => (
            <path key={d.code} className="territory-map__area" d={d.d} />
          ))}
          {map.departements.map((d) => (
            <text key={d.code} className="territory-map__name" x={d.label.x} y={d.label.y} textAnchor="middle">
              {d.name}
            </text>
          ))}
        </g>
        <g>
          {placed.map((p) => (
            <path
              key={p.key}
              role="img"
              aria-label={p.label}
              className="territory-map__marker"
              transform={`translate(${p.x} ${p.y})`}
              d={markerPath(MEMBER_MARKERS[p.type].shape, markerSize)}
              fill={MEMBER_MARKERS[p.type].colour}
            >
              <title>{p.label}</title>
            </path>
          ))}
        </g>
      </svg>
      <figcaption className="territory-map__caption">
        {types.length > 1 ? (
          <>
            <span className="visually-hidden">{t.members.mapLegend}</span>
            <ul className="territory-map__legend">
              {types.map((type) => (
                <li key={type}>
                  <MarkerIcon type={type} /> {ORGANISATION_TYPE_LABELS[type][locale]}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {map.source ? <span className="territory-map__source">{t.members.mapSource}</span> : null}
      </figcaption>
    </figure>
  );
}
