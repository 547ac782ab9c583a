import { CHAIN_EDGE_KINDS, LEVEL_EXAMPLES, type ChainEdgeKind, type ChainLayout } from '@passerelles/domain';
import { useI18n } from '../../i18n/use-i18n';

/** Each kind of link has its own line pattern and weight, so the kind never rests on colour alone. */
export const EDGE_STYLES: Record<ChainEdgeKind, { dash?: string; width: number; className: string }> = {
  curated: { width: 2.5, className: 'chain-edge--curated' },
  succession: { dash: '9 3 2 3', width: 2, className: 'chain-edge--succession' },
  shared_blocks: { dash: '7 4', width: 2, className: 'chain-edge--blocks' },
  shared_metiers: { dash: '1 4', width: 2.2, className: 'chain-edge--metiers' },
};

export interface FigureNode {
  code: string;
  href: string;
  /** Accessible name of the node's link: type, title, level and how often it is offered. */
  label: string;
}

function Markers({ id }: { id: string }) {
  return (
    <defs>
      {CHAIN_EDGE_KINDS.map((kind) => (
        <marker key={kind} id={`${id}-arrow-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse">
          <path d="M0 1L10 5L0 9z" className={`chain-arrow ${EDGE_STYLES[kind].className}`} />
        </marker>
      ))}
    </defs>
  );
}

/**
 * One drawing of the chain (a layout computed by the domain package): level headings, links under the boxes,
 * each box a link to its certification. Two of these are rendered, a wide one and a tall one, and CSS shows
 * the one that fits the screen.
 */
export function ChainFigure({ layout, nodes, id, className }: { layout: ChainLayout; nodes: Map<string, FigureNode>; id: string; className: string }) {
  const { t, locale } = useI18n();
  const horizontal = layout.orientation === 'horizontal';
  return (
    <svg
      className={`chain-figure ${className}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="group"
      aria-label={t.chain.figureLabel}
    >
      <Markers id={id} />
      <g aria-hidden="true">
        {layout.levels.map((l, i) => (
          <g key={l.level}>
            <rect className={`chain-level ${i % 2 ? 'chain-level--odd' : ''}`} x={l.x - 4} y={l.y} width={l.width + 8} height={l.height} rx="10" />
            <text className="chain-level__title" x={horizontal ? l.x + l.width / 2 : l.x + 8} y={l.y + 20} textAnchor={horizontal ? 'middle' : 'start'}>
              {t.chain.level(l.level)}
              {horizontal ? null : <tspan className="chain-level__examples" dx="8">{LEVEL_EXAMPLES[l.level][locale].replace(/ \(.*\)$/, '')}</tspan>}
            </text>
            {horizontal ? (
              <text className="chain-level__examples" x={l.x + l.width / 2} y={l.y + 38} textAnchor="middle">
                {LEVEL_EXAMPLES[l.level][locale].replace(/ \(.*\)$/, '')}
              </text>
            ) : null}
            {l.nodeCount === 0 ? (
              <text className="chain-level__none" x={horizontal ? l.x + l.width / 2 : l.x + 8} y={horizontal ? l.y + 76 : l.y + 36} textAnchor={horizontal ? 'middle' : 'start'}>
                {t.chain.noneAtLevel}
              </text>
            ) : null}
          </g>
        ))}
      </g>
      <g aria-hidden="true" fill="none">
        {layout.edges.map((e) => {
          const style = EDGE_STYLES[e.kind];
          return (
            <path
              key={`${e.from}-${e.to}`}
              className={`chain-edge ${style.className}`}
              d={e.d}
              strokeWidth={style.width}
              strokeDasharray={style.dash}
              strokeLinecap={e.kind === 'shared_metiers' ? 'round' : 'butt'}
              markerEnd={`url(#${id}-arrow-${e.kind})`}
            />
          );
        })}
      </g>
      <g>
        {layout.nodes.map((n) => {
          const node = nodes.get(n.code);
          if (!node) return null;
          return (
            <a key={n.code} href={node.href} className="chain-node" aria-label={node.label}>
              <rect x={n.x} y={n.y} width={n.width} height={n.height} rx="6" />
              {n.kicker ? (
                <text x={n.x + 10} y={n.y + 6 + layout.lineHeight} className="chain-node__kicker">
                  {n.kicker}
                </text>
              ) : null}
              {n.lines.map((line, i) => (
                <text key={i} x={n.x + 10} y={n.y + 6 + layout.lineHeight * (i + (n.kicker ? 2 : 1))} className="chain-node__title" lang="fr">
                  {line}
                </text>
              ))}
            </a>
          );
        })}
      </g>
    </svg>
  );
}

/** The legend: a sample of each line next to its meaning. */
export function ChainLegend() {
  const { t } = useI18n();
  return (
    <div className="chain-legend">
      <h3 className="chain-legend__title">{t.chain.legendTitle}</h3>
      <ul className="chain-legend__list">
        {CHAIN_EDGE_KINDS.map((kind) => {
          const style = EDGE_STYLES[kind];
          return (
            <li key={kind}>
              <svg width="48" height="12" viewBox="0 0 48 12" aria-hidden="true" focusable="false">
                <line
                  x1="2" y1="6" x2="46" y2="6"
                  className={`chain-edge ${style.className}`}
                  strokeWidth={style.width + 0.5}
                  strokeDasharray={style.dash}
                  strokeLinecap={kind === 'shared_metiers' ? 'round' : 'butt'}
                />
              </svg>
              {t.chain.kinds[kind]}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
