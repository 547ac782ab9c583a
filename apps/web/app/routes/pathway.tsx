import { Link, redirect } from 'react-router';
import { LEVEL_EXAMPLES, MODALITIES, MODALITY_LABELS, isQualificationLevel, type Modality } from '@passerelles/domain';
import { routes, type RouteResponse } from '@passerelles/contracts';
import type { Route } from './+types/pathway';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { isApiError } from '../lib/records';
import { pageMeta } from '../lib/meta';
import { NO_PLACE_QUESTION, namedCommune, placeLabel, settleTypedPlace, type Commune } from '../lib/place';
import { PlaceField, PlaceQuestionNotice } from '../lib/PlaceQuestion';
import {
  BUDGETS_EUR,
  DISTANCES_KM,
  DURATIONS_MONTHS,
  limitCount,
  parsePathway,
  pathwayRequest,
  pathwayString,
  startValue,
  withoutConstraint,
  type PathwayState,
} from '../lib/pathway-form';
import { SessionFacts } from '../lib/SessionFacts';
import { DemoBadge, PageHeader } from '../ui';
import searchCss from './search/search.css?url';
import pathwayCss from './pathway/pathway.css?url';

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: searchCss },
  { rel: 'stylesheet', href: pathwayCss },
];

type Plan = RouteResponse<typeof routes.planPathway>;
type PlannedRoute = Plan['routes'][number];
type Step = PlannedRoute['steps'][number];
type Chain = RouteResponse<typeof routes.getChain>;
type CampusMetiers = RouteResponse<typeof routes.listCampusMetiers>['items'];

interface CertificationOption {
  code: string;
  title: string;
  level: number;
  /** An older diploma the register replaced by a certification of the chain. */
  replacedBy: string | null;
}

/**
 * « Mon parcours »: three questions (where you are, where you want to go, where you live), optional limits folded
 * away, and the planner's answer drawn as timelines. One GET form: the plan lives in the address, works without
 * JavaScript, and can be shared with an adviser.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const state = parsePathway(url.searchParams);
  const canonical = pathwayString(state);
  if (url.search !== canonical) throw redirect(`${url.pathname}${canonical}`);

  const addressFor = (commune: string) => `${url.pathname}${pathwayString(state, { commune, place: '' })}`;
  const [placeQuestion, chain, metiers] = await Promise.all([
    state.place ? settleTypedPlace(context.api, state.place, addressFor) : NO_PLACE_QUESTION,
    context.api(routes.getChain, {}),
    context.api(routes.listCampusMetiers, {}).then((r) => r.items).catch((e: unknown) => (isApiError(e, 404) ? ([] as CampusMetiers) : Promise.reject(e))),
  ]);
  const certifications = await certificationOptions(context.api, chain);
  const commune: Commune | null = state.commune ? await namedCommune(context.api, state.commune) : null;

  let plan: Plan | null = null;
  let problem: string | null = null;
  const body = pathwayRequest(state);
  if (body) {
    try {
      plan = await context.api(routes.planPathway, { body });
    } catch (e) {
      if (!isApiError(e, 422)) throw e;
      problem = e.body.message;
    }
  }
  return { state, placeQuestion, certifications, metiers, commune, plan, problem };
}

/** The chain's certifications, and the older diplomas they replaced (a person may hold one of those). */
async function certificationOptions(api: Route.LoaderArgs['context']['api'], chain: Chain): Promise<CertificationOption[]> {
  const details = await Promise.all(
    chain.nodes.map((n) => api(routes.getCertification, { params: { code: n.code } }).catch(() => null)),
  );
  const options: CertificationOption[] = chain.nodes.map((n) => ({ code: n.code, title: n.title, level: n.level, replacedBy: null }));
  for (const [i, detail] of details.entries()) {
    for (const old of detail?.predecessors ?? []) {
      if (!options.some((o) => o.code === old.code)) options.push({ code: old.code, title: old.title ?? old.code, level: chain.nodes[i]!.level, replacedBy: chain.nodes[i]!.title });
    }
  }
  return options.sort((a, b) => a.level - b.level || a.title.localeCompare(b.title, 'fr'));
}

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].pathway;
  const campus = matches[0]?.loaderData?.profile.shortName;
  const planned = loaderData?.plan;
  const title = planned ? t.resultTitle(planned.target.label, planned.routes.length) : t.title;
  return pageMeta({ pathname: location.pathname, title, description: t.description, campus, noindex: Boolean(planned) });
}

function levelText(level: number, locale: 'fr' | 'en'): string {
  return isQualificationLevel(level) ? LEVEL_EXAMPLES[level][locale] : String(level);
}

/** One optional limit: « no limit » or one of a few values. */
function LimitSelect({ id, name, label, anyLabel, value, values, format }: { id: string; name: string; label: string; anyLabel: string; value: number | null; values: readonly number[]; format: (n: number) => string }) {
  return (
    <div className="pathway-form__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} className="search-form__select" defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {format(v)}
          </option>
        ))}
      </select>
    </div>
  );
}

function PathwayForm({ state, certifications, metiers, commune }: { state: PathwayState; certifications: CertificationOption[]; metiers: CampusMetiers; commune: Commune | null }) {
  const { t, href, locale } = useI18n();
  const p = t.pathway;
  const levels = [...new Set(certifications.map((c) => c.level))];
  const limits = limitCount(state);
  return (
    <form className="pathway-form" method="get" action={href('pathway')} aria-describedby="pathway-form-intro">
      <p id="pathway-form-intro" className="pathway-form__intro">
        {p.formIntro}
      </p>
      <div className="pathway-form__questions">
        <div className="pathway-form__field">
          <label htmlFor="pathway-start">{p.startLabel}</label>
          <select id="pathway-start" name="depart" className="search-form__select" defaultValue={state.start ? startValue(state.start) : ''} required>
            <option value="">{p.choose}</option>
            <optgroup label={p.byLevel}>
              <option value="aucun">{p.noDiploma}</option>
              {[3, 4, 5, 6, 7].map((level) => (
                <option key={level} value={`niveau-${level}`}>
                  {p.levelOption(level, levelText(level, locale))}
                </option>
              ))}
            </optgroup>
            {levels.map((level) => (
              <optgroup key={level} label={p.diplomasOfLevel(level, levelText(level, locale))}>
                {certifications
                  .filter((c) => c.level === level)
                  .map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.replacedBy ? p.oldDiploma(c.title) : c.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="pathway-form__field">
          <label htmlFor="pathway-target">{p.targetLabel}</label>
          <select id="pathway-target" name="cible" className="search-form__select" defaultValue={state.target?.code ?? ''} required>
            <option value="">{p.choose}</option>
            {metiers.length ? (
              <optgroup label={p.aMetier}>
                {metiers.map((m) => (
                  <option key={m.code} value={m.code}>
                    {m.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {levels.map((level) => (
              <optgroup key={level} label={p.diplomasOfLevel(level, levelText(level, locale))}>
                {certifications
                  .filter((c) => c.level === level && !c.replacedBy)
                  .map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="pathway-form__field">
          <PlaceField id="pathway-place" label={p.placeLabel} hint={p.placeHint} value={commune ? placeLabel(commune) : state.place} />
        </div>
      </div>

      <details className="pathway-form__more" open={limits > 0}>
        <summary>{limits ? p.moreActive(limits) : p.more}</summary>
        <div className="pathway-form__limits">
          <div className="pathway-form__field">
            <label htmlFor="pathway-metier">{p.metierLabel}</label>
            <span className="search-form__hint" id="pathway-metier-hint">
              {p.metierHint}
            </span>
            <select id="pathway-metier" name="metier" className="search-form__select" defaultValue={state.metier ?? ''} aria-describedby="pathway-metier-hint">
              <option value="">{p.noMetier}</option>
              {metiers.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="pathway-form__modalities">
            <legend>{p.modalitiesLabel}</legend>
            <ul>
              {MODALITIES.map((m: Modality) => (
                <li key={m}>
                  <label>
                    <input type="checkbox" name="modalite" value={m} defaultChecked={state.modalities.includes(m)} /> {MODALITY_LABELS[m][locale]}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <LimitSelect id="pathway-distance" name="distance" label={p.distanceLabel} anyLabel={p.noLimit} value={state.maxDistanceKm} values={DISTANCES_KM} format={p.km} />
          <LimitSelect id="pathway-duration" name="duree" label={p.durationLabel} anyLabel={p.noLimit} value={state.maxMonths} values={DURATIONS_MONTHS} format={p.months} />
          <LimitSelect
            id="pathway-budget"
            name="budget"
            label={p.budgetLabel}
            anyLabel={p.noLimit}
            value={state.maxBudgetEur}
            values={BUDGETS_EUR}
            format={(eur) => (eur === 0 ? p.free : p.euros(eur))}
          />
          <div className="pathway-form__field">
            <label htmlFor="pathway-start-after">{p.startAfterLabel}</label>
            <input id="pathway-start-after" className="search-form__input" type="date" name="debut" defaultValue={state.startAfter ?? ''} />
          </div>
        </div>
      </details>
      <button type="submit" className="button button--primary">
        {p.submit}
      </button>
    </form>
  );
}

function StepItem({ step, index }: { step: Step; index: number }) {
  const { t, href, locale } = useI18n();
  const p = t.pathway;
  const date = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <li className="timeline__step">
      <span className="timeline__marker" aria-hidden="true">
        <span className="timeline__number">{index + 1}</span>
      </span>
      <div className="timeline__body">
        <p className="timeline__label">
          {p.stepOf(index + 1)} · {p.dates(date(step.startDate), date(step.endDate))}
        </p>
        <h4 className="timeline__title">
          {step.training ? (
            <Link to={`${href('trainings')}/${step.training.id}`} lang="fr">
              {step.training.title}
            </Link>
          ) : (
            <span lang="fr">{step.certification?.title}</span>
          )}
          {step.isDemo ? <> <DemoBadge /></> : null}
        </h4>
        <SessionFacts
          session={step}
          brief
          more={[
            step.certification
              ? {
                  term: p.leadsTo,
                  detail: (
                    <>
                      <Link to={`${href('certifications')}/${step.certification.code}`} lang="fr">
                        {step.certification.title}
                      </Link>
                      {step.certification.level ? ` (${p.level(step.certification.level, levelText(step.certification.level, locale))})` : ''}
                    </>
                  ),
                }
              : null,
            step.employmentRate !== null ? { term: p.outcome, detail: p.employment(step.employmentRate) } : null,
          ]}
        />
        <p className="step-check" lang="fr">
          <span className="step-check__mark" aria-hidden="true">
            ✓
          </span>{' '}
          {step.satisfiedBy}
        </p>
        <p className="step-why" lang="fr">
          {step.why}
        </p>
      </div>
    </li>
  );
}

function RouteCard({ route, title, headingId }: { route: PlannedRoute; title: string; headingId: string }) {
  const i18n = useI18n();
  const p = i18n.t.pathway;
  const { totals } = route;
  return (
    <section className="route-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="route-card__title">
        {title}
      </h3>
      <p className="route-card__summary" lang="fr">
        {route.explanation}
      </p>
      <dl className="route-totals">
        <div>
          <dt>{p.totalDuration}</dt>
          <dd>{p.months(totals.months)}</dd>
        </div>
        <div>
          <dt>{p.totalCost}</dt>
          <dd>{totals.costEur === 0 && totals.knownCost ? p.free : `${p.euros(totals.costEur)}${totals.knownCost ? '' : ` ${p.atLeast}`}`}</dd>
        </div>
        {totals.maxDistanceKm !== null ? (
          <div>
            <dt>{p.farthest}</dt>
            <dd>{totals.maxDistanceKm < 1 ? p.underOneKm : p.km(i18n.number(totals.maxDistanceKm))}</dd>
          </div>
        ) : null}
      </dl>
      <ol className="timeline">
        {route.steps.map((step, i) => (
          <StepItem key={`${step.sessionId}-${i}`} step={step} index={i} />
        ))}
      </ol>
    </section>
  );
}

function PlanResult({ plan, state }: { plan: Plan; state: PathwayState }) {
  const { t, href } = useI18n();
  const p = t.pathway;
  return (
    <section className="pathway-result" aria-labelledby="pathway-result-title">
      <h2 id="pathway-result-title">{p.resultHeading(plan.target.label, plan.routes.length)}</h2>
      {plan.alreadyHeld?.length ? <p className="callout">{p.alreadyHeld(plan.alreadyHeld.map((c) => c.title).join(', '))}</p> : null}
      {plan.unreachable ? (
        <div className="callout" role="status">
          <p lang="fr">{plan.unreachable.reason}</p>
          {plan.unreachable.relax.length ? (
            <>
              <p>{p.relaxIntro}</p>
              <ul>
                {plan.unreachable.relax.map((r) => {
                  const change = withoutConstraint(state, r.constraint);
                  return (
                    <li key={r.constraint}>
                      {change ? (
                        <Link to={`${href('pathway')}${pathwayString(state, change)}`} lang="fr">
                          {r.label}
                        </Link>
                      ) : (
                        <span lang="fr">{r.label}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <p>{p.nothingToRelax}</p>
          )}
        </div>
      ) : null}
      {plan.routes.map((route, i) => (
        <RouteCard key={i} route={route} title={p.routeTitle(i + 1, route.reached.title)} headingId={`route-${i + 1}`} />
      ))}
      {plan.ambition ? (
        <section className="pathway-ambition" aria-labelledby="pathway-ambition-title">
          <h2 id="pathway-ambition-title">{p.ambitionTitle}</h2>
          <p>{p.ambitionText(plan.ambition.certification.title, plan.ambition.certification.level ?? 0)}</p>
          <RouteCard route={plan.ambition.route} title={p.ambitionRoute(plan.ambition.certification.title)} headingId="route-ambition" />
        </section>
      ) : null}
      <p className="muted pathway-result__note">{p.note}</p>
    </section>
  );
}

export default function Pathway({ loaderData }: Route.ComponentProps) {
  const { state, placeQuestion, certifications, metiers, commune, plan, problem } = loaderData;
  const { t, href } = useI18n();
  const p = t.pathway;
  return (
    <>
      <PageHeader title={p.title} lead={p.description}>
        <PathwayForm state={state} certifications={certifications} metiers={metiers} commune={commune} />
      </PageHeader>
      <div className="container page-section">
        <PlaceQuestionNotice
          place={state.place}
          question={placeQuestion}
          linkFor={(code) => `${href('pathway')}${pathwayString(state, { commune: code, place: '' })}`}
          ignored={p.placeIgnored}
        />
        {problem ? <p className="callout" role="alert">{problem}</p> : null}
        {plan ? <PlanResult plan={plan} state={state} /> : !problem ? <p className="muted">{p.answerTwo}</p> : null}
      </div>
    </>
  );
}
