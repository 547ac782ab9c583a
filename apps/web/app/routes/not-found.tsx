import { data } from 'react-router';
import type { Route } from './+types/not-found';
import { CATALOGUES } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { pageMeta } from '../lib/meta';
import { NotFoundPage } from '../shell/ErrorPages';

/** Any address no other route claims: answer a real 404 status, rendered inside the site shell. */
export function loader(): never {
  throw data(null, { status: 404 });
}

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  return pageMeta({ pathname: location.pathname, title: t.notFound.title, campus: matches[0]?.loaderData?.profile.shortName, noindex: true });
}

export function ErrorBoundary() {
  return <NotFoundPage />;
}

export default function NotFound() {
  // Never rendered: the loader always throws. Kept so the module is a valid route.
  return <NotFoundPage />;
}
