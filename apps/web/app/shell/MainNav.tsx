import { NavLink } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import type { PageKey } from '../i18n/pages';

const NAV_PAGES = ['home', 'trainings', 'pathway', 'chain', 'metiers', 'members', 'companies'] as const satisfies readonly PageKey[];

/** The list of main sections; NavLink marks the current one with aria-current="page". */
function NavList() {
  const { t, href } = useI18n();
  return (
    <ul className="nav-list">
      {NAV_PAGES.map((page) => (
        <li key={page}>
          <NavLink to={href(page)} end={page === 'home'} className="nav-list__link" prefetch="none">
            {t.nav[page]}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

/*
 * The main navigation comes in two presentations of the same list: a row of links on wide screens
 * (MainNav), and a <details> disclosure on phones (MobileNav). <details> opens and closes without
 * JavaScript and is announced as expandable; CSS shows one presentation at a time, so only one is ever
 * in the accessibility tree.
 */

export function MobileNav() {
  const { t } = useI18n();
  return (
    <details className="mobile-nav">
      <summary className="mobile-nav__toggle">
        <svg className="mobile-nav__icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {t.shell.menu}
      </summary>
      <nav className="mobile-nav__panel" aria-label={t.shell.navLabel}>
        <NavList />
      </nav>
    </details>
  );
}

export function MainNav() {
  const { t } = useI18n();
  return (
    <nav className="main-nav" aria-label={t.shell.navLabel}>
      <div className="container">
        <NavList />
      </div>
    </nav>
  );
}
