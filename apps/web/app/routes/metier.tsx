import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LEVEL_EXAMPLES, isQualificationLevel } from '@passerelles/domain';
import { routes, type RouteResponse } from '@passerelles/contracts';
import type { Route } from './+types/metier';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { subPagePath } from '../i18n/pages';
import { useCampus } from '../lib/campus';
import { byLevel, groupBy, groupSkills, splitDefinition } from '../lib/grouping';
import { pageMeta } from '../lib/meta';
import { canonicalCode, orNotFound } from '../lib/records';
import { riasecLetter } from '../lib/riasec';
import { RecordErrorBoundary } from '../shell/RecordErrorBoundary';
import { Breadcrumb, CoreMark, LongList, PageHeader, SectorBadge, SensitiveBadge, StatusMark } from '../ui';
import { RecordSection, RecordToc } from './records/RecordParts';
import recordCss from './records/record.css?url';
import mobilityCss from './mobility/mobility.css?url';

export const links: Route.LinksFunction = () => [recordCss, mobilityCss].map((href) => ({ rel: 'stylesheet', href }));

type Metier = RouteResponse<typeof routes.getMetier>;

/** One ROME 4.0 fiche: `/metiers/H2303`; a lowercase code goes to the uppercase address, an unknown one is a 404. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const code = canonicalCode('metier', request, params.code);
  return orNotFound(context.api(routes.getMetier, { params: { code } }));
}

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  const campus = matches[0]?.loaderData?.profile.shortName;
  if (!loaderData) return pageMeta({ pathname: location.pathname, title: t.notFound.title, campus, noindex: true });
  const { lead } = splitDefinition(loaderData.definition);
  return pageMeta({ pathname: location.pathname, title: `${loaderData.label} (${loaderData.code})`, description: lead ?? undefined, campus });
}

export const ErrorBoundary = RecordErrorBoundary;

/** The page's sections, in order: the table of contents and the headings share these ids. */
const SECTIONS = ['about', 'appellations', 'skills', 'soft-skills', 'knowledge', 'contexts', 'riasec', 'certifications'] as const;
type SectionId = (typeof SECTIONS)[number];

const Section = ({ id, ...rest }: { id: SectionId; title: string; children: ReactNode }) => <RecordSection id={id} {...rest} />;

function Skills({ metier }: { metier: Metier }) {
  const i18n = useI18n();
  const m = i18n.t.metier;
  const savoirFaire = metier.skills.filter((s) => s.kind === 'savoir_faire');
  if (!savoirFaire.length) return <p className="muted">{m.empty}</p>;
  const core = savoirFaire.filter((s) => s.isCore).length;
  return (
    <>
      <p className="muted">{m.skillsIntro}</p>
      <p className="legend">
        <span>
          <CoreMark label={m.core} />
          {m.coreLegend}
        </span>{' '}
        {core ? <span>{m.coreSummary(i18n.number(core), i18n.number(savoirFaire.length))}</span> : null}
      </p>
      <ul className="skill-groups">
        {groupSkills(savoirFaire).map((group) => (
          <li key={group.label ?? ''} className="skill-group">
            <h3 className="skill-group__title" lang={group.label ? 'fr' : undefined}>
              {group.label ?? m.otherSkills}
            </h3>
            <LongList
              className="skill-list"
              items={group.items}
              keyOf={(s) => s.ogrCode}
              moreLabel={(n) => m.showMore(i18n.number(n))}
              render={(s) => (
                <>
                  <span lang="fr">{s.label}</span>
                  {s.isCore ? <CoreMark label={m.core} /> : null}
                </>
              )}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

function Certifications({ metier }: { metier: Metier }) {
  const i18n = useI18n();
  const { t, locale, detailHref } = i18n;
  const m = t.metier;
  if (!metier.certifications.length) return <p className="muted">{m.certificationsNone}</p>;
  const active = metier.certifications.filter((c) => c.isActive);
  const inactive = metier.certifications.filter((c) => !c.isActive);
  const levelTitle = (level: number | null) =>
    level !== null && isQualificationLevel(level) ? `${t.certification.levelShort(level)} — ${LEVEL_EXAMPLES[level][locale]}` : m.noLevel;
  const list = (items: Metier['certifications']) => (
    <ul className="cert-list">
      {items.map((c) => (
        <li key={c.code}>
          <Link to={detailHref('certification', c.code)} lang="fr">
            {c.title}
          </Link>{' '}
          <span className="cert-list__code">{c.code}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <p className="muted">{m.certificationsIntro}</p>
      <div className="level-groups">
        {byLevel(active).map((group) => (
          <div key={group.level ?? 'none'} className="level-group">
            <h3 className="level-group__title">{levelTitle(group.level)}</h3>
            {list(group.items)}
          </div>
        ))}
      </div>
      {inactive.length ? (
        <details className="more">
          <summary className="more__toggle">
            {i18n.number(inactive.length)} {i18n.plural(inactive.length, m.inactive)}
          </summary>
          <p>
            <StatusMark ok={false}>{t.certification.inactive}</StatusMark>
          </p>
          {byLevel(inactive).map((group) => (
            <div key={group.level ?? 'none'} className="level-group">
              <h3 className="level-group__title">{levelTitle(group.level)}</h3>
              {list(group.items)}
            </div>
          ))}
        </details>
      ) : null}
    </>
  );
}

export default function MetierPage({ loaderData: metier }: Route.ComponentProps) {
  const { profile } = useCampus();
  const i18n = useI18n();
  const { t, href, locale } = i18n;
  const m = t.metier;
  const mobility = subPagePath('mobility', locale, metier.code);
  const definition = splitDefinition(metier.definition);
  const softSkills = metier.skills.filter((s) => s.kind === 'savoir_etre');
  const knowledge = groupBy(
    metier.skills.filter((s) => s.kind === 'savoir'),
    (s) => s.category,
  );
  const contexts = groupBy(metier.workContexts, (c) => c.type);
  const major = riasecLetter(metier.riasec.major);
  const minor = riasecLetter(metier.riasec.minor);
  const more = (n: number) => m.showMore(i18n.number(n));
  const titles: Record<SectionId, string> = {
    about: m.aboutTitle,
    appellations: m.appellationsTitle,
    skills: m.skillsTitle,
    'soft-skills': m.softSkillsTitle,
    knowledge: m.knowledgeTitle,
    contexts: m.contextsTitle,
    riasec: m.riasecTitle,
    certifications: m.certificationsTitle,
  };

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            label={m.breadcrumb}
            items={[
              { label: t.nav.metiers, to: href('metiers') },
              ...(metier.grandDomaine ? [{ label: metier.grandDomaine.label, lang: 'fr' }] : []),
              ...(metier.domaine ? [{ label: metier.domaine.label, lang: 'fr' }] : []),
            ]}
            current={{ label: metier.label, lang: 'fr' }}
          />
        }
        eyebrow={m.eyebrow(metier.code)}
        title={metier.label}
        titleLang="fr"
      >
        {metier.inSector || metier.isSensitive ? (
          <ul className="record-marks">
            {metier.inSector ? (
              <li>
                <SectorBadge>{m.inSector}</SectorBadge> <span className="record-marks__text">{m.inSectorText(profile.sector)}</span>
              </li>
            ) : null}
            {metier.isSensitive ? (
              <li>
                <SensitiveBadge>{m.sensitive}</SensitiveBadge> <span className="record-marks__text">{m.sensitiveText}</span>
              </li>
            ) : null}
          </ul>
        ) : null}
        {metier.isSensitive ? (
          <div className="mobility-callout">
            <p className="mobility-callout__title">
              <Link to={mobility}>{m.mobilityCallout}</Link>
            </p>
            <p className="mobility-callout__text">{m.mobilityCalloutText}</p>
          </div>
        ) : null}
      </PageHeader>

      <div className="container page-section record">
        <RecordToc label={m.onThisPage} sections={SECTIONS} titles={titles} />

        <div className="record__body">
          <Section id="about" title={titles.about}>
            <div className="prose" lang="fr">
              {definition.lead ? <p>{definition.lead}</p> : <p className="muted">{m.empty}</p>}
              {definition.points.length ? (
                <ul>
                  {definition.points.map((point) => (
                    <li key={point}>{point}</li>
                  ))}
                </ul>
              ) : null}
            </div>
            <div className="prose">
              <h3>{m.access}</h3>
              <p lang="fr">{metier.access ?? m.empty}</p>
              {metier.sectors.length ? (
                <>
                  <h3>{m.sectors}</h3>
                  <ul className="tag-list tag-list--flush" lang="fr">
                    {metier.sectors.map((s) => (
                      <li key={s.code}>{s.label}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          </Section>

          <Section id="appellations" title={titles.appellations}>
            <p className="muted">{m.appellationsIntro}</p>
            <LongList
              className="columns-list"
              visible={12}
              items={[...metier.appellations].sort((a, b) => Number(b.isPrincipal) - Number(a.isPrincipal))}
              keyOf={(a) => a.code}
              moreLabel={more}
              render={(a) => (
                <>
                  <span lang="fr">{a.label}</span>
                  {a.isPrincipal ? <span className="muted"> ({m.principal})</span> : null}
                </>
              )}
            />
          </Section>

          <Section id="skills" title={titles.skills}>
            <Skills metier={metier} />
          </Section>

          <Section id="soft-skills" title={titles['soft-skills']}>
            {softSkills.length ? (
              <ul className="tag-list tag-list--flush" lang="fr">
                {softSkills.map((s) => (
                  <li key={s.ogrCode}>{s.label}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{m.empty}</p>
            )}
          </Section>

          <Section id="knowledge" title={titles.knowledge}>
            <p className="muted">{m.knowledgeIntro}</p>
            {knowledge.length ? (
              <div className="group-grid">
                {knowledge.map((group) => (
                  <div key={group.label ?? ''} className="group-grid__item">
                    <h3 lang={group.label ? 'fr' : undefined}>{group.label ?? m.otherKnowledge}</h3>
                    <LongList className="plain-list" items={group.items} keyOf={(s) => s.ogrCode} moreLabel={more} lang="fr" render={(s) => s.label} />
                  </div>
                ))}
              </div>
            ) : (
              <p className="muted">{m.empty}</p>
            )}
          </Section>

          <Section id="contexts" title={titles.contexts}>
            {contexts.length ? (
              <div className="group-grid">
                {contexts.map((group) => (
                  <div key={group.label ?? ''} className="group-grid__item">
                    <h3 lang={group.label ? 'fr' : undefined}>{group.label ?? m.otherContexts}</h3>
                    <LongList className="plain-list" items={group.items} keyOf={(c) => c.label} moreLabel={more} lang="fr" render={(c) => c.label} />
                  </div>
                ))}
              </div>
            ) : (
              <p className="muted">{m.empty}</p>
            )}
          </Section>

          <Section id="riasec" title={titles.riasec}>
            <p className="muted">{m.riasecIntro}</p>
            <dl className="riasec">
              {(
                [
                  [m.riasecMajor, major],
                  [m.riasecMinor, minor],
                ] as const
              ).map(([label, letter]) => (
                <div key={label} className="riasec__row">
                  <dt>{label}</dt>
                  <dd>
                    {letter ? (
                      <>
                        <span className="riasec__letter" aria-hidden="true">
                          {letter}
                        </span>
                        <span>
                          <strong>{t.riasec[letter].name}</strong> ({letter}) — {t.riasec[letter].text}
                        </span>
                      </>
                    ) : (
                      <span className="muted">{m.riasecNone}</span>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
            {metier.interestCentres.length ? (
              <>
                <h3>{m.interests}</h3>
                <ul className="tag-list tag-list--flush" lang="fr">
                  {metier.interestCentres.map((c) => (
                    <li key={c.code}>{c.label}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </Section>

          <Section id="certifications" title={titles.certifications}>
            <Certifications metier={metier} />
          </Section>

          <p className="mobility-link">
            <Link className="arrow-link" to={mobility}>
              {m.mobilityLink}
            </Link>
          </p>

          <p className="record__source muted">{m.source}</p>
        </div>
      </div>
    </>
  );
}
