import { Link } from 'react-router';
import type { Route } from './+types/privacy';
import { CATALOGUES, useI18n } from '../i18n/use-i18n';
import { localeFromPath } from '../i18n/locales';
import { useCampus } from '../lib/campus';
import { pageMeta } from '../lib/meta';
import { PageHeader } from '../ui';
import accountCss from './account/account.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: accountCss }];

export function meta({ location, matches }: Route.MetaArgs) {
  const t = CATALOGUES[localeFromPath(location.pathname)].privacy;
  return pageMeta({ pathname: location.pathname, title: t.title, description: t.description, campus: matches[0]?.loaderData?.profile.shortName });
}

const SECTIONS = ['controller', 'withoutAccount', 'collected', 'purposes', 'recipients', 'retention', 'under15', 'cookies', 'rights', 'security'] as const;

/**
 * The privacy policy: who is responsible, what is kept and why, on which legal basis, for how long, the under-15
 * rule, and how to exercise one's rights (the contact is the campus profile's).
 */
export default function Privacy() {
  const { profile } = useCampus();
  const { t, href } = useI18n();
  const p = t.privacy;
  const titles: Record<(typeof SECTIONS)[number], string> = {
    controller: p.controllerTitle,
    withoutAccount: p.withoutAccountTitle,
    collected: p.collectedTitle,
    purposes: p.purposesTitle,
    recipients: p.recipientsTitle,
    retention: p.retentionTitle,
    under15: p.under15Title,
    cookies: p.cookiesTitle,
    rights: p.rightsTitle,
    security: p.securityTitle,
  };
  const contact = (
    <a href={`mailto:${profile.contactEmail}`} className="privacy__email">
      {profile.contactEmail}
    </a>
  );
  return (
    <>
      <PageHeader title={p.title} lead={p.lead} />
      <div className="container page-section prose privacy">
        <nav className="privacy__toc" aria-labelledby="privacy-toc">
          <h2 id="privacy-toc" className="privacy__toc-title">
            {p.onThisPage}
          </h2>
          <ol>
            {SECTIONS.map((s) => (
              <li key={s}>
                <a href={`#${s}`}>{titles[s]}</a>
              </li>
            ))}
          </ol>
        </nav>

        <h2 id="controller">{titles.controller}</h2>
        <p>{p.controller(profile.name)}</p>
        <p>
          {p.contact} {contact}
        </p>

        <h2 id="withoutAccount">{titles.withoutAccount}</h2>
        <p>{p.withoutAccount}</p>

        <h2 id="collected">{titles.collected}</h2>
        <ul>
          {p.collected.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>

        <h2 id="purposes">{titles.purposes}</h2>
        <table className="privacy-table privacy-table--long">
          <caption>{p.purposesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{p.purposeHeader}</th>
              <th scope="col">{p.basisHeader}</th>
            </tr>
          </thead>
          <tbody>
            {p.purposes.map((row) => (
              <tr key={row.what}>
                <th scope="row">{row.what}</th>
                <td>{row.basis}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{p.noMarketing}</p>

        <h2 id="recipients">{titles.recipients}</h2>
        <ul>
          {p.recipients.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>

        <h2 id="retention">{titles.retention}</h2>
        <table className="privacy-table">
          <caption>{p.retentionCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{p.retentionWhat}</th>
              <th scope="col">{p.retentionHow}</th>
            </tr>
          </thead>
          <tbody>
            {p.retention.map((row) => (
              <tr key={row.what}>
                <th scope="row">{row.what}</th>
                <td>{row.duration}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h2 id="under15">{titles.under15}</h2>
        {p.under15.map((line) => (
          <p key={line}>{line}</p>
        ))}

        <h2 id="cookies">{titles.cookies}</h2>
        <p>{p.cookies}</p>

        <h2 id="rights">{titles.rights}</h2>
        <p>{p.rightsIntro}</p>
        <ul>
          {p.rights.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h3>{p.rightsHowTitle}</h3>
        <p>
          {p.rightsSelf} <Link to={href('account')}>{p.accountLink}</Link>.
        </p>
        <p>
          {p.rightsWrite} {contact}
        </p>
        <p>{p.complaint}</p>
        <p>
          <a href={p.complaintHref} hrefLang="fr">
            {p.complaintLink}
          </a>
        </p>

        <h2 id="security">{titles.security}</h2>
        <ul>
          {p.security.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </>
  );
}
