import { Link, data, redirect } from 'react-router';
import { routes, type RouteResponse } from '@passerelles/contracts';
import type { Route } from './+types/space';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { localeFromPath } from '../../i18n/locales';
import { canDecide, csrfHeaders, noStore, signInPath, withNotice } from '../../lib/account';
import { formErrors, summaryItems, textOf, type FormErrors } from '../../lib/forms';
import { isApiError } from '../../lib/records';
import { Breadcrumb, Button, DemoBadge, ErrorSummary, PageHeader, TextField } from '../../ui';
import { CsrfField, privateMeta } from '../account/shared';
import {
  EMPTY_TRAINING,
  STATUS_ORDER,
  SpaceForbidden,
  TRAINING_FIELDS,
  TrainingFields,
  TrainingStatusBadge,
  loadSpace,
  localeOf,
  readTraining,
  signedOut,
  spaceCrumbs,
  spaceFormErrors,
  spacePath,
  spaceProfilePath,
  spaceSlug,
  spaceTrainingPath,
  withSpaceNotice,
  type ManagedTraining,
  type TrainingValues,
} from './shared';
import accountCss from '../account/account.css?url';
import spaceCss from './space.css?url';
import { DecisionFields, RequestFacts, RoleChoice, roleOf } from '../campus/join-requests';

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: accountCss },
  { rel: 'stylesheet', href: spaceCss },
];
export const headers = noStore;

type Membership = RouteResponse<typeof routes.listJoinRequests>['items'][number];

/** The « Nouvelle formation » form's fields and the requests' forms carry these prefixes in their ids. */
const NEW = 'new-training';
const decideKey = (userId: number) => `decide-${userId}`;

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].space;
  const title = loaderData && !loaderData.forbidden ? t.list.spaceTitle(loaderData.space.organisation.name) : t.forbidden.title;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, title, t.space.description);
}

/**
 * `/espace/{slug}`: the organisation's trainings in every state, a short form to create one, and, for its admins
 * (and the campus admin), its members and the requests to join waiting for an answer.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const slug = spaceSlug(request, params.code);
  const { account, space, name } = await loadSpace(context, request, slug);
  if (!space) return data({ forbidden: true as const, name }, { status: 403 });
  const admin = canDecide(account, slug);
  const memberships = admin ? (await context.api(routes.listJoinRequests, { params: { slug } })).items : [];
  return { forbidden: false as const, slug, csrf: account.csrfToken, space, admin, memberships };
}

type ActionAnswer =
  | { form: 'create'; errors: FormErrors; values: TrainingValues }
  | { form: 'decide'; key: string; errors: FormErrors; values: { role: string; reason: string } }
  | { form: 'invite'; errors: FormErrors; values: { email: string; role: string } };

const INVITE = 'invite';

export async function action({ request, params, context }: Route.ActionArgs) {
  const url = new URL(request.url);
  const locale = localeOf(request);
  const slug = spaceSlug(request, params.code);
  const form = await request.formData();
  const refuse = (answer: ActionAnswer) => data(answer, { status: 400 });

  if (form.get('intent') === 'invite') {
    const email = textOf(form, 'email');
    const role = textOf(form, 'role');
    try {
      await context.api(routes.inviteMember, { params: { slug }, body: { email, role: roleOf(role) } }, csrfHeaders(form));
    } catch (e) {
      if (signedOut(e)) throw redirect(signInPath(locale, url.pathname));
      return refuse({ form: 'invite', errors: spaceFormErrors(e, locale, ['email', 'role']), values: { email, role } });
    }
    throw redirect(withSpaceNotice(spacePath(locale, slug), 'invitation-envoyee'));
  }

  if (form.get('intent') === 'decide') {
    const userId = Number(textOf(form, 'userId'));
    const approve = form.get('decision') === 'approve';
    const role = textOf(form, 'role');
    const reason = textOf(form, 'reason');
    const key = decideKey(userId);
    try {
      await context.api(
        routes.decideJoinRequest,
        { params: { slug, userId }, body: { approve, role: roleOf(role), ...(reason ? { reason } : {}) } },
        csrfHeaders(form),
      );
    } catch (e) {
      if (signedOut(e)) throw redirect(signInPath(locale, url.pathname));
      const t = CATALOGUES[locale].account.campus;
      if (isApiError(e, 404)) return refuse({ form: 'decide', key, errors: formErrors({}, [{ text: t.alreadyDecided }]), values: { role, reason } });
      return refuse({ form: 'decide', key, errors: spaceFormErrors(e, locale, ['role', 'reason']), values: { role, reason } });
    }
    throw redirect(withNotice(url.pathname, approve ? 'demande-acceptee' : 'demande-refusee'));
  }

  const { body, values } = readTraining(form);
  let created: ManagedTraining;
  try {
    created = await context.api(routes.createTraining, { params: { slug }, body }, csrfHeaders(form));
  } catch (e) {
    if (signedOut(e)) throw redirect(signInPath(locale, url.pathname));
    return refuse({ form: 'create', errors: spaceFormErrors(e, locale, TRAINING_FIELDS), values });
  }
  throw redirect(withSpaceNotice(spaceTrainingPath(locale, slug, created.id), 'formation-creee'));
}

function TrainingItem({ training, slug }: { training: ManagedTraining; slug: string }) {
  const { t, locale, date, number, plural } = useI18n();
  const s = t.space.space;
  const n = training.sessions.length;
  return (
    <li className="space-training">
      <h4 className="space-training__title" lang="fr">
        <Link to={spaceTrainingPath(locale, slug, training.id)}>{training.title}</Link>
      </h4>
      <TrainingStatusBadge status={training.status} />
      {training.isDemo ? <DemoBadge /> : null}
      <p className="space-training__facts">
        {training.certificationCode ? (
          <span lang="fr">
            {training.certificationCode}
            {training.certificationTitle ? ` — ${training.certificationTitle}` : ''}
          </span>
        ) : null}
        <span>{n ? `${number(n)} ${plural(n, s.sessions)}` : s.noSession}</span>
        <span>{s.updatedOn(date(training.updatedAt))}</span>
        {training.source === 'lheo' ? <span>{s.lheo}</span> : null}
      </p>
    </li>
  );
}

function Trainings({ items, slug }: { items: readonly ManagedTraining[]; slug: string }) {
  const { t, number, plural } = useI18n();
  const s = t.space.space;
  if (!items.length) return <p className="muted">{s.noTraining}</p>;
  return (
    <>
      {STATUS_ORDER.map((status) => {
        const group = items.filter((i) => i.status === status);
        if (!group.length) return null;
        return (
          <section key={status} className="space-group" aria-labelledby={`group-${status}`}>
            <h3 id={`group-${status}`} className="space-group__title">
              {s.groups[status].title}{' '}
              <span className="space-group__count">
                ({number(group.length)} {plural(group.length, s.count)})
              </span>
            </h3>
            <p className="space-group__hint">{s.groups[status].hint}</p>
            <ul className="space-training-list">
              {group.map((training) => (
                <TrainingItem key={training.id} training={training} slug={slug} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function RequestCard({ item, csrf, here, answer }: { item: Membership; csrf: string; here: string; answer?: Extract<ActionAnswer, { form: 'decide' }> }) {
  const { t } = useI18n();
  const c = t.account.campus;
  const s = t.space.space;
  const key = decideKey(item.userId);
  const id = (field: string) => `${key}-${field}`;
  return (
    <li className="request-card">
      <h4 id={id('title')} className="request-card__title">
        {s.requestOf(item.displayName)}
      </h4>
      <RequestFacts item={item} />
      <form method="post" action={here} className="form request-card__form" aria-labelledby={id('title')} noValidate>
        <input type="hidden" name="intent" value="decide" />
        <input type="hidden" name="userId" value={item.userId} />
        <CsrfField token={csrf} />
        <DecisionFields id={id} errors={answer?.errors} reason={answer?.values.reason} approve={c.approve}>
          <RoleChoice id={id('role')} legend={c.roleLegend} value={answer?.values.role} error={answer?.errors.fields.role} />
        </DecisionFields>
      </form>
    </li>
  );
}

function InviteForm({ csrf, here, answer }: { csrf: string; here: string; answer?: Extract<ActionAnswer, { form: 'invite' }> }) {
  const { t } = useI18n();
  const s = t.space.space;
  const id = (field: string) => `${INVITE}-${field}`;
  return (
    <>
      <h3 id="invite-title">{s.inviteTitle}</h3>
      <p className="space-section__lead">{s.inviteLead}</p>
      <form method="post" action={here} className="form space-form" aria-labelledby="invite-title" noValidate>
        <input type="hidden" name="intent" value="invite" />
        <CsrfField token={csrf} />
        <TextField id={id('email')} name="email" type="email" autoComplete="off" spellCheck={false} label={s.inviteEmail} maxLength={254} defaultValue={answer?.values.email ?? ''} error={answer?.errors.fields.email} required />
        <RoleChoice id={id('role')} legend={s.inviteRole} value={answer?.values.role} error={answer?.errors.fields.role} />
        <div className="form__actions">
          <Button type="submit">{s.invite}</Button>
        </div>
      </form>
    </>
  );
}

function Members({ memberships, csrf, here, answer }: { memberships: readonly Membership[]; csrf: string; here: string; answer?: Extract<ActionAnswer, { form: 'decide' }> }) {
  const { t, date, number } = useI18n();
  const s = t.space.space;
  const a = t.account.account;
  const active = memberships.filter((m) => m.status === 'active').sort((x, y) => x.displayName.localeCompare(y.displayName, 'fr'));
  const pending = memberships.filter((m) => m.status === 'pending').sort((x, y) => x.requestedAt.localeCompare(y.requestedAt));
  return (
    <>
      <h3 id="members-active">{s.activeTitle}</h3>
      {active.length ? (
        <ul className="membership-list" aria-labelledby="members-active">
          {active.map((m) => (
            <li key={m.userId} className="membership">
              <span className="membership__name">{m.displayName}</span>
              <span className="membership__status membership__status--active">{a.membershipRoles[m.role]}</span>
              <span className="membership__facts">
                <span className="space-email">{m.email}</span>
                {m.decidedAt ? ` · ${s.memberSince(date(m.decidedAt))}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{s.noMember}</p>
      )}
      <h3 id="members-pending">
        {s.pendingTitle} <span className="space-group__count">({number(pending.length)})</span>
      </h3>
      {pending.length ? (
        <ul className="request-list" aria-labelledby="members-pending">
          {pending.map((item) => (
            <RequestCard key={item.userId} item={item} csrf={csrf} here={here} answer={answer?.key === decideKey(item.userId) ? answer : undefined} />
          ))}
        </ul>
      ) : (
        <p className="muted">{s.noPending}</p>
      )}
    </>
  );
}

export default function SpacePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  if (loaderData.forbidden) return <SpaceForbidden name={loaderData.name} />;
  const { slug, csrf, space, admin, memberships } = loaderData;
  const s = t.space.space;
  const org = space.organisation;
  // Forms post to the page's own address, without a notice that the last answer left in it.
  const here = spacePath(locale, slug);
  const answer = actionData as ActionAnswer | undefined;
  const createAnswer = answer?.form === 'create' ? answer : undefined;
  const decideAnswer = answer?.form === 'decide' ? answer : undefined;
  const summary =
    answer?.form === 'create'
      ? summaryItems(answer.errors, (f) => `${NEW}-${f}`)
      : answer?.form === 'decide'
        ? summaryItems(answer.errors, (f) => `${answer.key}-${f}`)
        : answer?.form === 'invite'
          ? summaryItems(answer.errors, (f) => `${INVITE}-${f}`)
          : [];
  const sections = [
    { id: 'trainings', title: s.trainingsTitle },
    ...(org.deliversTraining ? [{ id: 'new', title: s.newTitle }] : []),
    { id: 'members', title: s.membersTitle },
  ];
  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumb label={t.space.breadcrumbLabel} items={spaceCrumbs(locale, { spaces: t.nav.spaces })} current={{ label: org.name, lang: 'fr' }} />}
        eyebrow={t.space.eyebrow}
        title={org.name}
        titleLang="fr"
        lead={org.deliversTraining ? s.lead : s.notProvider}
      >
        <nav className="space-toc" aria-label={s.onThisPage}>
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}-title`}>{section.title}</a>
              </li>
            ))}
          </ul>
        </nav>
        {admin ? (
          <p className="space-profile-link">
            <Link to={spaceProfilePath(locale, slug)}>{s.profileLink}</Link>
          </p>
        ) : null}
      </PageHeader>
      <div className="container page-section space-page">
        <ErrorSummary items={summary} general={answer?.errors.general} />

        <section className="space-section space-section--wide" aria-labelledby="trainings-title">
          <h2 id="trainings-title">{s.trainingsTitle}</h2>
          <Trainings items={space.items} slug={slug} />
        </section>

        {org.deliversTraining ? (
          <section className="space-section" aria-labelledby="new-title">
            <h2 id="new-title">{s.newTitle}</h2>
            <p className="space-section__lead">{s.newLead}</p>
            <form method="post" action={here} className="form space-form" aria-labelledby="new-title" noValidate>
              <input type="hidden" name="intent" value="create" />
              <CsrfField token={csrf} />
              <TrainingFields prefix={NEW} values={createAnswer?.values ?? EMPTY_TRAINING} errors={createAnswer?.errors} folded />
              <div className="form__actions">
                <Button type="submit">{s.create}</Button>
              </div>
            </form>
          </section>
        ) : null}

        {admin ? (
          <section className="space-section" aria-labelledby="members-title">
            <h2 id="members-title">{s.membersTitle}</h2>
            <p className="space-section__lead">{s.membersLead}</p>
            <Members memberships={memberships} csrf={csrf} here={here} answer={decideAnswer} />
            <InviteForm csrf={csrf} here={here} answer={answer?.form === 'invite' ? answer : undefined} />
          </section>
        ) : (
          <section className="space-section" aria-labelledby="members-title">
            <h2 id="members-title">{s.membersTitle}</h2>
            <p className="muted">{s.membersReadOnly}</p>
          </section>
        )}
      </div>
    </>
  );
}
