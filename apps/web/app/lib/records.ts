import type { ApiError } from '@passerelles/contracts';
import { data, redirect } from 'react-router';
import { localeFromPath } from '../i18n/locales';
import { SUB_PAGES, detailPath, subPagePath, type DetailKey, type SubPageKey } from '../i18n/pages';

/** What each kind of record's code looks like in an address (the API's own rule, checked before calling it). */
const CODE_SHAPES: Record<DetailKey, RegExp> = {
  metier: /^[A-Za-z]\d{4}$/,
  certification: /^(RNCP|RS)\d{1,6}$/i,
  /** A training's numeric id, without leading zeros (the API accepts up to 2^31 − 1). */
  training: /^[1-9]\d{0,8}$/,
  /** A member's slug (lowercase words and hyphens); not upper-cased like the register codes. */
  member: /^[a-z0-9-]{1,120}$/,
  /** An organisation's space: its slug, like a member's. */
  space: /^[a-z0-9-]{1,120}$/,
};

/** Answers the site's real 404 page (status 404, in the shell). */
export function notFound(): never {
  throw data(null, { status: 404 });
}

/** A record's code from an address, upper-cased; a code that cannot exist answers 404 without asking the API. */
export function checkedCode(detail: DetailKey, code: string | undefined): string {
  if (!code || !CODE_SHAPES[detail].test(code)) notFound();
  return code.toUpperCase();
}

/**
 * The code of a detail address, checked: a code that cannot exist answers 404 without asking the API, and a
 * lowercase code (`/metiers/h2303`) is sent permanently to the canonical uppercase address.
 */
export function canonicalCode(detail: DetailKey, request: Request, code: string | undefined): string {
  const canonical = checkedCode(detail, code);
  if (canonical !== code) {
    const url = new URL(request.url);
    throw redirect(`${detailPath(detail, localeFromPath(url.pathname), canonical)}${url.search}`, 301);
  }
  return canonical;
}

/**
 * The codes of a sub-page's address (`/metiers/h2304/mobilites/h2303`), checked like a record's: 404 for a code that
 * cannot exist, a permanent redirect to the uppercase address otherwise.
 */
export function canonicalSubPage(sub: SubPageKey, request: Request, params: { code?: string; target?: string }): { code: string; target?: string } {
  const { detail, target: hasTarget } = SUB_PAGES[sub];
  const code = checkedCode(detail, params.code);
  const target = hasTarget ? checkedCode(detail, params.target) : undefined;
  if (code !== params.code || target !== params.target) {
    const url = new URL(request.url);
    throw redirect(`${subPagePath(sub, localeFromPath(url.pathname), code, target)}${url.search}`, 301);
  }
  return target === undefined ? { code } : { code, target };
}

/**
 * Whether a loader's failure is the API answering `status`. Checked by shape, not with instanceof: on the
 * server the client is built by the API process from its own copy of the contracts package, so its
 * ApiError class is not the one bundled into the web build.
 */
export function isApiError(e: unknown, status: number): e is ApiError {
  return e instanceof Error && e.name === 'ApiError' && (e as Partial<ApiError>).status === status;
}

/** A record read from the API, or the 404 page when the API does not know it. */
export async function orNotFound<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (e) {
    if (isApiError(e, 404)) notFound();
    throw e;
  }
}

/** The search words of a list page's address: trimmed, at most what the API accepts. */
export function searchQuery(url: URL, name = 'q'): string {
  return (url.searchParams.get(name) ?? '').trim().slice(0, 120);
}

/** How many results a list page asks for: 20, then more when the person asks (API maximum 100). */
export function resultLimit(url: URL): number {
  const n = Number(url.searchParams.get('limit'));
  return Number.isInteger(n) && n >= 20 ? Math.min(n, 100) : 20;
}
