import { Link } from 'react-router';
import { LEVEL_EXAMPLES, REFERENCE_SOURCES, isQualificationLevel } from '@passerelles/domain';
import { routes, type RouteResponse } from '@passerelles/contracts';
import type { Route } from './+types/certification';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { useCampus } from '../lib/campus';
import { cleanItem } from '../lib/grouping';
import { pageMeta } from '../lib/meta';
import { canonicalCode, orNotFound } from '../lib/records';
import { RecordErrorBoundary } from '../shell/RecordErrorBoundary';
import { Breadcrumb, CampusDataBadge, LongList, PageHeader, SectorBadge, StatusMark } from '../ui';
import { RecordSection } from './records/RecordParts';
import recordCss from './records/record.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: recordCss }];

type Certification = RouteResponse<typeof routes.getCertification>;

/** One RNCP or RS certification: `/certifications/RNCP38884`; lowercase goes to uppercase, unknown is a 404. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const code = canonicalCode('certification', request, params.code);
  return orNotFound(context.api(routes.getCertification, { params: { code } }));
}

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  const campus = matches[0]?.loaderData?.profile.shortName;
  if (!loaderData) return pageMeta({ pathname: location.pathname, title: t.notFound.title, campus, noindex: true });
  return pageMeta({ pathname: location.pathname, title: `${loaderData.title} (${loaderData.code})`, campus });
}

export const ErrorBoundary = RecordErrorBoundary;

function Facts({ c }: { c: Certification }) {
  const i18n = useI18n();
  const { t, locale, href } = i18n;
  const d = t.certification;
  const source = REFERENCE_SOURCES.find((s) => s.id === c.dataSource);
  const type = c.typeLabel && c.type && c.typeLabel !== c.type ? `${c.typeLabel} (${c.type})` : (c.typeLabel ?? c.type);
  const dates = [
    c.registeredOn ? d.registeredOn(i18n.date(c.registeredOn)) : null,
    c.validUntil ? (c.isActive ? d.validUntil(i18n.date(c.validUntil)) : d.endedOn(i18n.date(c.validUntil))) : null,
  ].filter(Boolean);
  return (
    <dl className="facts">
      <dt>{d.level}</dt>
      <dd>{c.level !== null && isQualificationLevel(c.level) ? d.levelValue(c.level, LEVEL_EXAMPLES[c.level][locale]) : d.noLevel}</dd>
      <dt>{d.register}</dt>
      <dd>{d.registers[c.register]}</dd>
      <dt>{d.type}</dt>
      <dd lang={type ? 'fr' : undefined}>{type ?? d.unknown}</dd>
      <dt>{i18n.plural(c.certifiers.length, d.certifiers)}</dt>
      <dd>
        {c.certifiers.length > 1 ? (
          <ul lang="fr">
            {c.certifiers.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ) : (
          <span lang={c.certifiers[0] ? 'fr' : undefined}>{c.certifiers[0] ?? d.unknown}</span>
        )}
      </dd>
      <dt>{d.status}</dt>
      <dd>
        <StatusMark ok={c.isActive}>{c.isActive ? d.active : d.inactive}</StatusMark>
        {dates.length ? <span>, {dates.join(', ')}</span> : null}
      </dd>
      <dt>{d.apprenticeship}</dt>
      <dd>{c.apprenticeship === null ? d.unknown : c.apprenticeship ? d.apprenticeshipYes : d.apprenticeshipNo}</dd>
      {c.nsfCodes.length ? (
        <>
          <dt>{d.nsf}</dt>
          <dd>{c.nsfCodes.join(', ')}</dd>
        </>
      ) : null}
      {c.formacodes.length ? (
        <>
          <dt>{d.formacodes}</dt>
          <dd>{c.formacodes.join(', ')}</dd>
        </>
      ) : null}
      <dt>{d.source}</dt>
      <dd>
        <Link to={href('data')}>{source ? source.dataset[locale] : (d.otherSources[c.dataSource] ?? c.dataSource)}</Link>
      </dd>
    </dl>
  );
}

function Blocks({ c }: { c: Certification }) {
  const i18n = useI18n();
  const { t } = i18n;
  const d = t.certification;
  if (!c.blocks.length) return <p className="muted">{d.blocksNone}</p>;
  return (
    <>
      <p className="muted">{d.blocksIntro}</p>
      <ol className="blocks">
        {c.blocks.map((block) => (
          <li key={block.code} className={block.isCampusData ? 'block block--campus' : 'block'}>
            <h3 className="block__title">
              <span className="block__code">{block.code}</span>
              <span lang="fr">{block.label}</span>
            </h3>
            {block.isCampusData ? (
              <p>
                <CampusDataBadge>{t.badges.campusData}</CampusDataBadge> <span className="muted">{d.campusDataText}</span>
              </p>
            ) : null}
            {block.skills.length ? (
              <LongList
                className="skill-list"
                items={block.skills.map(cleanItem)}
                keyOf={(s) => s}
                moreLabel={(n) => t.metier.showMore(i18n.number(n))}
                lang="fr"
                render={(s) => s}
              />
            ) : (
              <p className="muted">{d.skillsNone}</p>
            )}
            {block.assessment ? (
              <details className="more">
                <summary className="more__toggle">{d.assessment}</summary>
                <p className="block__assessment" lang="fr">
                  {block.assessment.replace(/ {3,}/g, '\n')}
                </p>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}

/** A link to another certification when we know it; a code with a word of explanation when we do not. */
function CertificationRef({ code, title }: { code: string; title: string | null }) {
  const { t, detailHref } = useI18n();
  return title ? (
    <>
      <Link to={detailHref('certification', code)} lang="fr">
        {title}
      </Link>{' '}
      <span className="cert-list__code">{code}</span>
    </>
  ) : (
    <span>
      {code} <span className="muted">({t.certification.notInData})</span>
    </span>
  );
}

export default function CertificationPage({ loaderData: c }: Route.ComponentProps) {
  const { profile } = useCampus();
  const { t, href, detailHref } = useI18n();
  const d = t.certification;
  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumb label={t.metier.breadcrumb} items={[{ label: d.breadcrumbRoot, to: href('certifications') }]} current={{ label: c.code }} />}
        eyebrow={d.eyebrow(c.code)}
        title={c.title}
        titleLang="fr"
      >
        <StatusMark ok={c.isActive}>{c.isActive ? d.active : d.inactive}</StatusMark>
      </PageHeader>

      <div className="container page-section">
        <RecordSection id="facts" title={d.factsTitle}>
          <Facts c={c} />
        </RecordSection>

        <RecordSection id="blocks" title={d.blocksTitle}>
          <Blocks c={c} />
        </RecordSection>

        <RecordSection id="metiers" title={d.metiersTitle}>
          {c.metiers.length ? (
            <ul className="cert-list">
              {c.metiers.map((m) => (
                <li key={m.code}>
                  <Link to={detailHref('metier', m.code)} lang="fr">
                    {m.label}
                  </Link>{' '}
                  <span className="cert-list__code">{m.code}</span>{' '}
                  {profile.romeCodes.includes(m.code) ? <SectorBadge>{t.badges.inSector}</SectorBadge> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{d.metiersNone}</p>
          )}
        </RecordSection>

        <RecordSection id="history" title={d.historyTitle}>
          {c.predecessors.length || c.successors.length ? (
            <dl className="facts">
              {(
                [
                  [d.predecessors, c.predecessors],
                  [d.successors, c.successors],
                ] as const
              ).map(([label, refs]) =>
                refs.length ? (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>
                      <ul>
                        {refs.map((r) => (
                          <li key={r.code}>
                            <CertificationRef code={r.code} title={r.title} />
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                ) : null,
              )}
            </dl>
          ) : (
            <p className="muted">{d.historyNone}</p>
          )}
        </RecordSection>
      </div>
    </>
  );
}
