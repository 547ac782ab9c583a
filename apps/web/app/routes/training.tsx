import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LEVEL_EXAMPLES, MODALITY_LABELS, isQualificationLevel } from '@passerelles/domain';
import { routes, type RouteResponse } from '@passerelles/contracts';
import type { Route } from './+types/training';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { detailPath, pathFor } from '../i18n/pages';
import { pageMeta } from '../lib/meta';
import { cohortYears, figure, regionName, sortOutcomes, type Figure } from '../lib/outcomes';
import { canonicalCode, orNotFound } from '../lib/records';
import { sessionDates, sessionFundings, sessionPrice, sessionSeats } from '../lib/session-format';
import { jsonLdText, trainingJsonLd } from '../lib/training-jsonld';
import { RecordErrorBoundary } from '../shell/RecordErrorBoundary';
import { Breadcrumb, DemoBadge, PageHeader, StatusMark } from '../ui';
import { RecordSection, RecordToc } from './records/RecordParts';
import recordCss from './records/record.css?url';
import trainingsCss from './trainings/trainings.css?url';

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: recordCss },
  { rel: 'stylesheet', href: trainingsCss },
];

type Training = RouteResponse<typeof routes.getTraining>;
type Outcome = Training['outcomes'][number];

/** One training of the network: `/formations/12`; an id that cannot exist or that the API does not know is a 404. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const id = Number(canonicalCode('training', request, params.code));
  const training = await orNotFound(context.api(routes.getTraining, { params: { id } }));
  const url = new URL(request.url);
  const locale = localeFromPath(url.pathname);
  // Absolute addresses for the schema.org description, from the address the page was asked at.
  const jsonLd = trainingJsonLd(training, {
    url: `${url.origin}${url.pathname}`,
    providerUrl: `${url.origin}${pathFor('members', locale)}/${training.organisation.slug}`,
    certificationUrl: training.certification ? `${url.origin}${detailPath('certification', locale, training.certification.code)}` : null,
    inLanguage: 'fr',
  });
  return { training, jsonLd: jsonLdText(jsonLd) };
}

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  const campus = matches[0]?.loaderData?.profile.shortName;
  if (!loaderData) return pageMeta({ pathname: location.pathname, title: t.notFound.title, campus, noindex: true });
  const { training } = loaderData;
  return pageMeta({
    pathname: location.pathname,
    title: `${training.title}, ${training.organisation.name}`,
    description: training.objective ?? training.certification?.title ?? undefined,
    campus,
  });
}

export const ErrorBoundary = RecordErrorBoundary;

const SECTIONS = ['facts', 'objective', 'requirements', 'sessions', 'outcomes', 'accessibility', 'contact'] as const;
type SectionId = (typeof SECTIONS)[number];

const Section = ({ id, ...rest }: { id: SectionId; title: string; children: ReactNode }) => <RecordSection id={id} {...rest} />;

/** Text typed by the organisation: its paragraphs kept, in French. */
function Text({ value }: { value: string | null }) {
  const { t } = useI18n();
  if (!value?.trim()) return <p className="muted">{t.training.empty}</p>;
  return (
    <div className="prose" lang="fr">
      {value
        .split(/\n\s*\n|\r\n\s*\r\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p key={p}>{p}</p>
        ))}
    </div>
  );
}

function Facts({ training }: { training: Training }) {
  const i18n = useI18n();
  const { t, locale, href, detailHref } = i18n;
  const d = t.training;
  const c = training.certification;
  const modalities = [...new Set(training.sessions.map((s) => s.modality))];
  return (
    <dl className="facts">
      <dt>{d.certification}</dt>
      <dd>
        {c ? (
          <>
            <Link to={detailHref('certification', c.code)} lang="fr">
              {c.title}
            </Link>{' '}
            <span className="cert-list__code">{c.code}</span>
          </>
        ) : (
          d.noCertification
        )}
      </dd>
      {c ? (
        <>
          <dt>{d.level}</dt>
          <dd>{c.level !== null && isQualificationLevel(c.level) ? d.levelValue(c.level, LEVEL_EXAMPLES[c.level][locale]) : d.noLevel}</dd>
        </>
      ) : null}
      <dt>{d.organisation}</dt>
      <dd>
        <Link to={`${href('members')}/${encodeURIComponent(training.organisation.slug)}`} lang="fr">
          {training.organisation.name}
        </Link>
        {training.organisation.qualiopi ? (
          <>
            {' '}
            <StatusMark ok>{d.qualiopi}</StatusMark>
          </>
        ) : null}
      </dd>
      {modalities.length ? (
        <>
          <dt>{t.trainingSearch.modality}</dt>
          <dd>{modalities.map((m) => MODALITY_LABELS[m][locale]).join(', ')}</dd>
        </>
      ) : null}
    </dl>
  );
}

function Sessions({ training }: { training: Training }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const s = t.trainingSearch;
  if (!training.sessions.length) return <p>{t.training.sessionsNone}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="sessions-caption" tabIndex={0}>
      <table className="sessions-table">
        <caption id="sessions-caption">{t.training.sessionsCaption(i18n.number(training.sessions.length))}</caption>
        <thead>
          <tr>
            <th scope="col">{s.dates}</th>
            <th scope="col">{s.place}</th>
            <th scope="col">{s.modality}</th>
            <th scope="col">{s.duration}</th>
            <th scope="col">{s.price}</th>
            <th scope="col">{s.funding}</th>
            <th scope="col">{s.seats}</th>
          </tr>
        </thead>
        <tbody>
          {training.sessions.map((session) => (
            <tr key={session.id}>
              <th scope="row">
                {sessionDates(i18n, session)}
                {session.isDemo ? (
                  <>
                    {' '}
                    <DemoBadge />
                  </>
                ) : null}
              </th>
              <td lang={session.commune ? 'fr' : undefined}>{session.commune ? `${session.commune.name} (${session.commune.departement})` : t.training.noPlace}</td>
              <td>{MODALITY_LABELS[session.modality][locale]}</td>
              <td>{session.durationHours !== null ? s.hours(i18n.number(session.durationHours)) : t.training.empty}</td>
              <td>{sessionPrice(i18n, session.priceEur)}</td>
              <td>{sessionFundings(i18n, session.fundings)}</td>
              <td>{sessionSeats(i18n, session)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One figure as a sentence: the rate out of 100, or why it is not published (never a misleading 0). */
function FigureLine({ value, sentence, label }: { value: Figure; sentence: (per100: string) => string; label: string }) {
  const i18n = useI18n();
  const d = i18n.t.training;
  if (value.kind === 'rate') {
    return (
      <li className="outcome__figure">
        <span className="outcome__number" aria-hidden="true">
          {i18n.number(value.per100)}
        </span>
        <span>{sentence(i18n.number(value.per100))}</span>
      </li>
    );
  }
  return (
    <li className="outcome__figure">
      <span className="outcome__number outcome__number--none" aria-hidden="true">
        —
      </span>
      <span>
        {label}&nbsp;: {value.kind === 'masked' ? d.masked : d.notPublished}
      </span>
    </li>
  );
}

function OutcomeCard({ outcome }: { outcome: Outcome }) {
  const i18n = useI18n();
  const d = i18n.t.training;
  const region = regionName(outcome.region);
  const where = region ? d.whereRegion(region) : d.whereNational;
  const months = [
    [6, outcome.employment6],
    [12, outcome.employment12],
    [24, outcome.employment24],
  ] as const;
  return (
    <li className="outcome">
      <h3 className="outcome__title">
        {region ?? 'France'}, {d.routes[outcome.route]}, {d.cohort(cohortYears(outcome.cohort))}
      </h3>
      {outcome.leavers !== null ? <p>{d.leavers(i18n.number(outcome.leavers))}</p> : null}
      <ul className="outcome__figures">
        {months
          // 24 months is published only for older cohorts: left out rather than shown as missing.
          .filter(([m, v]) => m !== 24 || v !== null)
          .map(([m, v]) => (
            <FigureLine key={m} value={figure(outcome, v)} label={d.employmentLabel(m)} sentence={(rate) => d.employment(rate, m, where)} />
          ))}
        <FigureLine value={figure(outcome, outcome.furtherStudy)} label={d.furtherStudyLabel} sentence={(rate) => d.furtherStudy(rate, where)} />
      </ul>
    </li>
  );
}

function Outcomes({ training }: { training: Training }) {
  const i18n = useI18n();
  const { t } = i18n;
  const d = t.training;
  if (!training.outcomes.length) return <p className="muted">{d.outcomesNone}</p>;
  // The latest cohort first and in full; earlier ones behind a disclosure, to compare when wanted.
  const sorted = sortOutcomes(training.outcomes);
  const latest = sorted.filter((o) => o.cohort === sorted[0]!.cohort);
  const older = sorted.slice(latest.length);
  const list = (items: Outcome[]) => (
    <ul className="outcomes">
      {items.map((o, i) => (
        // Several lines may share cohort, route and region (one per diploma specialty): the position tells them apart.
        <OutcomeCard key={i} outcome={o} />
      ))}
    </ul>
  );
  return (
    <>
      <p className="muted">{d.outcomesIntro}</p>
      {list(latest)}
      {older.length ? (
        <details className="more">
          <summary className="more__toggle">{d.olderCohorts(i18n.number(older.length))}</summary>
          {list(older)}
        </details>
      ) : null}
      <p className="record__source muted">{d.outcomesSource}</p>
    </>
  );
}

function Contact({ training }: { training: Training }) {
  const { t } = useI18n();
  const d = t.training;
  const { label, email, phone, url } = training.contact;
  const website = url ?? training.organisation.websiteUrl;
  if (!label && !email && !phone && !website) return <p className="muted">{d.contactNone}</p>;
  return (
    <dl className="facts">
      {label ? (
        <>
          <dt>{d.contactTitle}</dt>
          <dd lang="fr">{label}</dd>
        </>
      ) : null}
      {email ? (
        <>
          <dt>{d.email}</dt>
          <dd>
            <a href={`mailto:${email}`}>{email}</a>
          </dd>
        </>
      ) : null}
      {phone ? (
        <>
          <dt>{d.phone}</dt>
          <dd>
            <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>
          </dd>
        </>
      ) : null}
      {website ? (
        <>
          <dt>{d.web}</dt>
          <dd>
            <a href={website}>{website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export default function TrainingPage({ loaderData }: Route.ComponentProps) {
  const { training, jsonLd } = loaderData;
  const i18n = useI18n();
  const { t, locale, href } = i18n;
  const d = t.training;
  const titles: Record<SectionId, string> = {
    facts: d.factsTitle,
    objective: d.objectiveTitle,
    requirements: d.requirementsTitle,
    sessions: d.sessionsTitle,
    outcomes: d.outcomesTitle,
    accessibility: d.accessibilityTitle,
    contact: d.contactTitle,
  };
  const entry = training.entryLevel;
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <PageHeader
        breadcrumb={<Breadcrumb label={t.metier.breadcrumb} items={[{ label: d.breadcrumbRoot, to: href('trainings') }]} current={{ label: training.title, lang: 'fr' }} />}
        eyebrow={d.eyebrow}
        title={training.title}
        titleLang="fr"
        lead={<span lang="fr">{training.organisation.name}</span>}
      >
        {training.isDemo ? (
          <p className="record-marks__text">
            <DemoBadge /> {d.demoText}
          </p>
        ) : null}
      </PageHeader>

      <div className="container page-section record">
        <RecordToc label={d.onThisPage} sections={SECTIONS} titles={titles} />

        <div className="record__body">
          <Section id="facts" title={titles.facts}>
            <Facts training={training} />
          </Section>

          <Section id="objective" title={titles.objective}>
            <Text value={training.objective} />
            {training.content?.trim() ? (
              <>
                <h3>{d.contentTitle}</h3>
                <Text value={training.content} />
              </>
            ) : null}
            {training.blocks.length ? (
              <>
                <h3>{d.blocks}</h3>
                <ul className="cert-list" lang="fr">
                  {training.blocks.map((b) => (
                    <li key={b.code}>
                      {b.label} <span className="cert-list__code">{b.code}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Section>

          <Section id="requirements" title={titles.requirements}>
            {entry !== null ? (
              <p>
                <strong>{d.entryLevel}&nbsp;:</strong>{' '}
                {isQualificationLevel(entry) ? d.levelValue(entry, LEVEL_EXAMPLES[entry][locale]) : entry <= 2 ? d.entryLevelNone : String(entry)}
              </p>
            ) : null}
            <Text value={training.entryRequirements} />
          </Section>

          <Section id="sessions" title={titles.sessions}>
            <Sessions training={training} />
          </Section>

          <Section id="outcomes" title={titles.outcomes}>
            <Outcomes training={training} />
          </Section>

          <Section id="accessibility" title={titles.accessibility}>
            {training.accessibility?.trim() ? <Text value={training.accessibility} /> : <p className="muted">{d.accessibilityNone}</p>}
          </Section>

          <Section id="contact" title={titles.contact}>
            <Contact training={training} />
          </Section>
        </div>
      </div>
    </>
  );
}
