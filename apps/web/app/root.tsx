import { routes } from '@passerelles/contracts';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, data, isRouteErrorResponse, useLocation, useRouteLoaderData } from 'react-router';
import type { Route } from './+types/root';
import './context';
import { localeFromPath } from './i18n/locales';
import { useI18n } from './i18n/use-i18n';
import { currentAccount } from './lib/account';
import { useHydration } from './lib/hydration';
import { isApiError } from './lib/records';
import { ErrorPage, NotFoundPage } from './shell/ErrorPages';
import { SiteShell } from './shell/SiteShell';
import shellCss from './shell/shell.css?url';
import globalCss from './ui/index.css?url';

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: globalCss },
  { rel: 'stylesheet', href: shellCss },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

/** Marks the one expected failure (no campus configured yet) so the error page can say what to do. */
export interface NoCampus {
  reason: 'no-campus';
}

/**
 * The campus profile and figures (the shell needs the profile on every page, the home page the figures), who is
 * signed in (the header names them; a visitor without a session cookie costs no call) and this answer's CSP nonce.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  try {
    const [campus, account] = await Promise.all([context.api(routes.getCampus), currentAccount(context, request)]);
    return {
      ...campus,
      account: account ? { displayName: account.displayName, csrfToken: account.csrfToken } : null,
      cspNonce: context.cspNonce,
    };
  } catch (e) {
    if (isApiError(e, 404)) throw data<NoCampus>({ reason: 'no-campus' }, { status: 503 });
    throw e;
  }
}

export function Layout({ children }: { children: React.ReactNode }) {
  const locale = localeFromPath(useLocation().pathname);
  const hydrate = useHydration();
  const nonce = useRouteLoaderData<typeof loader>('root')?.cspNonce;
  return (
    <html lang={locale} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        {hydrate ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App({ loaderData }: Route.ComponentProps) {
  return (
    <SiteShell profile={loaderData.profile} account={loaderData.account}>
      <Outlet />
    </SiteShell>
  );
}

/** Last resort: the root loader or a page without its own boundary failed. The shell still renders. */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const { t } = useI18n();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <SiteShell profile={null}>
        <title>{`${t.notFound.title}${t.meta.titleSeparator}${t.meta.siteName}`}</title>
        <NotFoundPage />
      </SiteShell>
    );
  }
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const noCampus = isRouteErrorResponse(error) && (error.data as Partial<NoCampus> | undefined)?.reason === 'no-campus';
  return (
    <SiteShell profile={null}>
      <title>{`${t.error.title}${t.meta.titleSeparator}${t.meta.siteName}`}</title>
      <ErrorPage status={status} noCampus={noCampus} detail={import.meta.env.DEV && error instanceof Error ? error.stack : undefined} />
    </SiteShell>
  );
}
