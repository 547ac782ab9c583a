import type { Route } from './+types/accessibility';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { useCampus } from '../lib/campus';
import { pageMeta } from '../lib/meta';
import { PageHeader } from '../ui';

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)];
  return pageMeta({
    pathname: location.pathname,
    title: t.accessibility.title,
    description: t.accessibility.description,
    campus: matches[0]?.loaderData?.profile.shortName,
  });
}

/** The accessibility statement, in the structure the RGAA asks for (state, tests, limits, contact, remedies). */
export default function Accessibility() {
  const { profile } = useCampus();
  const { t } = useI18n();
  const a = t.accessibility;
  return (
    <>
      <PageHeader title={a.title} lead={a.commitment(profile.name)} />
      <div className="container page-section prose">
        <p>{a.scope}</p>

        <h2>{a.statusTitle}</h2>
        <p className="callout">{a.status}</p>

        <h2>{a.testsTitle}</h2>
        <ul>
          {a.tests.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>

        <h2>{a.limitsTitle}</h2>
        <ul>
          {a.limits.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>

        <h2>{a.techTitle}</h2>
        <p>{a.tech}</p>

        <h2>{a.dateTitle}</h2>
        <p>{a.date}</p>

        <h2>{a.contactTitle}</h2>
        <p>{a.contactText}</p>
        <ul>
          <li>
            {a.contactEmail} <a href={`mailto:${profile.contactEmail}`}>{profile.contactEmail}</a>
          </li>
        </ul>

        <h2>{a.remedyTitle}</h2>
        <p>{a.remedyText}</p>
        <ul>
          {a.remedies.map((remedy) => (
            <li key={remedy.text}>{'href' in remedy && remedy.href ? <a href={remedy.href}>{remedy.text}</a> : remedy.text}</li>
          ))}
        </ul>
      </div>
    </>
  );
}
