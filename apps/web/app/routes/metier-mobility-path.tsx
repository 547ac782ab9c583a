import { Link, redirect } from 'react-router';
import { MODALITY_LABELS } from '@passerelles/domain';
import { routes, type RouteResponse } from '@passerelles/contracts';
import type { Route } from './+types/metier-mobility-path';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { subPagePath } from '../i18n/pages';
import { pageMeta } from '../lib/meta';
import { PATH_MODALITIES, parsePathSearch, pathApiQuery, pathSearchString, percent, radiusWithoutPlace, type PathState } from '../lib/mobility';
import { namedCommune, placeLabel, settleTypedPlace, type Commune } from '../lib/place';
import { PlaceField, PlaceQuestionNotice, RadiusSelect } from '../lib/PlaceQuestion';
import { canonicalSubPage, isApiError, notFound } from '../lib/records';
import { SessionByline, SessionFacts } from '../lib/SessionFacts';
import { RecordErrorBoundary } from '../shell/RecordErrorBoundary';
import { Breadcrumb, CoreMark, LongList, PageHeader } from '../ui';
import { Proximity } from './mobility/parts';
import recordCss from './records/record.css?url';
import searchCss from './search/search.css?url';
import trainingsCss from './trainings/trainings.css?url';
import mobilityCss from './mobility/mobility.css?url';

export const links: Route.LinksFunction = () => [recordCss, searchCss, trainingsCss, mobilityCss].map((href) => ({ rel: 'stylesheet', href }));

type MobilityPath = RouteResponse<typeof routes.getMobilityPath>;
type Step = MobilityPath['path']['steps'][number];
type Skill = MobilityPath['missingSkills'][number];

const FORM_ID = 'mobility-path';

/**
 * From one métier to another (`/metiers/H2304/mobilites/H2303`): what is shared, what is missing, and the network's
 * sessions that cover the gap. The place, distance and modalities are the address's query, asked for by a GET form.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { code, target } = canonicalSubPage('mobilityPath', request, params);
  // The same métier twice is no move: there is no such page.
  if (code === target) notFound();
  const url = new URL(request.url);
  const state = parsePathSearch(url.searchParams);
  // A submitted form sends every field, empty ones too: answer with the short, stable address of the same path.
  const canonical = pathSearchString(state);
  if (url.search !== canonical) throw redirect(`${url.pathname}${canonical}`);
  const placeQuestion = await settleTypedPlace(context.api, state.place, (commune) => `${url.pathname}${pathSearchString(state, { commune, place: '' })}`);
  const ask = (s: PathState) => context.api(routes.getMobilityPath, { params: { code, target: target! }, query: pathApiQuery(s) });
  let unknownCommune = false;
  let path: MobilityPath;
  try {
    path = await ask(state);
  } catch (e) {
    if (isApiError(e, 404)) notFound();
    // A well-formed INSEE code the platform cannot place: the path without distances, and say so.
    if (!(isApiError(e, 422) && state.commune)) throw e;
    unknownCommune = true;
    path = await ask({ ...state, commune: null });
  }
  const commune = state.commune && !unknownCommune ? await namedCommune(context.api, state.commune) : null;
  return { state, path, commune, unknownCommune, placeQuestion, radiusWithoutPlace: radiusWithoutPlace(state) };
}

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  const campus = matches[0]?.loaderData?.profile.shortName;
  if (!loaderData) return pageMeta({ pathname: location.pathname, title: t.notFound.title, campus, noindex: true });
  const { path, state } = loaderData;
  return pageMeta({
    pathname: location.pathname,
    title: t.mobilityPath.metaTitle(path.to.label, path.from.label),
    description: t.mobilityPath.description(path.to.label),
    campus,
    // One canonical page per pair of métiers; its variants by place are for the person who asked.
    noindex: pathSearchString(state) !== '',
  });
}

export const ErrorBoundary = RecordErrorBoundary;

/** A skill in French, as the ROME names it, with the core mark in words when it is one. */
function SkillItem({ skill }: { skill: Skill }) {
  const { t } = useI18n();
  return (
    <>
      <span lang="fr">{skill.label}</span>
      {skill.isCore ? <CoreMark label={t.metier.core} /> : null}
    </>
  );
}

function SkillList({ skills, visible = 8 }: { skills: readonly Skill[]; visible?: number }) {
  const i18n = useI18n();
  return (
    <LongList
      className="skill-list"
      items={skills}
      visible={visible}
      keyOf={(s) => s.ogrCode}
      moreLabel={(n) => i18n.t.metier.showMore(i18n.number(n))}
      render={(s) => <SkillItem skill={s} />}
    />
  );
}

/** « (35, dont 4 clés) »: how many skills, and how many of them are core. */
function SkillCount({ skills }: { skills: readonly Skill[] }) {
  const i18n = useI18n();
  const p = i18n.t.mobilityPath;
  const core = skills.filter((s) => s.isCore).length;
  const n = i18n.number(skills.length);
  return <>{core ? p.countWithCore(n, i18n.plural(core, p.coreCount).replace('{n}', i18n.number(core))) : p.count(n)}</>;
}

function Gap({ path }: { path: MobilityPath }) {
  const i18n = useI18n();
  const p = i18n.t.mobilityPath;
  return (
    <section className="mobility-section" aria-labelledby="gap-title">
      <h2 id="gap-title">{p.gapTitle}</h2>
      <div className="gap-grid">
        <div className="gap-grid__item gap-grid__item--missing">
          <h3>
            {p.missingTitle} <SkillCount skills={path.missingSkills} />
          </h3>
          <p className="muted">{p.missingIntro}</p>
          {path.missingSkills.length ? <SkillList skills={path.missingSkills} /> : <p>{p.noneMissing}</p>}
        </div>
        <div className="gap-grid__item">
          <h3>
            {p.sharedTitle} <SkillCount skills={path.sharedSkills} />
          </h3>
          <p className="muted">{p.sharedIntro}</p>
          {path.sharedSkills.length ? <SkillList skills={path.sharedSkills} /> : <p>{p.noneShared}</p>}
        </div>
      </div>
    </section>
  );
}

function PathForm({ state, commune, action }: { state: PathState; commune: Commune | null; action: string }) {
  const { t, locale } = useI18n();
  const p = t.mobilityPath;
  const chosen = new Set(state.modality);
  return (
    <form id={FORM_ID} className="search-form search-form--wide path-form" method="get" action={action} aria-labelledby="form-title">
      <div className="search-form__row">
        <div className="search-form__field search-form__grow">
          <PlaceField id="path-place" label={p.placeLabel} hint={p.placeHint} value={commune ? placeLabel(commune) : state.place} inlineHint />
        </div>
        <div className="search-form__field">
          <RadiusSelect id="path-radius" label={p.radiusLabel} anyLabel={p.anyRadius} value={state.radiusKm} format={t.trainingSearch.radius} />
        </div>
      </div>
      <fieldset className="facet path-form__modalities" aria-describedby="path-modality-hint">
        <legend className="facet__legend">{p.modalityLegend}</legend>
        <p className="search-form__hint" id="path-modality-hint">
          {p.modalityHint}
        </p>
        <ul className="facet__list path-form__modality-list">
          {PATH_MODALITIES.map((m) => (
            <li key={m} className="facet__item">
              <input type="checkbox" id={`path-modality-${m}`} name="modality" value={m} defaultChecked={chosen.has(m)} />
              <label htmlFor={`path-modality-${m}`}>{MODALITY_LABELS[m][locale]}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="path-form__actions">
        <button type="submit" className="button button--primary">
          {p.submit}
        </button>
        {pathSearchString(state) ? <Link to={action}>{p.reset}</Link> : null}
      </div>
    </form>
  );
}

function StepItem({ step, index }: { step: Step; index: number }) {
  const i18n = useI18n();
  const { t, detailHref } = i18n;
  const p = t.mobilityPath;
  return (
    <li className="timeline__step">
      <p className="timeline__marker" aria-hidden="true">
        <span className="timeline__number">{i18n.number(index + 1)}</span>
      </p>
      <div className="timeline__body">
        <p className="timeline__label">{p.step(i18n.number(index + 1))}</p>
        <h3 className="timeline__title">
          <Link to={detailHref('training', String(step.training.id))} lang="fr">
            {step.training.title}
          </Link>
        </h3>
        <SessionByline session={step} />
        <SessionFacts session={step} />
        <h4 className="timeline__learn">{p.learn(i18n.number(step.covers.length))}</h4>
        <SkillList skills={step.covers} visible={5} />
      </div>
    </li>
  );
}

/** What to try when the path leaves skills uncovered: only the levers this search has pulled, and the campus. */
function Advice({ state }: { state: PathState }) {
  const { t } = useI18n();
  const p = t.mobilityPath;
  const advice = [
    ...(state.commune && state.radiusKm !== null ? [p.advice.distance] : []),
    ...(state.modality.length ? [p.advice.modalities] : []),
    p.advice.campus,
  ];
  return (
    <div className="prose advice">
      <p>{p.adviceTitle}</p>
      <ul>
        {advice.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </div>
  );
}

function ThePath({ path, state }: { path: MobilityPath['path']; state: PathState }) {
  const i18n = useI18n();
  const p = i18n.t.mobilityPath;
  const share = i18n.number(percent(path.coveredShare));
  const uncovered = path.uncovered.length;
  return (
    <section className="mobility-section" aria-labelledby="path-title">
      <h2 id="path-title">{p.pathTitle}</h2>
      {path.steps.length ? (
        <>
          <p>{path.steps.length === 1 ? p.pathIntroOne(share) : p.pathIntro(p.steps(i18n.number(path.steps.length)), share)}</p>
          <ol className="timeline">
            {path.steps.map((step, i) => (
              <StepItem key={step.sessionId} step={step} index={i} />
            ))}
          </ol>
        </>
      ) : (
        <p className="callout">{p.pathNone}</p>
      )}
      {uncovered ? (
        <div className="uncovered">
          <h3 className="uncovered__title">{p.uncoveredTitle}</h3>
          <p>{i18n.plural(uncovered, p.uncoveredIntro).replace('{n}', i18n.number(uncovered))}</p>
          <SkillList skills={path.uncovered} />
          <Advice state={state} />
        </div>
      ) : (
        <>
          <h3 className="uncovered__title">{p.uncoveredTitle}</h3>
          <p>{p.uncoveredNone}</p>
        </>
      )}
    </section>
  );
}

export default function MobilityPathPage({ loaderData }: Route.ComponentProps) {
  const { state, path, commune } = loaderData;
  const i18n = useI18n();
  const { t, locale, href, detailHref } = i18n;
  const p = t.mobilityPath;
  const list = subPagePath('mobility', locale, path.from.code);
  const action = subPagePath('mobilityPath', locale, path.from.code, path.to.code);
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            label={t.metier.breadcrumb}
            items={[
              { label: t.nav.metiers, to: href('metiers') },
              { label: path.from.label, to: detailHref('metier', path.from.code), lang: 'fr' },
              { label: t.mobility.breadcrumb, to: list },
            ]}
            current={{ label: path.to.label, lang: 'fr' }}
          />
        }
        eyebrow={p.eyebrow}
        title={
          <>
            {p.titlePrefix} <span lang="fr">{path.to.label}</span>
          </>
        }
      >
        <ol className="journey">
          <li className="journey__end">
            <span className="journey__role">{p.current}</span>{' '}
            <Link to={detailHref('metier', path.from.code)} lang="fr">
              {path.from.label}
            </Link>{' '}
            <span className="journey__code">{path.from.code}</span>
          </li>
          <li className="journey__end journey__end--to">
            <span className="journey__role">{p.target}</span>{' '}
            <Link to={detailHref('metier', path.to.code)} lang="fr">
              {path.to.label}
            </Link>{' '}
            <span className="journey__code">{path.to.code}</span>
          </li>
        </ol>
        <Proximity score={path.score} label={p.proximity} />
        <p className="journey__why" lang="fr">
          {path.explanation}
        </p>
      </PageHeader>

      <div className="container page-section mobility-path">
        <Gap path={path} />

        <section className="mobility-section" aria-labelledby="form-title">
          <h2 id="form-title">{p.formTitle}</h2>
          <p className="muted">{p.formIntro}</p>
          <PathForm state={state} commune={commune} action={action} />
          <div className="path-notices">
            <PlaceQuestionNotice
              place={state.place}
              question={loaderData.placeQuestion}
              linkFor={(code) => `${action}${pathSearchString(state, { commune: code, place: '' })}`}
              ignored={p.placeIgnored}
            />
            {loaderData.unknownCommune ? <p className="callout">{p.unknownCommune}</p> : null}
            {loaderData.radiusWithoutPlace ? <p className="callout">{p.radiusNeedsPlace}</p> : null}
          </div>
        </section>

        <ThePath path={path.path} state={state} />

        <p className="mobility__back">
          <Link className="arrow-link" to={list}>
            {p.otherMobilities}
          </Link>
        </p>
        <p className="mobility__source muted">{p.source}</p>
      </div>
    </>
  );
}
