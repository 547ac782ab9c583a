import { Link, useLocation } from 'react-router';
import { LANGUAGE_NAMES, otherLocale } from '../i18n/locales';
import { alternatePath, resolvePage, resolveSubPage } from '../i18n/pages';
import { useI18n } from '../i18n/use-i18n';

/**
 * Links to the same page in the other language, named in that language (and spoken in it: lang). A
 * record's page maps to the same record, and a search (or a reconversion path) keeps its state (`?q=`, `?commune=`).
 */
export function LanguageSwitcher() {
  const { locale } = useI18n();
  const { pathname, search } = useLocation();
  const target = otherLocale(locale);
  return (
    <Link className="lang-switch" to={`${alternatePath(pathname, target)}${resolvePage(pathname) || resolveSubPage(pathname) ? search : ''}`} hrefLang={target} lang={target}>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M1.5 8h13M8 1.5c2 2 2.6 4 2.6 6.5S10 12.5 8 14.5M8 1.5C6 3.5 5.4 5.5 5.4 8S6 12.5 8 14.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      {LANGUAGE_NAMES[target]}
    </Link>
  );
}
