import { Link, useLocation } from 'react-router';
import type { CampusProfile } from '@passerelles/domain';
import { useI18n } from '../i18n/use-i18n';
import { isPrivatePage, resolvePage } from '../i18n/pages';
import { signInPath } from '../lib/account';
import { VisuallyHidden } from '../ui';
import { BrandMark } from './BrandMark';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNav, MobileNav } from './MainNav';

/** What the header shows of the signed-in person. */
export interface HeaderAccount {
  displayName: string;
  csrfToken: string;
}

function PersonIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="5" r="3" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M2.5 14.5c.6-3 2.8-4.5 5.5-4.5s4.9 1.5 5.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

/**
 * Signed out: « Se connecter », which brings the person back to this page afterwards. Signed in: their name (their
 * account page) and a sign-out button, a real form that works without JavaScript.
 */
function AccountTools({ account }: { account: HeaderAccount | null }) {
  const { t, href, locale } = useI18n();
  const { pathname, search } = useLocation();
  const h = t.account.header;
  if (!account) {
    const page = resolvePage(pathname);
    const back = page && isPrivatePage(page.page) ? null : `${pathname}${search}`;
    return (
      <Link className="account-tools__link" to={signInPath(locale, back)}>
        <PersonIcon />
        {h.signIn}
      </Link>
    );
  }
  return (
    <>
      <Link className="account-tools__link account-tools__name" to={href('account')}>
        <PersonIcon />
        <VisuallyHidden>{h.accountPrefix} </VisuallyHidden>
        <span className="account-tools__name-text">{account.displayName}</span>
      </Link>
      <form method="post" action={href('signOut')} className="account-tools__form">
        <input type="hidden" name="csrf" value={account.csrfToken} />
        <button type="submit" className="link-button account-tools__button">
          {h.signOut}
        </button>
      </form>
    </>
  );
}

/** The campus comes from its profile (data): another CMQ gets its own name without a code change. */
export function SiteHeader({ profile, account = null }: { profile: Pick<CampusProfile, 'shortName'> | null; account?: HeaderAccount | null }) {
  const { t, href } = useI18n();
  return (
    <header className="site-header">
      {/* A slim strip for tools every page offers: the language, signing in or out. */}
      <div className="site-header__utility">
        <div className="container site-header__utility-inner">
          <LanguageSwitcher />
          <AccountTools account={account} />
        </div>
      </div>
      <div className="container site-header__bar">
        <Link to={href('home')} className="brand">
          <BrandMark />
          <span className="brand__text">
            {/* Campus names are French proper names: spoken as French on the English pages too. */}
            <span className="brand__name" lang="fr">
              {profile?.shortName ?? t.meta.siteName}
            </span>
            <span className="brand__platform">{t.shell.platform}</span>
            <VisuallyHidden>{t.shell.homeSuffix}</VisuallyHidden>
          </span>
        </Link>
        <MobileNav />
      </div>
      <MainNav />
    </header>
  );
}
