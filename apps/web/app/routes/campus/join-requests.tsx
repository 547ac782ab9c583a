import type { ReactNode } from 'react';
import { Link, data, redirect } from 'react-router';
import { MEMBERSHIP_ROLES, ORGANISATION_TYPE_LABELS, type MembershipRole } from '@passerelles/domain';
import { routes, type RouteResponse } from '@passerelles/contracts';
import type { Route } from './+types/join-requests';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { localeFromPath, type Locale } from '../../i18n/locales';
import { canDecide, csrfHeaders, noStore, requireAccount, seesJoinRequests, signInPath, withNotice } from '../../lib/account';
import { apiFormErrors, formErrors, summaryItems, textOf, type FormErrors } from '../../lib/forms';
import { isApiError } from '../../lib/records';
import { Button, ErrorSummary, RadioGroup, TextAreaField, type FieldMessage } from '../../ui';
import { AccountPage, CsrfField, privateMeta } from '../account/shared';
import accountCss from '../account/account.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: accountCss }];
export const headers = noStore;

type JoinRequest = RouteResponse<typeof routes.listPendingJoinRequests>['items'][number];
type Candidate = RouteResponse<typeof routes.listNetworkCandidates>['items'][number];
const candidateKey = (slug: string) => `candidate-${slug}`;

/** One request's form: its fields' ids carry the organisation and the person, unique on the page. */
const requestKey = (r: { organisationSlug: string; userId: number }) => `${r.organisationSlug}-${r.userId}`;
const fieldId = (key: string) => (field: string) => `decide-${key}-${field}`;

export function meta({ location, matches, loaderData }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].account.campus;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, loaderData?.forbidden ? t.forbiddenTitle : t.joinTitle, t.joinDescription);
}

/**
 * Requests to join waiting for an answer: the whole network for the campus staff, their own organisations for an
 * organisation's admins. Only the organisation's admins and the campus admin may answer (the campus team reads).
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const account = await requireAccount(context, request);
  const none = { candidates: [] as Candidate[], decidesCandidates: false };
  if (!seesJoinRequests(account)) return data({ forbidden: true, staff: false, csrf: '', items: [] as (JoinRequest & { canDecide: boolean })[], ...none }, { status: 403 });
  const staff = account.platformRole !== null;
  let items: JoinRequest[];
  let candidates: Candidate[] = [];
  if (staff) {
    const [requests, applications] = await Promise.all([context.api(routes.listPendingJoinRequests), context.api(routes.listNetworkCandidates)]);
    items = requests.items;
    candidates = applications.items.sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
  } else {
    const administered = account.memberships.filter((m) => m.role === 'admin');
    const lists = await Promise.all(administered.map((m) => context.api(routes.listJoinRequests, { params: { slug: m.organisationSlug } })));
    items = lists.flatMap((l) => l.items).filter((r) => r.status === 'pending');
  }
  items.sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
  return {
    forbidden: false,
    staff,
    csrf: account.csrfToken,
    items: items.map((r) => ({ ...r, canDecide: canDecide(account, r.organisationSlug) })),
    candidates,
    decidesCandidates: account.platformRole === 'campus_admin',
  };
}

/** The usual answer first. */
const ROLE_CHOICES: readonly MembershipRole[] = ['member', 'admin'];

/** The role a form sent, « member » when it is not one. */
export function roleOf(value: string): MembershipRole {
  return (MEMBERSHIP_ROLES as readonly string[]).includes(value) ? (value as MembershipRole) : 'member';
}

export async function action({ request, context }: Route.ActionArgs) {
  const url = new URL(request.url);
  const locale = localeFromPath(url.pathname);
  const t = CATALOGUES[locale].account.campus;
  const form = await request.formData();
  if (form.get('intent') === 'candidate') return decideCandidate(context, form, url, locale);
  const slug = textOf(form, 'organisation');
  const userId = Number(textOf(form, 'userId'));
  const approve = form.get('decision') === 'approve';
  const role = textOf(form, 'role');
  const reason = textOf(form, 'reason');
  const key = requestKey({ organisationSlug: slug, userId });
  const refuse = (errors: FormErrors) => data({ key, errors, values: { role, reason } }, { status: 400 });
  try {
    await context.api(
      routes.decideJoinRequest,
      { params: { slug, userId }, body: { approve, role: roleOf(role), ...(reason ? { reason } : {}) } },
      csrfHeaders(form),
    );
  } catch (e) {
    if (isApiError(e, 401) && e.body.code === 'UNAUTHENTICATED') throw redirect(signInPath(locale, url.pathname));
    if (isApiError(e, 404)) return refuse(formErrors({}, [{ text: t.alreadyDecided }]));
    return refuse(apiFormErrors(e, locale, ['reason', 'role']));
  }
  throw redirect(withNotice(url.pathname, approve ? 'demande-acceptee' : 'demande-refusee'));
}

/** The campus admin's answer to an organisation applying to join the network. */
async function decideCandidate(context: Route.ActionArgs['context'], form: FormData, url: URL, locale: Locale) {
  const slug = textOf(form, 'organisation');
  const approve = form.get('decision') === 'approve';
  const reason = textOf(form, 'reason');
  const key = candidateKey(slug);
  const refuse = (errors: FormErrors) => data({ key, errors, values: { role: '', reason } }, { status: 400 });
  try {
    await context.api(routes.decideNetworkCandidate, { params: { slug }, body: { approve, ...(reason ? { reason } : {}) } }, csrfHeaders(form));
  } catch (e) {
    if (isApiError(e, 401) && e.body.code === 'UNAUTHENTICATED') throw redirect(signInPath(locale, url.pathname));
    if (isApiError(e, 404)) return refuse(formErrors({}, [{ text: CATALOGUES[locale].account.campus.candidateGone }]));
    return refuse(apiFormErrors(e, locale, ['reason']));
  }
  throw redirect(withNotice(url.pathname, approve ? 'candidature-acceptee' : 'candidature-refusee'));
}

/** The role a person gets in an organisation, the usual one first. */
export function RoleChoice({ id, legend, value, error }: { id: string; legend: string; value?: string; error?: FieldMessage }) {
  const { t } = useI18n();
  return (
    <RadioGroup id={id} name="role" legend={legend} value={value || 'member'} error={error} choices={ROLE_CHOICES.map((role) => ({ value: role, label: t.account.campus.roles[role] }))} />
  );
}

/**
 * The end of every decision form (a request to join, an application to the network): what went wrong that belongs to
 * no field, the person's own fields (`children`), a message to the person, and the two answers.
 */
export function DecisionFields({ id, errors, reason, approve, children }: { id: (field: string) => string; errors?: FormErrors; reason?: string; approve: string; children?: ReactNode }) {
  const { t } = useI18n();
  const c = t.account.campus;
  return (
    <>
      {errors?.general.length ? (
        <p className="field__error" id={id('form')}>
          {errors.general.map((m) => (
            <span key={m.text} lang={m.lang}>
              {m.text}{' '}
            </span>
          ))}
        </p>
      ) : null}
      {children}
      <TextAreaField id={id('reason')} name="reason" label={c.reason} hint={c.reasonHint} optional rows={2} maxLength={1000} defaultValue={reason ?? ''} error={errors?.fields.reason} />
      <div className="form__actions">
        <Button type="submit" name="decision" value="approve">
          {approve}
        </Button>
        <Button type="submit" name="decision" value="refuse" variant="secondary">
          {c.refuse}
        </Button>
      </div>
    </>
  );
}

/** Who asks, when, and in their own words; shared with the space's cards. */
export function RequestFacts({ item, withOrganisation = false }: { item: JoinRequest; withOrganisation?: boolean }) {
  const { t } = useI18n();
  const c = t.account.campus;
  return (
    <dl className="meta-list request-card__facts">
      <div>
        <dt>{c.email}</dt>
        <dd className="request-card__email">{item.email}</dd>
      </div>
      {withOrganisation ? (
        <div>
          <dt>{c.organisation}</dt>
          <dd lang="fr">{item.organisationName}</dd>
        </div>
      ) : null}
      <WhenAndWords requestedAt={item.requestedAt} message={item.message} />
    </dl>
  );
}

/** When a request was made and what its author wrote (quoted the way the page's language quotes): the end of its facts. */
function WhenAndWords({ requestedAt, message }: { requestedAt: string; message: string | null }) {
  const { t, date, locale } = useI18n();
  const c = t.account.campus;
  const quoted = (text: string) => (locale === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`);
  return (
    <>
      <div>
        <dt>{c.requestedOn}</dt>
        <dd>{date(requestedAt)}</dd>
      </div>
      <div>
        <dt>{c.message}</dt>
        <dd>{message ? <span className="request-card__message">{quoted(message)}</span> : <span className="muted">{c.noMessage}</span>}</dd>
      </div>
    </>
  );
}

function RequestCard({ item, csrf, errors, values }: { item: JoinRequest & { canDecide: boolean }; csrf: string; errors?: FormErrors; values?: { role: string; reason: string } }) {
  const { t, href } = useI18n();
  const c = t.account.campus;
  const key = requestKey(item);
  const id = fieldId(key);
  return (
    <li className="request-card">
      <h3 id={`request-${key}`} className="request-card__title">
        {c.requestTitle(item.displayName, item.organisationName)}
      </h3>
      <RequestFacts item={item} withOrganisation />
      {item.canDecide ? (
        <form method="post" action={href('joinRequests')} className="form request-card__form" aria-labelledby={`request-${key}`} noValidate>
          <CsrfField token={csrf} />
          <input type="hidden" name="organisation" value={item.organisationSlug} />
          <input type="hidden" name="userId" value={item.userId} />
          <DecisionFields id={id} errors={errors} reason={values?.reason} approve={c.approve}>
            <RoleChoice id={id('role')} legend={c.roleLegend} value={values?.role} error={errors?.fields.role} />
          </DecisionFields>
        </form>
      ) : (
        <p className="muted">{c.readOnly}</p>
      )}
    </li>
  );
}

function CandidateCard({ item, csrf, canAnswer, errors, values }: { item: Candidate; csrf: string; canAnswer: boolean; errors?: FormErrors; values?: { reason: string } }) {
  const { t, href, locale } = useI18n();
  const c = t.account.campus;
  const key = candidateKey(item.slug);
  const id = fieldId(key);
  return (
    <li className="request-card">
      <h3 id={`request-${key}`} className="request-card__title" lang="fr">
        {c.candidateTitle(item.name)}
      </h3>
      <dl className="meta-list request-card__facts">
        <div>
          <dt>{c.candidateType}</dt>
          <dd>{ORGANISATION_TYPE_LABELS[item.type][locale]}</dd>
        </div>
        {item.siret ? (
          <div>
            <dt>{c.candidateSiret}</dt>
            <dd>{item.siret}</dd>
          </div>
        ) : null}
        {item.commune ? (
          <div>
            <dt>{c.candidateCommune}</dt>
            <dd lang="fr">{item.commune}</dd>
          </div>
        ) : null}
        <div>
          <dt>{c.candidateBy}</dt>
          <dd>
            {item.requestedBy} <span className="request-card__email">({item.requestedByEmail})</span>
          </dd>
        </div>
        <WhenAndWords requestedAt={item.requestedAt} message={item.message} />
      </dl>
      {canAnswer ? (
        <form method="post" action={href('joinRequests')} className="form request-card__form" aria-labelledby={`request-${key}`} noValidate>
          <CsrfField token={csrf} />
          <input type="hidden" name="intent" value="candidate" />
          <input type="hidden" name="organisation" value={item.slug} />
          <DecisionFields id={id} errors={errors} reason={values?.reason} approve={c.approveCandidate} />
        </form>
      ) : (
        <p className="muted">{c.candidateReadOnly}</p>
      )}
    </li>
  );
}

export default function JoinRequests({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href, number, plural } = useI18n();
  const c = t.account.campus;
  const { forbidden, staff, csrf, items, candidates, decidesCandidates } = loaderData;
  if (forbidden) {
    return (
      <AccountPage title={c.forbiddenTitle} eyebrow={c.eyebrow}>
        <p>{c.forbiddenJoin}</p>
        <p>
          <Link to={href('account')}>{c.backToAccount}</Link>
        </p>
      </AccountPage>
    );
  }
  const errors = actionData?.errors;
  return (
    <AccountPage title={c.joinTitle} eyebrow={c.eyebrow} lead={staff ? c.joinLeadStaff : c.joinLeadOrg}>
      <ErrorSummary items={actionData ? summaryItems(errors, fieldId(actionData.key)) : []} general={errors?.general} />
      <h2 className="request-count">
        {number(items.length)} {plural(items.length, c.pendingCount)}
      </h2>
      {items.length ? (
        <ul className="request-list">
          {items.map((item) => {
            const mine = actionData?.key === requestKey(item);
            return <RequestCard key={requestKey(item)} item={item} csrf={csrf} errors={mine ? actionData?.errors : undefined} values={mine ? actionData?.values : undefined} />;
          })}
        </ul>
      ) : (
        <p className="muted">{c.none}</p>
      )}
      {staff ? (
        <section className="account-section" aria-labelledby="candidates-title">
          <h2 id="candidates-title">{c.candidatesTitle}</h2>
          <p>{c.candidatesLead}</p>
          <p className="request-count">
            {number(candidates.length)} {plural(candidates.length, c.candidatesCount)}
          </p>
          {candidates.length ? (
            <ul className="request-list" aria-labelledby="candidates-title">
              {candidates.map((item) => {
                const mine = actionData?.key === candidateKey(item.slug);
                return <CandidateCard key={item.slug} item={item} csrf={csrf} canAnswer={decidesCandidates} errors={mine ? actionData?.errors : undefined} values={mine ? actionData?.values : undefined} />;
              })}
            </ul>
          ) : (
            <p className="muted">{c.candidatesNone}</p>
          )}
        </section>
      ) : null}
    </AccountPage>
  );
}
