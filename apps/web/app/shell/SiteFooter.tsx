import { Link } from 'react-router';
import { REFERENCE_SOURCES, type CampusProfile } from '@passerelles/domain';
import { useI18n } from '../i18n/use-i18n';
import { BrandMark } from './BrandMark';

/** Each producer once, in the order of the reference list. */
const PRODUCERS = [...new Set(REFERENCE_SOURCES.map((s) => s.producer))];

type FooterProfile = Pick<CampusProfile, 'name' | 'shortName' | 'sector' | 'contactEmail'>;

export function SiteFooter({ profile }: { profile: FooterProfile | null }) {
  const { t, href } = useI18n();
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <div className="site-footer__about">
          <p className="site-footer__brand">
            <BrandMark size={32} />
            <span lang="fr">{profile?.shortName ?? t.meta.siteName}</span>
          </p>
          {profile ? (
            <>
              <p lang="fr">{profile.name}</p>
              <p>{t.footer.about(profile.sector)}</p>
            </>
          ) : null}
        </div>
        <nav className="site-footer__links" aria-labelledby="footer-links-title">
          <h2 id="footer-links-title" className="site-footer__title">
            {t.footer.siteLinks}
          </h2>
          <ul>
            <li>
              <Link to={href('accessibility')}>{t.footer.accessibility}</Link>
            </li>
            <li>
              <Link to={href('data')}>{t.footer.data}</Link>
            </li>
            <li>
              <Link to={href('privacy')}>{t.nav.privacy}</Link>
            </li>
            <li>
              {/* Served by the API, not by React Router: a plain link, so navigation always loads it. */}
              <a href="/api/docs" hrefLang="en">
                {t.footer.apiDocs}
              </a>
            </li>
            {profile ? (
              <li>
                <a href={`mailto:${profile.contactEmail}`}>
                  {t.footer.contact(profile.contactEmail)}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
      <div className="container site-footer__legal">
        <p>
          {t.footer.attribution} {PRODUCERS.join(', ')}. {t.footer.licence}.{' '}
          <Link to={href('data')}>{t.footer.attributionMore}</Link>
        </p>
        <p>{t.footer.demo}</p>
      </div>
    </footer>
  );
}
