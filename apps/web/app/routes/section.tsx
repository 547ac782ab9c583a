import { Link, useLocation } from 'react-router';
import type { Route } from './+types/section';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { isSectionKey, resolvePage, type SectionKey } from '../i18n/pages';
import { useCampus } from '../lib/campus';
import { pageMeta } from '../lib/meta';
import { PageHeader, StatusBadge } from '../ui';

/** Which section an address shows; the route table only maps section addresses to this module. */
function sectionOf(pathname: string): SectionKey {
  const resolved = resolvePage(pathname);
  if (!resolved || !isSectionKey(resolved.page)) throw new Error(`Not a section address: ${pathname}`);
  return resolved.page;
}

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  const section = t.section.pages[sectionOf(location.pathname)];
  return pageMeta({
    pathname: location.pathname,
    title: section.title,
    description: section.description,
    campus: matches[0]?.loaderData?.profile.shortName,
    noindex: true,
  });
}

export default function Section() {
  const section = sectionOf(useLocation().pathname);
  const { profile } = useCampus();
  const { t, href } = useI18n();
  const copy = t.section.pages[section];
  return (
    <>
      <PageHeader title={copy.title} lead={copy.description}>
        <StatusBadge>{t.section.status}</StatusBadge>
      </PageHeader>
      <div className="container page-section prose">
        <p>{t.section.intro}</p>
        <ul>
          {copy.coming.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <h2>{t.section.meanwhile}</h2>
        <ul>
          <li>
            <a href={`mailto:${profile.contactEmail}`}>{t.section.contact(profile.contactEmail)}</a>
          </li>
          <li>
            <Link to={href('home')}>{t.section.backHome}</Link>
          </li>
        </ul>
      </div>
    </>
  );
}
