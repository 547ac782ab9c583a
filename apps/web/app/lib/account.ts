import { redirect, type AppLoadContext } from 'react-router';
import { routes, type RouteResponse } from '@passerelles/contracts';
import { NOTICE_CODES, type NoticeCode } from '../i18n/fr-account';
import { localeFromPath, type Locale } from '../i18n/locales';
import { pathFor } from '../i18n/pages';

export type Account = NonNullable<RouteResponse<typeof routes.getAccount>['account']>;

/** The session cookie the API sets at sign-in (HTTP-only: the web app only checks that it is there). */
const SESSION_COOKIE = /(?:^|;\s*)pl_session=/;

/** Whether the browser sent a session cookie at all: a visitor without one costs no call to the API. */
export function hasSessionCookie(request: Request): boolean {
  return SESSION_COOKIE.test(request.headers.get('cookie') ?? '');
}

/** One read of the account per page request, shared by the root loader and the page's own loader. */
const accounts = new WeakMap<object, Promise<Account | null>>();

/**
 * The signed-in account, or null. Loaders only: an action that changes the session (sign-in, sign-out) calls the
 * API itself and then redirects, so what is cached here is never stale within one request.
 */
export function currentAccount(context: AppLoadContext, request: Request): Promise<Account | null> {
  if (!hasSessionCookie(request)) return Promise.resolve(null);
  let found = accounts.get(context);
  if (!found) {
    found = context.api(routes.getAccount).then((r) => r.account);
    accounts.set(context, found);
  }
  return found;
}

/**
 * Where to go back to after signing in: only a path of this site (`/compte`, `/en/account?x=1`), never another
 * origin (`//evil.example`, `https://…`, `/\evil.example`), never the sign-in or sign-out pages themselves.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  // A path starts with one slash; a second slash or a backslash would make browsers read a host name.
  // eslint-disable-next-line no-control-regex
  if (!/^\/(?![/\\])/.test(value) || /[\\\s\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, 'http://passerelles.invalid');
  } catch {
    return null;
  }
  if (url.origin !== 'http://passerelles.invalid') return null;
  // A notice (`?info=deconnecte`) belongs to the moment it was shown, not to the page one comes back to.
  if (url.searchParams.has('info')) url.searchParams.delete('info');
  const path = url.pathname.toLowerCase().replace(/\/+$/, '');
  for (const locale of ['fr', 'en'] as const) {
    if (path === pathFor('signIn', locale) || path === pathFor('signOut', locale)) return null;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's address, with where to come back to. */
export function signInPath(locale: Locale, back?: string | null): string {
  const safe = back ? safeReturnPath(back) : null;
  return `${pathFor('signIn', locale)}${safe ? `?retour=${encodeURIComponent(safe)}` : ''}`;
}

/** The signed-in account, or a redirect to the sign-in page that brings the person back here afterwards. */
export async function requireAccount(context: AppLoadContext, request: Request): Promise<Account> {
  const account = await currentAccount(context, request);
  if (account) return account;
  const url = new URL(request.url);
  throw redirect(signInPath(localeFromPath(url.pathname), `${url.pathname}${url.search}`));
}

/** What a form sends back with every call that changes something for a signed-in account. */
export function csrfHeaders(form: FormData): RequestInit {
  return { headers: { 'x-csrf-token': String(form.get('csrf') ?? '') } };
}

export function isNoticeCode(value: string | null): value is NoticeCode {
  return (NOTICE_CODES as readonly string[]).includes(value ?? '');
}

/** A page's address with a message to show after a Post/Redirect/Get (`?info=`), keeping its other parameters. */
export function withNotice(path: string, code: NoticeCode, hash = ''): string {
  const url = new URL(path, 'http://passerelles.invalid');
  url.searchParams.set('info', code);
  return `${url.pathname}${url.search}${hash}`;
}

/** Account pages hold personal data and a CSRF token: never stored by a browser or a shared cache. */
export function noStore(): HeadersInit {
  return { 'cache-control': 'no-store' };
}

/** Whether the account may answer requests to join `slug` (its admins, the campus admin). */
export function canDecide(account: Account, slug: string): boolean {
  return account.platformRole === 'campus_admin' || account.memberships.some((m) => m.organisationSlug === slug && m.role === 'admin');
}

/** Whether the account sees the requests-to-join page: the campus staff and the organisations' admins. */
export function seesJoinRequests(account: Account): boolean {
  return account.platformRole !== null || account.memberships.some((m) => m.role === 'admin');
}
