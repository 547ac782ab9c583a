import type { ReactNode } from 'react';
import { Link, data, redirect } from 'react-router';
import { MODALITY_LABELS } from '@passerelles/domain';
import { routes } from '@passerelles/contracts';
import type { Route } from './+types/training';
import { CATALOGUES, useI18n, type I18n } from '../../i18n/use-i18n';
import { localeFromPath } from '../../i18n/locales';
import { csrfHeaders, noStore, signInPath } from '../../lib/account';
import { formErrors, summaryItems, textOf, type FormErrors } from '../../lib/forms';
import { isApiError, notFound } from '../../lib/records';
import { sessionDates, sessionFundings, sessionPrice, sessionSeats } from '../../lib/session-format';
import { Breadcrumb, Button, DemoBadge, ErrorSummary, FieldError, PageHeader } from '../../ui';
import { CsrfField, privateMeta } from '../account/shared';
import {
  EMPTY_SESSION,
  SESSION_FIELDS,
  SessionFields,
  SpaceForbidden,
  TRAINING_FIELDS,
  TrainingFields,
  TrainingStatusBadge,
  loadSpace,
  readSession,
  readTraining,
  sessionValues,
  signedOut,
  spaceCrumbs,
  spaceFormErrors,
  spacePath,
  spaceSlug,
  spaceTrainingPath,
  trainingId,
  trainingValues,
  withSpaceNotice,
  type ManagedSession,
  type ManagedTraining,
  type SessionValues,
  type Site,
  type TrainingStatus,
  type TrainingValues,
} from './shared';
import type { SpaceNoticeCode } from '../../i18n/fr-space';
import accountCss from '../account/account.css?url';
import spaceCss from './space.css?url';

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: accountCss },
  { rel: 'stylesheet', href: spaceCss },
];
export const headers = noStore;

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].space;
  const title = loaderData && !loaderData.forbidden ? loaderData.training.title : t.forbidden.title;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, title, t.training.description);
}

/** `/espace/{slug}/formations/{id}`: one training of the organisation, to describe, schedule and publish. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const slug = spaceSlug(request, params.code);
  const id = trainingId(params.target);
  const { account, space, name } = await loadSpace(context, request, slug);
  if (!space) return data({ forbidden: true as const, name }, { status: 403 });
  const training = space.items.find((item) => item.id === id);
  if (!training) notFound();
  return { forbidden: false as const, slug, csrf: account.csrfToken, organisation: space.organisation, sites: space.sites, training };
}

/** Which form a refusal belongs to: its fields' ids start with this. */
type FormKey = 'training' | 'status' | 'session-new' | `session-${number}`;

type ActionAnswer =
  | { form: 'training'; errors: FormErrors; values: TrainingValues }
  | { form: 'status'; errors: FormErrors }
  | { form: 'delete'; errors: FormErrors }
  | { form: 'session-new' | `session-${number}`; errors: FormErrors; values: SessionValues };

const STATUS_NOTICES: Record<TrainingStatus, SpaceNoticeCode> = {
  published: 'formation-publiee',
  draft: 'formation-brouillon',
  archived: 'formation-archivee',
};

function isStatus(value: string): value is TrainingStatus {
  return value in STATUS_NOTICES;
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const url = new URL(request.url);
  const locale = localeFromPath(url.pathname);
  const slug = spaceSlug(request, params.code);
  const id = trainingId(params.target);
  const t = CATALOGUES[locale].space;
  const form = await request.formData();
  const intent = textOf(form, 'intent');
  const back = (code: SpaceNoticeCode) => redirect(withSpaceNotice(url.pathname, code));
  const refuse = (answer: ActionAnswer) => data(answer, { status: 400 });
  /** A failure the form shows; a session that ended sends the person to sign in, a training gone answers 404. */
  const failed = (e: unknown) => {
    if (signedOut(e)) throw redirect(signInPath(locale, url.pathname));
  };

  if (intent === 'update') {
    const { body, values } = readTraining(form);
    try {
      await context.api(routes.updateTraining, { params: { slug, id }, body }, csrfHeaders(form));
    } catch (e) {
      failed(e);
      return refuse({ form: 'training', errors: spaceFormErrors(e, locale, TRAINING_FIELDS), values });
    }
    throw back('formation-enregistree');
  }

  if (intent === 'status') {
    const status = textOf(form, 'status');
    if (!isStatus(status)) return refuse({ form: 'status', errors: formErrors({}, [{ text: CATALOGUES[locale].forms.unexpected }]) });
    try {
      await context.api(routes.setTrainingStatus, { params: { slug, id }, body: { status } }, csrfHeaders(form));
    } catch (e) {
      failed(e);
      return refuse({ form: 'status', errors: spaceFormErrors(e, locale, ['status']) });
    }
    throw back(STATUS_NOTICES[status]);
  }

  if (intent === 'delete-session') {
    const sessionId = Number(textOf(form, 'sessionId'));
    try {
      await context.api(routes.deleteSession, { params: { slug, id, sessionId } }, csrfHeaders(form));
    } catch (e) {
      failed(e);
      // Deleted already (another tab, another person): the page as it is now says it.
      if (isApiError(e, 404)) return refuse({ form: 'delete', errors: formErrors({}, [{ text: t.errors.sessionGone }]) });
      return refuse({ form: 'delete', errors: spaceFormErrors(e, locale, []) });
    }
    throw back('session-supprimee');
  }

  // Adding a session (no sessionId) or changing one.
  const raw = textOf(form, 'sessionId');
  const sessionId = /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
  const key: FormKey = sessionId === null ? 'session-new' : `session-${sessionId}`;
  const { body, values, errors } = readSession(form, t.session.errors);
  if (!body) return refuse({ form: key, errors: errors!, values });
  try {
    if (sessionId === null) await context.api(routes.createSession, { params: { slug, id }, body }, csrfHeaders(form));
    else await context.api(routes.updateSession, { params: { slug, id, sessionId }, body }, csrfHeaders(form));
  } catch (e) {
    failed(e);
    if (isApiError(e, 404) && sessionId !== null) return refuse({ form: key, errors: formErrors({}, [{ text: t.errors.sessionGone }]), values });
    return refuse({ form: key, errors: spaceFormErrors(e, locale, SESSION_FIELDS), values });
  }
  throw back(sessionId === null ? 'session-ajoutee' : 'session-modifiee');
}

/** Where a session takes place, in words. */
function placeOf(i18n: I18n, s: ManagedSession): string {
  if (!s.siteLabel) return i18n.t.space.training.noPlace;
  return i18n.t.space.session.siteOption(s.siteLabel, s.commune);
}

function Publication({ training, csrf, here, errors }: { training: ManagedTraining; csrf: string; here: string; errors?: FormErrors }) {
  const i18n = useI18n();
  const { t, detailHref, number, plural } = i18n;
  const p = t.space.training;
  const n = training.sessions.length;
  const actions: { status: TrainingStatus; label: string; primary: boolean }[] =
    training.status === 'draft'
      ? [
          { status: 'published', label: p.publish, primary: true },
          { status: 'archived', label: p.archive, primary: false },
        ]
      : training.status === 'published'
        ? [
            { status: 'draft', label: p.toDraft, primary: false },
            { status: 'archived', label: p.archive, primary: false },
          ]
        : [
            { status: 'published', label: p.republish, primary: true },
            { status: 'draft', label: p.toDraft, primary: false },
          ];
  const explanation = training.status === 'draft' ? p.publicationDraft : training.status === 'published' ? p.publicationPublished : p.publicationArchived;
  const statusError = errors?.fields.status ?? errors?.general[0];
  return (
    <section className="space-section" aria-labelledby="publication-title">
      <h2 id="publication-title">{p.publicationTitle}</h2>
      <p className="space-publication__now">{explanation}</p>
      {training.status !== 'published' ? (
        <p id="publication-rule" className="space-publication__rule">
          {p.publishNeedsSession} {n ? p.publishReady(`${number(n)} ${plural(n, p.sessionsReady)}`) : null}
        </p>
      ) : (
        <p>
          <Link to={detailHref('training', String(training.id))}>{p.publicPage}</Link>
        </p>
      )}
      <form method="post" action={here} className={['space-publication__form', statusError ? 'field--error' : null].filter(Boolean).join(' ')} aria-labelledby="publication-title" id="status-status">
        <input type="hidden" name="intent" value="status" />
        <CsrfField token={csrf} />
        <FieldError id="status" error={statusError} />
        <div className="form__actions">
          {actions.map((a) => (
            <Button
              key={a.status}
              type="submit"
              name="status"
              value={a.status}
              variant={a.primary ? 'primary' : 'secondary'}
              aria-describedby={a.status === 'published' ? ['publication-rule', statusError ? 'status-error' : null].filter(Boolean).join(' ') : undefined}
            >
              {a.label}
            </Button>
          ))}
        </div>
      </form>
    </section>
  );
}

function SessionItem({
  session,
  index,
  csrf,
  here,
  sites,
  last,
  answer,
}: {
  session: ManagedSession;
  index: number;
  csrf: string;
  here: string;
  sites: readonly Site[];
  last: boolean;
  answer?: Extract<ActionAnswer, { values: SessionValues }>;
}) {
  const i18n = useI18n();
  const { t, locale, number } = i18n;
  const p = t.space.training;
  const key = `session-${session.id}`;
  const headingId = `${key}-title`;
  const facts: [string, ReactNode][] = [
    [p.dates, sessionDates(i18n, session)],
    [p.modality, MODALITY_LABELS[session.modality][locale]],
    [p.duration, session.durationHours !== null ? t.trainingSearch.hours(number(session.durationHours)) : p.none],
    [p.price, sessionPrice(i18n, session.priceEur)],
    [p.fundings, sessionFundings(i18n, session.fundings)],
    [p.seats, sessionSeats(i18n, session)],
    [
      p.registration,
      session.registrationUrl ? (
        <a href={session.registrationUrl} className="space-email">
          {session.registrationUrl}
        </a>
      ) : (
        p.none
      ),
    ],
  ];
  return (
    <li className="space-session">
      <h3 id={headingId} className="space-session__title">
        <span className="space-session__number">{p.sessionTitle(index + 1)}</span> <span lang="fr">{placeOf(i18n, session)}</span>
      </h3>
      <dl className="meta-list space-session__facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <details className="space-disclosure" open={Boolean(answer)}>
        <summary className="space-disclosure__summary">
          {p.editSession}
          <span className="visually-hidden"> — {p.sessionTitle(index + 1)}</span>
        </summary>
        <form method="post" action={here} className="form space-disclosure__body" aria-labelledby={headingId} noValidate>
          <input type="hidden" name="intent" value="session" />
          <input type="hidden" name="sessionId" value={session.id} />
          <CsrfField token={csrf} />
          <SessionFields prefix={key} sites={sites} values={answer?.values ?? sessionValues(session)} errors={answer?.errors} />
          <div className="form__actions">
            <Button type="submit">{p.saveSession}</Button>
          </div>
        </form>
      </details>
      <form method="post" action={here} className="space-session__delete">
        <input type="hidden" name="intent" value="delete-session" />
        <input type="hidden" name="sessionId" value={session.id} />
        <CsrfField token={csrf} />
        {last ? <p className="field__hint" id={`${key}-last`}>{p.deleteLast}</p> : null}
        <Button type="submit" variant="secondary" className="button--danger-outline" aria-describedby={last ? `${key}-last` : undefined}>
          {p.deleteSession}
          <span className="visually-hidden"> — {p.sessionTitle(index + 1)}</span>
        </Button>
      </form>
    </li>
  );
}

export default function SpaceTrainingPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale, number, plural } = useI18n();
  if (loaderData.forbidden) return <SpaceForbidden name={loaderData.name} />;
  const { slug, csrf, organisation, sites, training } = loaderData;
  const p = t.space.training;
  const answer = actionData as ActionAnswer | undefined;
  const summary = answer ? summaryItems(answer.errors, (f) => `${answer.form}-${f}`) : [];
  const sessionAnswer = answer && 'values' in answer && answer.form !== 'training' ? answer : undefined;
  const n = training.sessions.length;
  // Forms post to the page's own address, without a notice that the last answer left in it.
  const here = spaceTrainingPath(locale, slug, training.id);
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            label={t.space.breadcrumbLabel}
            items={spaceCrumbs(locale, { spaces: t.nav.spaces }, { slug, name: organisation.name })}
            current={{ label: training.title, lang: 'fr' }}
          />
        }
        eyebrow={t.space.eyebrow}
        title={training.title}
        titleLang="fr"
      >
        <p className="space-header-status">
          <TrainingStatusBadge status={training.status} />
          {training.isDemo ? <DemoBadge /> : null}
          {training.certificationCode ? (
            <span lang="fr">
              {training.certificationCode}
              {training.certificationTitle ? ` — ${training.certificationTitle}` : ''}
            </span>
          ) : null}
        </p>
      </PageHeader>
      <div className="container page-section space-page">
        <ErrorSummary items={summary} general={answer?.errors.general} />

        <Publication training={training} csrf={csrf} here={here} errors={answer?.form === 'status' ? answer.errors : undefined} />

        <section className="space-section" aria-labelledby="sessions-title">
          <h2 id="sessions-title">
            {p.sessionsTitle} <span className="space-group__count">({number(n)} {plural(n, p.sessionsCount)})</span>
          </h2>
          {n ? (
            <ol className="space-session-list">
              {training.sessions.map((session, i) => (
                <SessionItem
                  key={session.id}
                  session={session}
                  index={i}
                  csrf={csrf}
                  here={here}
                  sites={sites}
                  last={n === 1 && training.status === 'published'}
                  answer={sessionAnswer?.form === `session-${session.id}` ? sessionAnswer : undefined}
                />
              ))}
            </ol>
          ) : (
            <p className="muted">{p.sessionsNone}</p>
          )}

          <h3 id="session-new-title" className="space-section__subtitle">
            {p.addTitle}
          </h3>
          <form method="post" action={here} className="form space-form" aria-labelledby="session-new-title" noValidate>
            <input type="hidden" name="intent" value="session" />
            <CsrfField token={csrf} />
            <SessionFields prefix="session-new" sites={sites} values={sessionAnswer?.form === 'session-new' ? sessionAnswer.values : EMPTY_SESSION} errors={sessionAnswer?.form === 'session-new' ? sessionAnswer.errors : undefined} />
            <div className="form__actions">
              <Button type="submit">{p.addSubmit}</Button>
            </div>
          </form>
        </section>

        <section className="space-section" aria-labelledby="training-title">
          <h2 id="training-title">{p.detailsTitle}</h2>
          <form method="post" action={here} className="form space-form" aria-labelledby="training-title" noValidate>
            <input type="hidden" name="intent" value="update" />
            <CsrfField token={csrf} />
            <TrainingFields
              prefix="training"
              values={answer?.form === 'training' ? answer.values : trainingValues(training)}
              errors={answer?.form === 'training' ? answer.errors : undefined}
              folded={false}
            />
            <div className="form__actions">
              <Button type="submit">{p.save}</Button>
            </div>
          </form>
        </section>

        <p className="space-back">
          <Link to={spacePath(locale, slug)}>{p.backToSpace(organisation.name)}</Link>
        </p>
      </div>
    </>
  );
}
