import { Link } from 'react-router';
import { LEVEL_EXAMPLES, MODALITY_LABELS, QUALIFICATION_LEVELS, layoutHorizontal, layoutVertical, nextSteps } from '@passerelles/domain';
import { routes, type RouteResponse } from '@passerelles/contracts';
import type { Route } from './+types/chain';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { certificationFullName, certificationName } from '../lib/certification-name';
import { pageMeta } from '../lib/meta';
import { PageHeader } from '../ui';
import { ChainFigure, ChainLegend, EDGE_STYLES, type FigureNode } from './chain/ChainFigure';
import chainCss from './chain/chain.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: chainCss }];

type Chain = RouteResponse<typeof routes.getChain>;
type Node = Chain['nodes'][number];

export async function loader({ context }: Route.LoaderArgs) {
  return context.api(routes.getChain);
}

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  return pageMeta({ pathname: location.pathname, title: t.chain.title, description: t.chain.description, campus: matches[0]?.loaderData?.profile.shortName });
}

const nameOf = (n: Pick<Node, 'type' | 'title'>) => certificationFullName(n.type, n.title);
const anchorOf = (code: string) => `cert-${code}`;

/** Where and how a certification is offered: one line per training, linking to it. */
function Offers({ node }: { node: Node }) {
  const { t, locale, detailHref } = useI18n();
  if (!node.offers.length) return <p className="muted">{t.chain.notOffered}</p>;
  return (
    <ul className="chain-offers">
      {node.offers.map((o) => (
        <li key={o.trainingId}>
          <Link to={detailHref('training', String(o.trainingId))} lang="fr">
            {o.organisation}
          </Link>
          {o.commune ? <span lang="fr">{` (${o.commune})`}</span> : null}
          {' : '}
          {o.modalities.length ? o.modalities.map((m) => MODALITY_LABELS[m][locale]).join(', ') : t.chain.modalitiesUnknown}
        </li>
      ))}
    </ul>
  );
}

function ChainList({ chain }: { chain: Chain }) {
  const i18n = useI18n();
  const { t, locale, detailHref } = i18n;
  const byCode = new Map(chain.nodes.map((n) => [n.code, n]));
  return (
    <div className="chain-list">
      {QUALIFICATION_LEVELS.map((level) => {
        const nodes = chain.nodes.filter((n) => n.level === level);
        if (!nodes.length) return null;
        return (
          <section key={level} className="chain-list__level" aria-labelledby={`level-${level}`}>
            <h3 id={`level-${level}`}>
              {t.chain.level(level)} <span className="chain-list__examples">— {LEVEL_EXAMPLES[level][locale]}</span>
            </h3>
            <ul className="chain-list__items">
              {nodes.map((n) => {
                const after = nextSteps(chain.edges, n.code).filter((e) => byCode.has(e.to));
                return (
                  <li key={n.code} id={anchorOf(n.code)} className="chain-item">
                    <h4 className="chain-item__title">
                      <Link to={detailHref('certification', n.code)} lang="fr">
                        {nameOf(n)}
                      </Link>{' '}
                      <span className="chain-item__code">{n.code}</span>
                    </h4>
                    <p className="chain-item__label">{t.chain.where}</p>
                    <Offers node={n} />
                    <p className="chain-item__label">{t.chain.after}</p>
                    {after.length ? (
                      <ul className="chain-next">
                        {after.map((e) => {
                          const target = byCode.get(e.to)!;
                          return (
                            <li key={e.to}>
                              <a href={`#${anchorOf(e.to)}`} lang="fr">
                                {nameOf(target)}
                              </a>{' '}
                              <span className="chain-next__why">
                                <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
                                  <line x1="1" y1="5" x2="27" y2="5" className={`chain-edge ${EDGE_STYLES[e.kind].className}`} strokeWidth={EDGE_STYLES[e.kind].width} strokeDasharray={EDGE_STYLES[e.kind].dash} />
                                </svg>
                                ({t.chain.level(target.level).toLowerCase()}, {t.chain.kinds[e.kind]})
                              </span>
                              {e.note ? (
                                <span className="chain-next__note" lang="fr">
                                  {e.note}
                                </span>
                              ) : null}
                            </li>
                          );
                        })}
                      </ul>
                    ) : (
                      <p className="muted">{t.chain.noAfter}</p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

export default function ChainPage({ loaderData: chain }: Route.ComponentProps) {
  const i18n = useI18n();
  const { t, detailHref } = i18n;
  const inputs = chain.nodes.map((n) => {
    const { kind, rest } = certificationName(n.type, n.title);
    return { code: n.code, level: n.level as (typeof QUALIFICATION_LEVELS)[number], kicker: kind, title: rest };
  });
  const edges = chain.edges.map((e) => ({ from: e.from, to: e.to, kind: e.kind }));
  const figureNodes = new Map<string, FigureNode>(
    chain.nodes.map((n) => [n.code, { code: n.code, href: detailHref('certification', n.code), label: t.chain.nodeLabel(nameOf(n), n.level, n.offers.length) }]),
  );
  return (
    <>
      <PageHeader title={t.chain.title} lead={t.chain.description} />
      <div className="container page-section">
        {chain.nodes.length ? (
          <>
            <section aria-labelledby="chain-figure-title" className="chain-section">
              <h2 id="chain-figure-title">{t.chain.figureTitle}</h2>
              <p className="muted">{t.chain.figureIntro}</p>
              <ChainLegend />
              <div className="chain-scroller">
                <ChainFigure layout={layoutHorizontal(inputs, edges)} nodes={figureNodes} id="wide" className="chain-figure--wide" />
                <ChainFigure layout={layoutVertical(inputs, edges)} nodes={figureNodes} id="tall" className="chain-figure--tall" />
              </div>
            </section>
            <section aria-labelledby="chain-list-title" className="chain-section">
              <h2 id="chain-list-title">{t.chain.listTitle}</h2>
              <p className="muted">
                {t.chain.listIntro} {i18n.number(chain.nodes.length)} {i18n.plural(chain.nodes.length, t.chain.count)}.
              </p>
              <ChainList chain={chain} />
            </section>
          </>
        ) : (
          <p>{t.chain.empty}</p>
        )}
      </div>
    </>
  );
}
