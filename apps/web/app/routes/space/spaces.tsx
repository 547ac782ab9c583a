import { Link } from 'react-router';
import { routes } from '@passerelles/contracts';
import type { Route } from './+types/spaces';
import { CATALOGUES, useI18n } from '../../i18n/use-i18n';
import { localeFromPath } from '../../i18n/locales';
import { noStore, requireAccount } from '../../lib/account';
import { PageHeader } from '../../ui';
import { privateMeta } from '../account/shared';
import { OrganisationSpaceLinks } from './OrganisationSpaceLinks';
import { spacePath } from './shared';
import accountCss from '../account/account.css?url';
import spaceCss from './space.css?url';

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: accountCss },
  { rel: 'stylesheet', href: spaceCss },
];
export const headers = noStore;

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].space.list;
  return privateMeta(location.pathname, matches[0]?.loaderData?.profile.shortName, t.title, t.description);
}

/** `/espace`: the spaces of my organisations; the campus admin may open every member's. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const account = await requireAccount(context, request);
  const mine = new Set(account.memberships.map((m) => m.organisationSlug));
  const others =
    account.platformRole === 'campus_admin'
      ? (await context.api(routes.listMembers, {})).items
          .filter((m) => !mine.has(m.slug))
          .map((m) => ({ slug: m.slug, name: m.name }))
          .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
      : [];
  return { memberships: account.memberships, others };
}

export default function Spaces({ loaderData }: Route.ComponentProps) {
  const { t, href, locale } = useI18n();
  const l = t.space.list;
  const { memberships, others } = loaderData;
  return (
    <>
      <PageHeader eyebrow={t.space.eyebrow} title={l.title} lead={l.lead} />
      <div className="container page-section space-page">
        <section className="space-section" aria-labelledby="organisation-spaces">
          {memberships.length ? (
            <OrganisationSpaceLinks memberships={memberships} headingLevel={2} title={l.mine} />
          ) : (
            <>
              <h2 id="organisation-spaces">{l.mine}</h2>
              <p>{l.none}</p>
              <p>
                <Link to={href('account')}>{l.toAccount}</Link>
              </p>
            </>
          )}
        </section>
        {others.length ? (
          <section className="space-section" aria-labelledby="all-spaces">
            <h2 id="all-spaces">{l.allTitle}</h2>
            <p>{l.allLead}</p>
            <ul className="account-links space-columns">
              {others.map((o) => (
                <li key={o.slug}>
                  <Link to={spacePath(locale, o.slug)} lang="fr">
                    {o.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </>
  );
}
